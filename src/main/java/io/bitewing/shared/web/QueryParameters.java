package io.bitewing.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The native API's query strings are as strict as its bodies: a parameter the route does not take is a 422 naming
 * it, where it would otherwise be ignored and a misspelt filter would silently list everything. The names a route
 * takes are read from its handler (its {@code @RequestParam}s, paging and sorting), so the rule follows the code and
 * its OpenAPI document. The dialects answer as the systems they imitate and are left alone.
 */
class QueryParameters implements HandlerInterceptor {

    static final String NATIVE_PREFIX = "/api/v1/";

    private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    private final Map<HandlerMethod, Set<String>> known = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)
                || !request.getRequestURI().startsWith(NATIVE_PREFIX)) {
            return true;
        }
        Set<String> takes = known.computeIfAbsent(method, QueryParameters::namesOf);
        if (takes == ANY) {
            return true;
        }
        var unknown = new ArrayList<FieldProblem>();
        for (String name : Collections.list(request.getParameterNames())) {
            if (!takes.contains(name)) {
                unknown.add(FieldProblem.query(
                        name,
                        takes.isEmpty()
                                ? "Extra inputs are not permitted; this route takes no query parameters"
                                : "Extra inputs are not permitted; this route takes: " + String.join(", ", takes),
                        "extra_forbidden"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ApiException.Invalid(unknown);
        }
        return true;
    }

    /** The handler takes every name (a {@code Map} of parameters). */
    private static final Set<String> ANY = Set.of("*");

    static Set<String> namesOf(HandlerMethod method) {
        var names = new LinkedHashSet<String>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            Sorted sorted = parameter.getParameterAnnotation(Sorted.class);
            if (param != null) {
                if (Map.class.isAssignableFrom(parameter.getParameterType())) {
                    return ANY;
                }
                names.add(nameOf(param, parameter));
            } else if (parameter.getParameterType() == PageRequest.class) {
                names.add("page");
                names.add("page_size");
            } else if (sorted != null) {
                names.add(sorted.by());
                names.add(sorted.order());
            }
        }
        return Collections.unmodifiableSet(names);
    }

    /** Every required query parameter of the handler that the request lacks, in the handler's order. */
    static List<String> missing(MethodParameter any, HttpServletRequest request) {
        var missing = new ArrayList<String>();
        var method = any.getExecutable();
        for (int i = 0; i < method.getParameterCount(); i++) {
            var parameter = MethodParameter.forExecutable(method, i);
            parameter.initParameterNameDiscovery(NAMES);
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null && param.required() && ValueConstants.DEFAULT_NONE.equals(param.defaultValue())) {
                String name = nameOf(param, parameter);
                String value = request.getParameter(name);
                if (value == null || value.isBlank()) {
                    missing.add(name);
                }
            }
        }
        return missing;
    }

    private static String nameOf(RequestParam param, MethodParameter parameter) {
        return !param.name().isEmpty() ? param.name() : parameter.getParameterName();
    }
}
