package io.bitewing.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
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
        operations(openApi).forEach(operation -> {
            if (operation.getResponses() != null) {
                operation.getResponses().values().forEach(response -> roots.addAll(schemasOf(response.getContent())));
            }
        });
        var requests = new ArrayList<Schema<?>>();
        operations(openApi).forEach(operation -> {
            if (operation.getRequestBody() != null) {
                requests.addAll(schemasOf(operation.getRequestBody().getContent()));
            }
        });
        // A schema bodies also use (Open Dental's rows) keeps its request rules: what a client may leave out.
        Set<String> answersOnly = reachable(roots, schemas);
        answersOnly.removeAll(reachable(requests, schemas));
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

    static Stream<Operation> operations(OpenAPI openApi) {
        return openApi.getPaths() == null
                ? Stream.empty()
                : openApi.getPaths().values().stream().flatMap(item -> item.readOperations().stream());
    }

    private static List<Schema<?>> schemasOf(Content content) {
        var found = new ArrayList<Schema<?>>();
        if (content != null) {
            content.values().forEach(media -> {
                if (media.getSchema() != null) {
                    found.add(media.getSchema());
                }
            });
        }
        return found;
    }

    /** The names of the component schemas the given schemas lead to, through properties, items and compositions. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static Set<String> reachable(List<Schema<?>> roots, Map<String, Schema> components) {
        var names = new HashSet<String>();
        var todo = new ArrayDeque<Schema<?>>(roots);
        while (!todo.isEmpty()) {
            Schema<?> schema = todo.pop();
            if (schema.get$ref() != null) {
                String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
                if (names.add(name) && components.get(name) != null) {
                    todo.push(components.get(name));
                }
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(todo::push);
            }
            if (schema.getItems() != null) {
                todo.push(schema.getItems());
            }
            if (schema.getAdditionalProperties() instanceof Schema<?> values) {
                todo.push(values);
            }
            Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
                    .filter(parts -> parts != null)
                    .forEach(parts -> parts.forEach(part -> todo.push((Schema<?>) part)));
        }
        return names;
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
            property.getEnum().add(null);
        }
        return property;
    }
}
