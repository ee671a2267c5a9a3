package io.bitewing.shared.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents the paging and sorting parameters {@link ListParameters} resolves, once for every list: the sort keys
 * and default come from the same {@link SortWhitelist} that checks a request.
 */
@Component
class ListParameterDocs implements OperationCustomizer {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(PageRequest.class, Sort.class);
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.getParameterType() == PageRequest.class) {
                add(
                        operation,
                        "page",
                        "Page number (1-based).",
                        new IntegerSchema()._default(1).minimum(java.math.BigDecimal.ONE));
                int size = ListParameters.pageSize(parameter);
                add(
                        operation,
                        "page_size",
                        "Items per page (1-" + PageRequest.MAX_PAGE_SIZE + ").",
                        new IntegerSchema()
                                ._default(size)
                                .minimum(java.math.BigDecimal.ONE)
                                .maximum(java.math.BigDecimal.valueOf(PageRequest.MAX_PAGE_SIZE)));
            }
            Sorted sorted = parameter.getParameterAnnotation(Sorted.class);
            if (sorted != null) {
                SortWhitelist whitelist = ListParameters.whitelist(sorted.value());
                var keys = List.copyOf(whitelist.columns().keySet());
                var by = new StringSchema();
                by.setEnum(keys);
                by.setDefault(whitelist.defaultKey());
                add(
                        operation,
                        sorted.by(),
                        "Sort column. One of: " + String.join(", ", keys) + "; the id breaks ties.",
                        by);
                var order = new StringSchema();
                order.setEnum(List.of("asc", "desc"));
                order.setDefault("asc");
                add(operation, sorted.order(), "Sort direction. One of: asc, desc.", order);
            }
        }
        return operation;
    }

    private static void add(Operation operation, String name, String description, Schema<?> schema) {
        Parameter parameter = new QueryParameter()
                .name(name)
                .description(description)
                .required(false)
                .schema(schema);
        operation.addParametersItem(parameter);
    }
}
