package io.bitewing.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Response schemas as the wire has them: every property the service always writes is {@code required}, and one that
 * may be null says so ({@code type: [string, "null"]}, or {@code anyOf} a reference and null). Applies to the models
 * only answers use, from what {@link WireModelResolver} learnt of their Java types; request schemas keep their own rules (a field a client
 * may leave out is not required of it). Runs after every other customizer, so routes documented anywhere get it.
 */
@Component
@Order(Integer.MAX_VALUE)
class ResponseSchemaDocs implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        var roots = new ArrayList<Schema<?>>();
        OpenApiSchemas.operations(openApi).forEach(operation -> {
            if (operation.getResponses() != null) {
                operation
                        .getResponses()
                        .values()
                        .forEach(response -> roots.addAll(OpenApiSchemas.schemasOf(response.getContent())));
            }
        });
        var requests = new ArrayList<Schema<?>>();
        OpenApiSchemas.operations(openApi).forEach(operation -> {
            if (operation.getRequestBody() != null) {
                requests.addAll(
                        OpenApiSchemas.schemasOf(operation.getRequestBody().getContent()));
            }
        });
        // A schema bodies also use (Open Dental's rows) keeps its request rules: what a client may leave out.
        Set<String> answersOnly = OpenApiSchemas.reachable(roots, schemas);
        answersOnly.removeAll(OpenApiSchemas.reachable(requests, schemas));
        for (String name : answersOnly) {
            Schema<?> schema = schemas.get(name);
            WireModelResolver.Written written = WireModelResolver.written(name);
            if (schema == null || written == null || schema.getProperties() == null) {
                continue;
            }
            var neverNull = written.neverNull();
            var required = written.always().stream()
                    .filter(schema.getProperties()::containsKey)
                    .toList();
            schema.setRequired(required.isEmpty() ? null : required);
            var properties = new LinkedHashMap<String, Schema>();
            schema.getProperties()
                    .forEach((property, value) ->
                            properties.put(property, neverNull.contains(property) ? value : nullable(value)));
            schema.setProperties(properties);
        }
    }

    /** The same property, also allowing null. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema nullable(Schema property) {
        if (property.get$ref() != null) {
            var either = new JsonSchema()
                    .anyOf(List.of(new JsonSchema().$ref(property.get$ref()), new JsonSchema().typesItem("null")));
            either.setDescription(property.getDescription());
            return either;
        }
        if (property.getTypes() != null && !property.getTypes().isEmpty()) {
            property.addType("null");
        } else if (property.getType() != null) {
            property.addType(property.getType());
            property.addType("null");
        } else {
            return property;
        }
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            // A copy: the list may be one a schema annotation made, which cannot grow.
            var values = new ArrayList<>(property.getEnum());
            values.add(null);
            property.setEnum(values);
        }
        return property;
    }
}
