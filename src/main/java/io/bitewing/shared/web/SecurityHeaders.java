package io.bitewing.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers that keep a browser from doing anything clever with our answers: no MIME sniffing, no framing, no
 * referrer. API answers (JSON about patients and money) are also never cached and may load nothing; the Swagger UI
 * under {@code /docs} keeps its scripts and styles, so it gets only the first three.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SecurityHeaders extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        apply(request.getRequestURI(), response);
        chain.doFilter(request, response);
    }

    /** Also used for the answers Tomcat writes itself ({@link ContainerErrorValve}). */
    static void apply(String path, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (path == null
                || !path.startsWith("/docs")
                        && !path.startsWith("/swagger-ui")
                        && !path.startsWith("/v3/api-docs/swagger-config")) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader(
                    "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
        }
    }
}
