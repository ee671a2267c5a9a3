package io.bitewing.shared.auth;

import io.bitewing.shared.BitewingProperties;
import io.bitewing.shared.web.ProblemWriter;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A per-token request budget: {@code bitewing.rate-limit-per-minute} requests a minute, refilled smoothly, so one
 * runaway client cannot starve the others. Past it the answer is 429 with {@code Retry-After}.
 *
 * <p>The buckets live in this instance's memory: behind a load balancer with N instances a token may make up to N
 * times the budget. Unset, the limit is off for the demo (a local trial should never meet it) and 1,200 a minute
 * otherwise; 0 turns it off.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 15)
class RateLimit extends OncePerRequestFilter {

    static final int DEFAULT_PER_MINUTE = 1200;

    private final long perMinute;
    private final ProblemWriter problems;
    private final Map<Object, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimit(
            @Value("${bitewing.rate-limit-per-minute:#{null}}") Integer perMinute,
            BitewingProperties props,
            ProblemWriter problems) {
        this.perMinute = perMinute != null ? Math.max(0, perMinute) : props.demoEnabled() ? 0 : DEFAULT_PER_MINUTE;
        this.problems = problems;
    }

    long perMinute() {
        return perMinute;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return perMinute == 0 || Caller.of(request) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Caller caller = Caller.of(request);
        Object key = caller.adminKey() ? "admin-key" : caller.tokenId();
        var probe = buckets.computeIfAbsent(key, k -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
            response.setHeader("Retry-After", Long.toString(seconds));
            problems.write(
                    request,
                    response,
                    429,
                    "Too many requests for this token: at most " + perMinute + " a minute; retry after " + seconds
                            + " s");
            return;
        }
        chain.doFilter(request, response);
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(perMinute)
                        .refillGreedy(perMinute, Duration.ofMinutes(1))
                        .build())
                .build();
    }
}
