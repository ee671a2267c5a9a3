package io.bitewing.shared.web;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;

/** The published contract at {@code /openapi.json}: bearer auth, snake_case schemas, {@code org_id} on every path. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static {
        // springdoc describes models with swagger-core's own Jackson 2 mapper: teach a copy of it the wire naming,
        // and name nested request records after their module (CarrierRequests.Update -> CarrierUpdate) so that
        // schemas of different modules never collide.
        var mapper = Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        // WireModelResolver also tells it what the service's Jackson 3 writes (decimals as strings, nulls included).
        ModelConverters.getInstance().addConverter(new WireModelResolver(mapper, new ModuleTypeNames(), false));
        ModelConverters.getInstance(true).addConverter(new WireModelResolver(mapper, new ModuleTypeNames(), true));
        // A JsonNode (raw rows kept as received) is any JSON value, not the bean its getters would describe.
        SpringDocUtils.getConfig().replaceWithSchema(JsonNode.class, new Schema<>().description("Any JSON value."));
    }

    static final class ModuleTypeNames extends TypeNameResolver {
        @Override
        protected String nameForClass(Class<?> cls, Set<Options> options) {
            Class<?> outer = cls.getEnclosingClass();
            if (outer == null) {
                return super.nameForClass(cls, options);
            }
            String prefix = outer.getSimpleName().replaceAll("(Requests|Service|Controller|Repository)$", "");
            return cls.getSimpleName().startsWith(prefix) ? cls.getSimpleName() : prefix + cls.getSimpleName();
        }
    }

    @Bean
    OpenAPI bitewingOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Bitewing")
                        .version("v1")
                        .description("Open-source dental insurance engine: carriers, plans, benefits, fee schedules, "
                                + "patient coverage and estimates. Every /api/v1/{org_id}/… call needs an "
                                + "organisation's bearer token.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** Operation ids from summaries ("Update carrier" -> updateCarrier): stable, readable and unique. */
    @Bean
    OperationCustomizer operationIdFromSummary() {
        return (operation, handler) -> {
            if (operation.getSummary() != null) {
                String[] words = operation
                        .getSummary()
                        .replaceAll("[^A-Za-z0-9 ]", " ")
                        .trim()
                        .split("\\s+");
                var id = new StringBuilder(words[0].toLowerCase());
                for (int i = 1; i < words.length; i++) {
                    id.append(Character.toUpperCase(words[i].charAt(0)))
                            .append(words[i].substring(1).toLowerCase());
                }
                operation.setOperationId(id.toString());
            }
            return operation;
        };
    }

    @Bean
    OpenApiCustomizer orgIdPathParameter() {
        return openApi -> openApi.getPaths().forEach((path, item) -> {
            if (path.contains("{org_id}")) {
                item.readOperations().forEach(operation -> {
                    boolean declared = operation.getParameters() != null
                            && operation.getParameters().stream().anyMatch(p -> "org_id".equals(p.getName()));
                    if (!declared) {
                        operation.addParametersItem(new PathParameter()
                                .name("org_id")
                                .required(true)
                                .description("Organisation UUID; must match the token's organisation.")
                                .schema(new StringSchema().format("uuid")));
                    }
                });
            }
        });
    }
}
