package io.bitewing.shared.web;

import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Gives a PATCH handler its {@link Patch}; declare it after the {@code @RequestBody} parameter. */
class PatchArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Patch.class;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Patch resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mav,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        var fields = (Set<String>) request.getAttribute(PatchFieldsAdvice.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (fields == null) {
            throw new IllegalStateException("Patch parameter must follow the @RequestBody parameter");
        }
        return new Patch(fields);
    }
}
