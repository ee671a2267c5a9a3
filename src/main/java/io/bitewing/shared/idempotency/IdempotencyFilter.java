package io.bitewing.shared.idempotency;

import io.bitewing.shared.auth.Caller;
import io.bitewing.shared.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on organisation POSTs, scoped by the token that sends it: the first request with a key
 * runs and its answer is stored; a replay with the same body gets the stored status and body, a reuse with another
 * body gets 409. Racing requests with one key wait for the first to finish, so exactly one row is ever created. Keys
 * live 24 hours. Server errors are not stored, so a client may retry them with the same key.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(30);

    private final IdempotencyRepository keys;
    private final ProblemWriter problems;

    IdempotencyFilter(IdempotencyRepository keys, ProblemWriter problems) {
        this.keys = keys;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || request.getHeader(HEADER) == null
                || !(request.getRequestURI().startsWith("/api/")
                        || request.getRequestURI().startsWith("/v1/")
                        || request.getRequestURI().startsWith("/opendental/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Caller caller = Caller.of(request);
        String key = request.getHeader(HEADER).strip();
        if (caller == null || caller.orgId() == null) {
            chain.doFilter(request, response);
            return;
        }
        if (key.isEmpty() || key.length() > 255) {
            problems.write(
                    request,
                    response,
                    422,
                    List.of(Map.of(
                            "loc",
                            List.of("header", HEADER),
                            "msg",
                            "must be 1 to 255 characters",
                            "type",
                            "value_error")));
            return;
        }
        // Keys belong to the token that sent them: another token (a read_only one, say) never sees their answer,
        // and its request runs and meets its own role check.
        key = caller.tokenId() + " " + key;
        var cached = new CachedBodyRequest(request);
        byte[] hash = fingerprint(request, cached.body());
        Instant deadline = Instant.now().plus(WAIT_FOR_FIRST);
        while (true) {
            if (keys.claim(caller.orgId(), key, hash)) {
                runAndStore(cached, response, chain, caller, key);
                return;
            }
            var stored = keys.find(caller.orgId(), key);
            if (stored.isPresent() && !Arrays.equals(stored.get().requestHash(), hash)) {
                problems.write(request, response, 409, "Idempotency-Key was already used with a different request");
                return;
            }
            if (stored.isPresent() && stored.get().completed()) {
                replay(stored.get(), response);
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                problems.write(request, response, 409, "A request with this Idempotency-Key is still in progress");
                return;
            }
            pause();
        }
    }

    private void runAndStore(
            CachedBodyRequest request, HttpServletResponse response, FilterChain chain, Caller caller, String key)
            throws IOException, ServletException {
        var captured = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(request, captured);
            if (captured.getStatus() < 500) {
                keys.complete(
                        caller.orgId(),
                        key,
                        captured.getStatus(),
                        captured.getContentType(),
                        captured.getContentAsByteArray());
                stored = true;
            }
        } finally {
            if (!stored) {
                keys.release(caller.orgId(), key);
            }
            captured.copyBodyToResponse();
        }
    }

    private static void replay(IdempotencyRepository.Stored stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        response.setHeader("Idempotent-Replayed", "true");
        if (stored.body() != null) {
            response.getOutputStream().write(stored.body());
        }
    }

    private static byte[] fingerprint(HttpServletRequest request, byte[] body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for an idempotent request", e);
        }
    }
}
