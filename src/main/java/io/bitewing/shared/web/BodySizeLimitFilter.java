package io.bitewing.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses oversized bodies with 413 before anything reads them. Bulk fee loads ({@code …/fees/bulk}, up to 100,000
 * rows, about 12 MB of JSON) get their own, larger limit; every other route keeps the small one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long limit;
    private final long bulkLimit;
    private final ProblemWriter problems;

    BodySizeLimitFilter(@Value("${bitewing.max-body-size:4MB}") DataSize limit,
            @Value("${bitewing.max-bulk-body-size:32MB}") DataSize bulkLimit, ProblemWriter problems) {
        this.limit = limit.toBytes();
        this.bulkLimit = Math.max(bulkLimit.toBytes(), this.limit);
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long allowed = request.getRequestURI().endsWith("/fees/bulk") ? bulkLimit : limit;
        if (request.getContentLengthLong() > allowed) {
            problems.write(response, 413, "Request body is larger than " + allowed + " bytes");
            return;
        }
        chain.doFilter(request, response);
    }
}
