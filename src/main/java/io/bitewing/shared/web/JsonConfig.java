package io.bitewing.shared.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Strict JSON: snake_case names, unknown fields rejected (catches typos such as {@code procCode}), and no silent
 * coercion between strings, numbers and booleans (money included), so a wrong type is a 422 rather than a guess;
 * no duplicate keys and no NUL characters in text.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfig {

    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        return builder -> builder.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // {"a":1,"a":2} means what the reader says it means; refuse it rather than pick one.
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // Dates, timestamps and ids only as text of their exact shape: no epoch numbers, no "" read as null.
                .defaultLeniency(false)
                .addModule(new SimpleModule("strict-scalars")
                        .addDeserializer(String.class, new StrictStrings())
                        .addDeserializer(
                                LocalDate.class,
                                new StrictText<>(LocalDate.class, StrictDates::parse, StrictDates.MESSAGE))
                        .addDeserializer(
                                Instant.class,
                                new StrictText<>(Instant.class, StrictDates::parseInstant, StrictDates.INSTANT_MESSAGE))
                        .addDeserializer(
                                UUID.class, new StrictText<>(UUID.class, StrictUuids::parse, StrictUuids.MESSAGE)))
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.ALWAYS))
                .withCoercionConfig(
                        LogicalType.Textual,
                        cfg -> cfg.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Integer,
                        cfg -> cfg.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                // Money and other decimals are JSON numbers, as the reference types them in requests: "12.50" is a 422.
                .withCoercionConfig(
                        LogicalType.Float,
                        cfg -> cfg.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Boolean,
                        cfg -> cfg.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Enum, cfg -> cfg.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                // An empty string is not a missing id: "" for a UUID must not clear the field it names.
                .withCoercionConfig(
                        LogicalType.OtherScalar,
                        cfg -> cfg.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
    }
}
