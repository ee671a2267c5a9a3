package io.bitewing.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Documents, on every operation of the native API ({@code /api/v1}, {@code /admin/v1}, {@code /v1/payors}), the error
 * answers it can give, with the bodies {@link ApiErrorHandler}, the filters and {@link ProblemWriter} write. Decided
 * from the route's shape, so a route added anywhere gets the same: 401, 403, 422, 500 and 503 everywhere (every
 * call is authenticated against the database and its query checked); 404 where the path or body names a row by id;
 * 409 on writes (stale {@code base_version}, a duplicate, an {@code Idempotency-Key} reused with another body, or a
 * database guard); 413 and 415 where a body is read. The Open Dental dialect keeps its own errors.
 */
@Component
@Order(Integer.MAX_VALUE - 1)
class ErrorResponseDocs implements OpenApiCustomizer {

    static final String DETAIL = "ErrorDetail";
    static final String VALIDATION = "ValidationError";
    static final String PROBLEM = "ValidationProblem";
    static final String CONFLICT = "ConflictError";
    static final String SERVER = "ServerError";

    private static final List<String> NATIVE = List.of("/api/", "/admin/", "/v1/");

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        addSchemas(openApi);
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        openApi.getPaths().forEach((path, item) -> {
            if (NATIVE.stream().noneMatch(path::startsWith)) {
                return;
            }
            item.readOperationsMap().forEach((method, operation) -> document(path, method, operation, schemas));
        });
    }

    private static void document(
            String path, PathItem.HttpMethod method, Operation operation, Map<String, Schema> schemas) {
        boolean body = operation.getRequestBody() != null;
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        var responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        add(
                        responses,
                        "401",
                        "No bearer token, or one that is unknown or revoked.",
                        DETAIL,
                        "Missing or invalid bearer token")
                .addHeaderObject("WWW-Authenticate", header("Always `Bearer`."));
        add(
                responses,
                "403",
                "The token's role may not do this, or it belongs to another organisation (on a collection path).",
                DETAIL,
                "A read_only token may only read");
        if (namesARow(path) || (body && bodyNamesARow(operation, schemas))) {
            add(
                    responses,
                    "404",
                    "A row the path or body names does not exist, is another organisation's, or (for another "
                            + "organisation's token on an entity path) is not shown.",
                    DETAIL,
                    "Carrier not found");
        }
        if (write) {
            add(
                    responses,
                    "409",
                    "`base_version` is stale (`current_version` says the current one), the row would duplicate a "
                            + "live one, the `Idempotency-Key` was used with another body, or the request lost a race.",
                    CONFLICT,
                    Map.of("detail", "base_version is stale; reload and retry", "current_version", 2));
        }
        if (body) {
            add(
                    responses,
                    "413",
                    "The body is larger than the limit.",
                    DETAIL,
                    "Request body is larger than 4194304 bytes");
            add(
                    responses,
                    "415",
                    "The body's Content-Type is not one this route reads.",
                    DETAIL,
                    "Unsupported media type; send application/json");
        }
        add(
                responses,
                "422",
                "Validation failed: one entry per offending field, `loc` naming where (body, query, path or header).",
                VALIDATION,
                Map.of(
                        "detail",
                        List.of(Map.of(
                                "loc", List.of("body", "carrier_name"), "msg", "Field required", "type", "missing"))));
        add(
                responses,
                "500",
                "An unexpected failure; quote `request_id` when reporting it.",
                SERVER,
                Map.of("detail", "Internal Server Error", "request_id", "4f6c2d0e-8b1a-4c55-9d3e-2a7f1b6c9e01"));
        add(
                        responses,
                        "503",
                        "The database could not be reached or did not answer in time; retry after `Retry-After` seconds.",
                        SERVER,
                        Map.of(
                                "detail",
                                DatabaseUnavailable.DETAIL,
                                "request_id",
                                "4f6c2d0e-8b1a-4c55-9d3e-2a7f1b6c9e01"))
                .addHeaderObject("Retry-After", header("Seconds to wait before retrying."));
        operation.setResponses(responses);
    }

    /** A path variable other than the organisation names one row. */
    private static boolean namesARow(String path) {
        return path.replace("{org_id}", "").contains("{");
    }

    /** A body field (or a field of its items) that holds another row's id: {@code patient_uuid}, {@code plan_uuid}. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static boolean bodyNamesARow(Operation operation, Map<String, Schema> schemas) {
        Content content = operation.getRequestBody().getContent();
        if (content == null) {
            return false;
        }
        var namesARow = new AtomicBoolean();
        OpenApiSchemas.walk(OpenApiSchemas.schemasOf(content), schemas, schema -> {
            if (schema.getProperties() != null
                    && schema.getProperties().keySet().stream()
                            .anyMatch(name -> name.endsWith("_uuid") || name.endsWith("_uuids"))) {
                namesARow.set(true);
            }
        });
        return namesARow.get();
    }

    /** Adds the answer unless the operation documents that status itself. */
    private static ApiResponse add(
            ApiResponses responses, String status, String description, String schema, Object example) {
        ApiResponse existing = responses.get(status);
        if (existing != null) {
            return existing;
        }
        Object body = example instanceof String detail ? Map.of("detail", detail) : example;
        var response = new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                                new MediaType()
                                        .schema(new JsonSchema().$ref("#/components/schemas/" + schema))
                                        .example(body)));
        responses.addApiResponse(status, response);
        return response;
    }

    private static Header header(String description) {
        return new Header().description(description).schema(new JsonSchema().typesItem("string"));
    }

    private static void addSchemas(OpenAPI openApi) {
        var text = (java.util.function.Supplier<Schema<?>>) () -> new JsonSchema().typesItem("string");
        var properties = new LinkedHashMap<String, Schema>();
        properties.put("detail", text.get().description("What went wrong, in a sentence."));
        openApi.getComponents()
                .addSchemas(DETAIL, object("An error: one sentence in `detail`.", properties, List.of("detail")));

        var loc = new JsonSchema()
                .typesItem("array")
                .items(new JsonSchema()
                        .anyOf(List.of(new JsonSchema().typesItem("string"), new JsonSchema().typesItem("integer"))))
                .description("Where: `body`, `query`, `path` or `header`, then the field's path (list indexes "
                        + "as integers).");
        var problem = new LinkedHashMap<String, Schema>();
        problem.put("loc", loc);
        problem.put("msg", text.get().description("What is wrong with the value."));
        problem.put(
                "type",
                text.get()
                        .description("Kind of failure: missing, type_error, enum, value_error, "
                                + "extra_forbidden, json_invalid."));
        openApi.getComponents()
                .addSchemas(PROBLEM, object("One offending field.", problem, List.of("loc", "msg", "type")));
        var validation = new LinkedHashMap<String, Schema>();
        validation.put(
                "detail",
                new JsonSchema().typesItem("array").items(new JsonSchema().$ref("#/components/schemas/" + PROBLEM)));
        openApi.getComponents()
                .addSchemas(
                        VALIDATION,
                        object("A validation failure: every offending field.", validation, List.of("detail")));

        var conflict = new LinkedHashMap<String, Schema>();
        conflict.put("detail", text.get().description("What conflicts."));
        conflict.put(
                "current_version",
                new JsonSchema()
                        .typesItem("integer")
                        .format("int32")
                        .description("The row's current version, when the conflict is a stale base_version."));
        openApi.getComponents()
                .addSchemas(CONFLICT, object("A conflict with the current state.", conflict, List.of("detail")));

        var server = new LinkedHashMap<String, Schema>();
        server.put("detail", text.get().description("What happened, without internals."));
        server.put("request_id", text.get().description("This request's id, also in the X-Request-Id header."));
        openApi.getComponents()
                .addSchemas(
                        SERVER, object("A failure on the service's side.", server, List.of("detail", "request_id")));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> object(String description, Map<String, Schema> properties, List<String> required) {
        Schema<?> schema = new JsonSchema().typesItem("object").description(description);
        schema.setProperties(properties);
        schema.setRequired(required);
        return schema;
    }
}
