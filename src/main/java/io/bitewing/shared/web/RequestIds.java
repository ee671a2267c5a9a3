package io.bitewing.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Every request gets an id: the caller's {@code X-Request-Id} when it is a plain token (so a client or proxy can
 * follow its own id through our logs), otherwise a new UUID. It goes back in the response header, into every log
 * line (MDC {@code request_id}, see the logging pattern) and into the body of a 500.
 *
 * <p>Each request ends with one access line on the {@code io.bitewing.access} logger: method, route template,
 * status and time. The route is the handler's template ({@code /api/v1/{org_id}/patients/{patient_uuid}}), never
 * the path or its query, which carry ids and search terms such as patients' names; headers are never logged.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIds extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "request_id";
    /** Letters, digits and {@code . _ : -} only: nothing that could forge a log line or a header. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private static final Logger access = LoggerFactory.getLogger("io.bitewing.access");
    private static final Set<String> METHODS =
            Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE");

    /** The current request's id, or a fresh one outside a request. */
    public static String current() {
        String id = MDC.get(MDC_KEY);
        return id != null ? id : UUID.randomUUID().toString();
    }

    static String accept(String incoming) {
        return incoming != null && SANE.matcher(incoming).matches()
                ? incoming
                : UUID.randomUUID().toString();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = accept(request.getHeader(HEADER));
        response.setHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (request.getDispatcherType() == DispatcherType.REQUEST) {
                logAccess(request, response, started);
            }
            MDC.remove(MDC_KEY);
        }
    }

    private static void logAccess(HttpServletRequest request, HttpServletResponse response, long started) {
        if (!access.isInfoEnabled()) {
            return;
        }
        String method = METHODS.contains(request.getMethod()) ? request.getMethod() : "OTHER";
        Object template = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String route = template != null ? template.toString() : "unmatched";
        long millis = (System.nanoTime() - started) / 1_000_000;
        access.atInfo()
                .addKeyValue("http_method", method)
                .addKeyValue("route", route)
                .addKeyValue("status", response.getStatus())
                .addKeyValue("duration_ms", millis)
                .log("{} {} {} {} ms", method, route, response.getStatus(), millis);
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
