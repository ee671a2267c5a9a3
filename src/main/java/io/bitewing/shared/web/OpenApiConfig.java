package io.bitewing.shared.web;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The published contract at {@code /openapi.json}: bearer auth, snake_case schemas, {@code org_id} on every path. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static {
        // springdoc describes models with its own (Jackson 2) mapper; give it the wire naming the API uses.
        Json.mapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        Json31.mapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    }

    @Bean
    OpenAPI bitewingOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Bitewing").version("v1")
                        .description("Open-source dental insurance engine: carriers, plans, benefits, fee schedules, "
                                + "patient coverage and estimates. Every /api/v1/{org_id}/… call needs an "
                                + "organisation's bearer token.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    @Bean
    OpenApiCustomizer orgIdPathParameter() {
        return openApi -> openApi.getPaths().forEach((path, item) -> {
            if (path.contains("{org_id}")) {
                item.readOperations().forEach(operation -> {
                    boolean declared = operation.getParameters() != null
                            && operation.getParameters().stream().anyMatch(p -> "org_id".equals(p.getName()));
                    if (!declared) {
                        operation.addParametersItem(new PathParameter().name("org_id").required(true)
                                .description("Organisation UUID; must match the token's organisation.")
                                .schema(new StringSchema().format("uuid")));
                    }
                });
            }
        });
    }
}
