package io.bitewing.support;

import java.util.Arrays;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ways into an organisation's data, each with its own conventions: where its routes live, how it refuses a
 * read_only token, and how it explains a refusal. The sweeps find every route of every surface from the handler
 * mappings, so a new route, or a new dialect added here, is swept without editing them.
 */
public enum Surface {
    /** The native API: the organisation in the path, 403 for a role, FastAPI-shaped errors with a detail. */
    NATIVE("/api/v1/{org_id}/", 403, 422),
    /** Open Dental's dialect: the organisation is the token's, 401 for a key without the permission, 400 errors. */
    OPEN_DENTAL("/opendental/api/v1/", 401, 400),
    /** The Payor shape: the organisation is the token's (X-API-Key); refusals as natively. */
    PAYOR("/v1/", 403, 422);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String prefix;
    private final int roleRefusal;
    private final int unstorable;

    Surface(String prefix, int roleRefusal, int unstorable) {
        this.prefix = prefix;
        this.roleRefusal = roleRefusal;
        this.unstorable = unstorable;
    }

    /** The surface a route pattern belongs to; empty for routes outside any organisation (admin, actuator). */
    public static Optional<Surface> of(String pattern) {
        return Arrays.stream(values()).filter(s -> pattern.startsWith(s.prefix)).findFirst();
    }

    /** The status that refuses a read_only token a write. */
    public int roleRefusal() {
        return roleRefusal;
    }

    /** The status for input that can never be stored as sent (a NUL, a number sent as text). */
    public int unstorable() {
        return unstorable;
    }

    /** Whether an error body explains itself in this surface's form. */
    public boolean explains(String body) {
        try {
            JsonNode answer = JSON.readTree(body);
            if (this == OPEN_DENTAL) {
                // A request line too long to parse is refused by the container before its path is known.
                return answer.isString() && !answer.asString().isBlank()
                        || answer.path("detail").asString("").startsWith("The request could not be read");
            }
            JsonNode detail = answer.path("detail");
            return detail.isString() ? !detail.asString().isBlank() : detail.isArray() && !detail.isEmpty();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
