package io.bitewing.opendental;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import org.springframework.stereotype.Component;

/**
 * The native request a dialect call builds meets the same constraints (lengths, ranges) a native call's body does:
 * the native controllers check them with {@code @Valid}, which a service call skips. A broken one is Open Dental's
 * 400, naming the field as Open Dental names it.
 */
@Component
class OdValidation {

    private final Validator validator;

    OdValidation(Validator validator) {
        this.validator = validator;
    }

    <T> T valid(T request) {
        validator.validate(request).stream()
                .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .ifPresent(violation -> {
                    throw OdException.badRequest(
                            OdErrors.odField(field(violation)) + " is invalid: " + violation.getMessage() + ".");
                });
        return request;
    }

    private static String field(ConstraintViolation<?> violation) {
        String name = "";
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName() == null ? name : node.getName();
        }
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }
}
