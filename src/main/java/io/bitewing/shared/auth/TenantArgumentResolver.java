package io.bitewing.shared.auth;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Supplies {@link Tenant} (and, to the admin API, the raw {@link Caller}) to controller methods; runs after
 * {@link TenantInterceptor} has vetted the caller.
 */
class TenantArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Tenant.class || parameter.getParameterType() == Caller.class;
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mav,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        Caller caller = Caller.of(request.getNativeRequest(HttpServletRequest.class));
        if (parameter.getParameterType() == Caller.class) {
            return caller;
        }
        return new Tenant(caller.orgId(), caller.tokenId());
    }
}
