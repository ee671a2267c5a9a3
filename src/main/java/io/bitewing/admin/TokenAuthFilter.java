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
 * {@code /opendental/**} also takes Open Dental's own form, {@code Authorization: ODFHIR {DeveloperKey}/{CustomerKey}},
 * where the customer key is an organisation token and the developer key is kept for the audit log; the Payor shape's
 * {@code /v1/**} takes an organisation token as {@code X-API-Key} (or as a bearer token).
 * {@code /actuator/**} other than health (metrics, info) is for the operator: the admin key only.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class TokenAuthFilter extends OncePerRequestFilter {

    private static final String OPEN_DENTAL = "/opendental/";
    private static final String ODFHIR = "ODFHIR ";
    private static final String PAYOR = "/v1/";

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
        return !(path.startsWith("/api/")
                || path.startsWith("/admin/")
                || path.startsWith(OPEN_DENTAL)
                || path.startsWith(PAYOR)
                || operatorOnly(path));
    }

    private static boolean operatorOnly(String path) {
        return path.startsWith("/actuator")
                && !path.equals("/actuator/health")
                && !path.startsWith("/actuator/health/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean openDental = request.getRequestURI().startsWith(OPEN_DENTAL);
        Optional<Caller> caller = openDental
                ? openDental(request)
                : request.getRequestURI().startsWith(PAYOR)
                        ? apiKey(request).or(() -> bearer(request)).flatMap(tokens::find)
                        : bearer(request).flatMap(this::identify);
        if (caller.isEmpty() && openDental) {
            response.setStatus(401);
            response.setContentType("application/json");
            response.getWriter().write("\"Authorization header is invalid: send ODFHIR {DeveloperKey}/{CustomerKey}\"");
            return;
        }
        if (caller.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer");
            problems.write(request, response, 401, "Missing or invalid bearer token");
            return;
        }
        if (operatorOnly(request.getRequestURI()) && !caller.get().adminKey()) {
            problems.write(request, response, 403, "Only the service's admin key may read this");
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

    /** An organisation's token, named by ODFHIR or as a bearer token; the admin key acts on no organisation. */
    private Optional<Caller> openDental(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, ODFHIR, 0, ODFHIR.length())) {
            String keys = header.substring(ODFHIR.length()).strip();
            int slash = keys.indexOf('/');
            if (slash <= 0 || slash == keys.length() - 1 || keys.length() > 300) {
                return Optional.empty();
            }
            String developerKey = keys.substring(0, slash).strip();
            return tokens.find(keys.substring(slash + 1).strip()).map(c -> c.withDeveloperKey(developerKey));
        }
        return bearer(request).flatMap(tokens::find);
    }

    /** The Payor shape's {@code X-API-Key}: an organisation's token. */
    private static Optional<String> apiKey(HttpServletRequest request) {
        String key = request.getHeader("X-API-Key");
        return key == null || key.isBlank() || key.length() > 200 ? Optional.empty() : Optional.of(key.strip());
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
