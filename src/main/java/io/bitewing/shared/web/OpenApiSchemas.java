package io.bitewing.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Reading the document the customizers work on: its operations, and the schemas a body or an answer leads to. */
final class OpenApiSchemas {

    private OpenApiSchemas() {}

    static Stream<Operation> operations(OpenAPI openApi) {
        return openApi.getPaths() == null
                ? Stream.empty()
                : openApi.getPaths().values().stream().flatMap(item -> item.readOperations().stream());
    }

    static List<Schema<?>> schemasOf(Content content) {
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
    @SuppressWarnings("rawtypes")
    static Set<String> reachable(List<Schema<?>> roots, Map<String, Schema> components) {
        return walk(roots, components, schema -> {});
    }

    /** Shows {@code visit} every schema the given ones lead to, each component once; answers the components' names. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static Set<String> walk(List<Schema<?>> roots, Map<String, Schema> components, Consumer<Schema<?>> visit) {
        var names = new HashSet<String>();
        var todo = new ArrayDeque<Schema<?>>(roots);
        while (!todo.isEmpty()) {
            Schema<?> schema = todo.pop();
            visit.accept(schema);
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
}
