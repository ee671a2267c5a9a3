package io.bitewing.shared.auth;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;

/**
 * Who is calling, as established by the token filter: either an organisation's API token or the service's admin key.
 */
public record Caller(UUID orgId, UUID tokenId, Role role, boolean adminKey) {

    private static final String ATTRIBUTE = Caller.class.getName();

    public static Caller ofToken(UUID orgId, UUID tokenId, Role role) {
        return new Caller(orgId, tokenId, role, false);
    }

    public static Caller ofAdminKey() {
        return new Caller(null, null, Role.admin, true);
    }

    public void attachTo(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    public static Caller of(HttpServletRequest request) {
        return (Caller) request.getAttribute(ATTRIBUTE);
    }

    /** True when this caller may manage the given organisation's tokens. */
    public boolean administers(UUID org) {
        return adminKey || (role == Role.admin && org.equals(orgId));
    }
}
