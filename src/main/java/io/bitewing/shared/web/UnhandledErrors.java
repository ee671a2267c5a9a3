package io.bitewing.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The last word on a failure no controller advice saw: one thrown by a filter (authentication reads tokens from the
 * database, idempotency stores answers there). It answers the documented body, with {@code request_id}, instead of
 * the container's default page: 503 and {@code Retry-After} when the database is unreachable, 500 otherwise.
 * Runs just inside {@link RequestIds}, so the id is known and the header already set.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UnhandledErrors extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UnhandledErrors.class);

    private final ProblemWriter problems;

    UnhandledErrors(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            String requestId = RequestIds.current();
            response.resetBuffer();
            if (DatabaseUnavailable.causedBy(e)) {
                log.warn("Database unavailable, request_id={}", requestId);
                response.setHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
                problems.writeWithRequestId(request, response, 503, DatabaseUnavailable.DETAIL, requestId);
            } else {
                log.error("Unhandled error, request_id={}", requestId, ApiErrorHandler.withoutMessages(e));
                problems.writeWithRequestId(request, response, 500, "Internal Server Error", requestId);
            }
        }
    }
}
