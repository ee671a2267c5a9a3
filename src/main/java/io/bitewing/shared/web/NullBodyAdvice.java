package io.bitewing.shared.web;

import java.lang.reflect.Type;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * A body that is JSON's {@code null} is refused like any other body that is not an object. Left alone it would read
 * as no body at all, which a route whose body is optional (a plan clone) takes for "use the defaults"; an empty body
 * still means exactly that.
 */
@ControllerAdvice
class NullBodyAdvice extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converter) {
        return true;
    }

    @Override
    public Object afterBodyRead(
            Object body,
            HttpInputMessage message,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        if (body == null) {
            throw new ApiException.Invalid(
                    List.of(FieldProblem.at(List.of("body"), "must be a valid object", "type_error")));
        }
        return body;
    }
}
