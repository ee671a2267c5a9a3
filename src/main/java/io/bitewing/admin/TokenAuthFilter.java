package io.bitewing.admin;

import io.bitewing.shared.auth.Caller;
import io.bitewing.shared.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code /api/**} and {@code /admin/**}: a bearer token that is either the admin key or a live
 * organisation token. What the caller may then do is decided per handler by the tenant interceptor.
 * {@code /actuator/**} other than health (metrics, info) is for the operator: the admin key only.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class TokenAuthFilter extends OncePerRequestFilter {

    private final AdminKey adminKey;
    private final LiveTokens tokens;
    private final ProblemWriter problems;

    TokenAuthFilter(AdminKey adminKey, LiveTokens tokens, ProblemWriter problems) {
        this.adminKey = adminKey;
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(path.startsWith("/api/") || path.startsWith("/admin/") || operatorOnly(path));
    }

    private static boolean operatorOnly(String path) {
        return path.startsWith("/actuator")
                && !path.equals("/actuator/health")
                && !path.startsWith("/actuator/health/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Caller> caller = bearer(request).flatMap(this::identify);
        if (caller.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer");
            problems.write(response, 401, "Missing or invalid bearer token");
            return;
        }
        if (operatorOnly(request.getRequestURI()) && !caller.get().adminKey()) {
            problems.write(response, 403, "Only the service's admin key may read this");
            return;
        }
        caller.get().attachTo(request);
        chain.doFilter(request, response);
    }

    private Optional<Caller> identify(String token) {
        if (adminKey.matches(token)) {
            return Optional.of(Caller.ofAdminKey());
        }
        return tokens.find(token);
    }

    private static Optional<String> bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = header.substring(7).strip();
        return token.isEmpty() || token.length() > 200 ? Optional.empty() : Optional.of(token);
    }
}
