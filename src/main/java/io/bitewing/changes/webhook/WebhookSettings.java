package io.bitewing.changes.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How webhooks are delivered, bound from {@code BITEWING_WEBHOOKS_*}.
 *
 * @param allowedHosts  hosts an operator lets endpoints use although they are local or private, over http too
 *                      (a receiver on the same network; tests); empty by default, so only public https URLs pass
 * @param disableAfter  an endpoint is disabled after this many failed dispatch passes in a row
 * @param retryBase     the wait after a delivery's first failure; each further failure doubles it
 * @param retryMax      the longest wait between two attempts of a delivery
 * @param timeout       how long a receiver may take to connect and answer
 * @param interval      how often a dispatch pass runs
 */
@ConfigurationProperties("bitewing.webhooks")
public record WebhookSettings(
        List<String> allowedHosts,
        Integer disableAfter,
        Duration retryBase,
        Duration retryMax,
        Duration timeout,
        Duration interval) {

    public WebhookSettings {
        allowedHosts = allowedHosts == null
                ? List.of()
                : allowedHosts.stream()
                        .map(h -> h.strip().toLowerCase(Locale.ROOT))
                        .filter(h -> !h.isEmpty())
                        .toList();
        disableAfter = disableAfter == null ? 10 : disableAfter;
        retryBase = retryBase == null ? Duration.ofSeconds(30) : retryBase;
        retryMax = retryMax == null ? Duration.ofHours(6) : retryMax;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        interval = interval == null ? Duration.ofSeconds(1) : interval;
    }

    /** The wait before the next attempt of a delivery that has failed {@code attempts} times. */
    Duration backoff(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration wait = retryBase.multipliedBy(1L << doublings);
        return wait.compareTo(retryMax) > 0 || wait.isNegative() ? retryMax : wait;
    }

    boolean allows(String host) {
        return allowedHosts.contains(host.toLowerCase(Locale.ROOT));
    }
}
