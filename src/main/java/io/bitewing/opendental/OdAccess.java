package io.bitewing.opendental;

import io.bitewing.shared.auth.Caller;
import io.bitewing.shared.auth.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may call the dialect: an organisation's token (the customer key), acting on its own organisation, which the
 * routes therefore never name. A read_only token may only read; Open Dental answers a key without the permission
 * with 401, and so does this.
 */
@Configuration(proxyBeanMethods = false)
class OdAccess implements WebMvcConfigurer, HandlerInterceptor {

    static final String PREFIX = "/opendental/api/v1";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/opendental/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        Caller caller = Caller.of(request);
        String refusal = null;
        if (caller == null || caller.orgId() == null) {
            refusal = "The customer key must be an organisation's API token.";
        } else if (caller.role() == Role.read_only && !request.getMethod().equals("GET")) {
            refusal = "This API key may only read.";
        }
        if (refusal == null) {
            return true;
        }
        response.setStatus(401);
        response.setContentType("application/json");
        response.getWriter().write(OdJson.quote(refusal));
        return false;
    }
}
