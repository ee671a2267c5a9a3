package io.bitewing.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses oversized bodies with 413: at once when the declared length is too large, and while reading when a chunked
 * body (no declared length) grows past the limit, so no reader ever buffers more than the limit.
 * Bulk fee loads ({@code …/fees/bulk}, up to 100,000 rows, about 16 MB of JSON), the fee CSV import and the carrier
 * and plan imports (a thousand plans of twenty benefits is about 5 MB of CSV) get their own, larger limit; every other
 * route keeps the small one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class BodySizeLimitFilter extends OncePerRequestFilter {

    /** Thrown by the counting stream; the error handler (or this filter) answers 413. */
    public static final class TooLarge extends RuntimeException {
        TooLarge(long limit) {
            super("Request body is larger than " + limit + " bytes", null, false, false);
        }
    }

    private final long limit;
    private final long bulkLimit;
    private final ProblemWriter problems;

    BodySizeLimitFilter(
            @Value("${bitewing.max-body-size:4MB}") DataSize limit,
            @Value("${bitewing.max-bulk-body-size:32MB}") DataSize bulkLimit,
            ProblemWriter problems) {
        this.limit = limit.toBytes();
        this.bulkLimit = Math.max(bulkLimit.toBytes(), this.limit);
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long allowed = request.getRequestURI().endsWith("/fees/bulk")
                        || request.getRequestURI().endsWith("/fees/import")
                        || request.getRequestURI().endsWith("/carriers/import")
                        || request.getRequestURI().endsWith("/plans/import")
                ? bulkLimit
                : limit;
        if (request.getContentLengthLong() > allowed) {
            problems.write(request, response, 413, new TooLarge(allowed).getMessage());
            return;
        }
        try {
            chain.doFilter(new Limited(request, allowed), response);
        } catch (TooLarge e) {
            if (!response.isCommitted()) {
                response.resetBuffer(); // keeps the request id and security headers set before this filter
                problems.write(request, response, 413, e.getMessage());
            }
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new TooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
