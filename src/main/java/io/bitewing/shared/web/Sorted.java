package io.bitewing.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler's {@link Sort} parameter: resolved from the query by {@link ListParameters} against the whitelist
 * and documented from it. {@code by} and {@code order} name the query parameters where the reference names them
 * otherwise than {@code sort_by} and {@code sort_order}.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface Sorted {
    Class<? extends SortWhitelist> value();

    String by() default "sort_by";

    String order() default "sort_order";
}
