package io.bitewing.admin;

import io.bitewing.shared.auth.Caller;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Token lookups with a short memory, so that a busy client does not cost a query per request just to be recognised.
 * Entries are keyed by the token's hash (the token itself is never kept), live {@link #TTL}, and a revocation here
 * forgets the token at once. Another instance of the service may still honour a revoked token until its entry
 * expires.
 */
@Component
class LiveTokens {

    static final Duration TTL = Duration.ofSeconds(10);
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(Caller caller, long expiresAt) {}

    private final TokenRepository tokens;
    private final Map<String, Entry> recent = new ConcurrentHashMap<>();
    /** Tokens revoked within the last TTL: a lookup that raced the revocation must not cache them again. */
    private final Map<UUID, Long> revoked = new ConcurrentHashMap<>();

    LiveTokens(TokenRepository tokens) {
        this.tokens = tokens;
    }

    Optional<Caller> find(String token) {
        byte[] hash = TokenSecrets.hash(token);
        String key = HexFormat.of().formatHex(hash);
        long now = System.nanoTime();
        Entry entry = recent.get(key);
        if (entry != null && now - entry.expiresAt() < 0) {
            return Optional.of(entry.caller());
        }
        Optional<Caller> caller = tokens.findLive(hash);
        if (caller.isPresent() && !revoked.containsKey(caller.get().tokenId())) {
            if (recent.size() >= MAX_ENTRIES) {
                recent.clear();
            }
            recent.put(key, new Entry(caller.get(), now + TTL.toNanos()));
        } else if (entry != null) {
            recent.remove(key);
        }
        return caller;
    }

    /** Forgets the token now and again once the revoking transaction has committed. */
    void forget(UUID tokenId) {
        long now = System.nanoTime();
        revoked.values().removeIf(until -> now - until > 0);
        revoked.put(tokenId, now + TTL.toNanos());
        evict(tokenId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    evict(tokenId);
                }
            });
        }
    }

    private void evict(UUID tokenId) {
        recent.values().removeIf(entry -> tokenId.equals(entry.caller().tokenId()));
    }
}
