package io.bitewing.shared.web;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Applies a PATCH body field by field. A field absent from the JSON keeps its current value; a field sent as
 * {@code null} is cleared. Records cannot tell those two apart, so {@link PatchFieldsAdvice} notes which top-level
 * fields the body named and controllers receive this object next to the body. The names of fields whose value
 * really changed are kept for the audit log.
 */
public final class Patch {

    private final Set<String> present;
    private final Set<String> changed = new LinkedHashSet<>();

    public Patch(Set<String> present) {
        this.present = Set.copyOf(present);
    }

    public boolean has(String field) {
        return present.contains(field);
    }

    public <T> T apply(String field, T requested, T current) {
        if (!present.contains(field)) {
            return current;
        }
        if (!Objects.equals(requested, current)) {
            changed.add(field);
        }
        return requested;
    }

    /** For fields that may change but never be cleared: an explicit null is a 422. */
    public <T> T applyRequired(String field, T requested, T current) {
        if (present.contains(field) && requested == null) {
            throw ApiException.Invalid.body(field, "may not be null");
        }
        return apply(field, requested, current);
    }

    public Set<String> changed() {
        return changed;
    }
}
