package io.bitewing.shared.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Notes the top-level field names of every PATCH body, for the {@link Patch} handed to the controller. */
@ControllerAdvice
class PatchFieldsAdvice extends RequestBodyAdviceAdapter {

    static final String ATTRIBUTE = PatchFieldsAdvice.class.getName() + ".fields";

    private final JsonMapper json;

    PatchFieldsAdvice(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converter) {
        return parameter.hasMethodAnnotation(PatchMapping.class);
    }

    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage message,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType)
            throws IOException {
        byte[] body = message.getBody().readAllBytes();
        Set<String> fields = new LinkedHashSet<>();
        try {
            var tree = json.readTree(body);
            if (tree != null && tree.isObject()) {
                fields.addAll(tree.propertyNames());
            }
        } catch (JacksonException malformed) {
            // the converter reads the same bytes next and reports the error with its location
        }
        RequestContextHolder.currentRequestAttributes()
                .setAttribute(ATTRIBUTE, fields, RequestAttributes.SCOPE_REQUEST);
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return message.getHeaders();
            }
        };
    }
}
