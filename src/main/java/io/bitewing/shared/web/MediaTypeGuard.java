package io.bitewing.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Media types are checked before anything runs. Left to Spring, a write whose {@code Accept} excludes JSON would
 * still be carried out and only its answer refused (406 after the row was created), and a wildcard
 * {@code Content-Type} such as {@code *}{@code /*} would fail as a 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class MediaTypeGuard extends OncePerRequestFilter {

    private final ProblemWriter problems;

    MediaTypeGuard(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(path.startsWith("/api/")
                || path.startsWith("/admin/")
                || path.startsWith("/v1/")
                || ProblemWriter.isOpenDental(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean export = request.getRequestURI().endsWith("/export");
        if (export && acceptsCsv(request.getHeader("Accept"))) {
            // The export answers CSV and its errors JSON: negotiation must not turn a 404 into "not acceptable".
            chain.doFilter(new AnyAccept(request), response);
            return;
        }
        if (!acceptsJson(request.getHeader("Accept"))) {
            problems.write(request, response, 406, "Not acceptable; this service answers application/json");
            return;
        }
        if (!concreteOrAbsent(request.getHeader("Content-Type"))) {
            problems.write(request, response, 415, "Unsupported media type; send application/json");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean acceptsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            return types.isEmpty()
                    || types.stream().anyMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** The request with its {@code Accept} header removed, so that any representation may answer it. */
    private static final class AnyAccept extends HttpServletRequestWrapper {
        AnyAccept(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return "Accept".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "Accept".equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }
    }

    /** An export ({@code …/export}) answers text/csv, and may be asked for it. */
    private static boolean acceptsCsv(String accept) {
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(type -> type.isCompatibleWith(MediaType.parseMediaType("text/csv")));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static boolean concreteOrAbsent(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
