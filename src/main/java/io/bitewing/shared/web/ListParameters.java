package io.bitewing.shared.web;

import java.lang.reflect.Constructor;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Paging and sorting as controller arguments: a {@link PageRequest} from {@code page} (default 1) and
 * {@code page_size} (default 50, or {@link PageDefaults}), a {@link Sort} from the {@link Sorted} whitelist. Values
 * are read as the other query parameters are: plain decimal integers, a blank value meaning the default; anything
 * else is a 422 naming the parameter.
 */
public class ListParameters implements HandlerMethodArgumentResolver {

    static final int DEFAULT_PAGE_SIZE = 50;
    private static final Map<Class<? extends SortWhitelist>, SortWhitelist> WHITELISTS = new ConcurrentHashMap<>();

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == PageRequest.class
                || parameter.getParameterType() == Sort.class && parameter.hasParameterAnnotation(Sorted.class);
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mav,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        if (parameter.getParameterType() == PageRequest.class) {
            return PageRequest.of(integer(request, "page", 1), integer(request, "page_size", pageSize(parameter)));
        }
        Sorted sorted = parameter.getParameterAnnotation(Sorted.class);
        SortWhitelist whitelist = whitelist(sorted.value());
        return Sort.parse(
                blankToNull(request.getParameter(sorted.by())),
                blankToNull(request.getParameter(sorted.order())),
                whitelist.columns(),
                whitelist.defaultKey(),
                sorted.by(),
                sorted.order());
    }

    static int pageSize(MethodParameter parameter) {
        PageDefaults defaults = parameter.getParameterAnnotation(PageDefaults.class);
        return defaults == null ? DEFAULT_PAGE_SIZE : defaults.size();
    }

    static SortWhitelist whitelist(Class<? extends SortWhitelist> type) {
        return WHITELISTS.computeIfAbsent(type, t -> {
            try {
                Constructor<? extends SortWhitelist> constructor = t.getDeclaredConstructor();
                constructor.setAccessible(true);
                return constructor.newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("A sort whitelist needs a no-argument constructor: " + t, e);
            }
        });
    }

    private static int integer(NativeWebRequest request, String name, int defaultValue) {
        String text = blankToNull(request.getParameter(name));
        if (text == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new ApiException.Invalid(
                    java.util.List.of(FieldProblem.query(name, "must be a valid integer", "type_error")));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
