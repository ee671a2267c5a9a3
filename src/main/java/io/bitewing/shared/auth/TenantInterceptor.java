package io.bitewing.shared.auth;

import io.bitewing.shared.web.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Tenancy and roles, decided once for every {@code /api/v1/{org_id}/…} handler.
 *
 * <p>A token used on another organisation's path gets 404 on entity paths (the path names an id: answering 403
 * would confirm that id exists somewhere) and 403 on collection paths (nothing to hide there, and 403 tells the
 * integrator their org id is wrong).
 */
public class TenantInterceptor implements HandlerInterceptor {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables == null || !variables.containsKey("org_id")) {
            return true;
        }
        Caller caller = Caller.of(request);
        if (caller == null
                || caller.orgId() == null
                || !caller.orgId().toString().equalsIgnoreCase(variables.get("org_id"))) {
            if (variables.size() > 1) {
                throw new ApiException.NotFound("Resource");
            }
            throw new ApiException.Forbidden("This token does not belong to organisation " + variables.get("org_id"));
        }
        if (caller.role() == Role.read_only && !READS.contains(request.getMethod())) {
            throw new ApiException.Forbidden("A read_only token may only read");
        }
        boolean adminOnly = method.hasMethodAnnotation(AdminOnly.class)
                || method.getBeanType().isAnnotationPresent(AdminOnly.class);
        if (adminOnly && caller.role() != Role.admin) {
            throw new ApiException.Forbidden("Only an admin token may do this");
        }
        return true;
    }
}
