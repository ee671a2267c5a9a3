package io.bitewing.shared.money;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Serialises a money {@code BigDecimal} as the reference does for {@code monetary_amt} and {@code amount}: a string
 * with two decimals, e.g. {@code "50.00"}. Values must already carry scale 2 (see {@link Money#of}).
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonFormat(shape = JsonFormat.Shape.STRING)
@Schema(type = "string", format = "decimal", example = "50.00")
public @interface MoneyString {}
