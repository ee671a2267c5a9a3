package io.bitewing.payor;

import io.bitewing.shared.auth.Caller;
import io.bitewing.shared.auth.Role;
import io.bitewing.shared.web.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may call the Payor shape: an organisation's token (the X-API-Key), acting on its own organisation, which the
 * routes never name. A read_only token may only read (403, as natively).
 */
@Configuration(proxyBeanMethods = false)
class PayorAccess implements WebMvcConfigurer, HandlerInterceptor {

    static final String PREFIX = "/v1/payors";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/v1/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Caller caller = Caller.of(request);
        if (caller == null || caller.orgId() == null) {
            throw new ApiException.Forbidden("The X-API-Key must be an organisation's API token");
        }
        if (caller.role() == Role.read_only && !request.getMethod().equals("GET")) {
            throw new ApiException.Forbidden("A read_only token may only read");
        }
        return true;
    }
}
