package io.bitewing.shared.auth;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is calling, as established by the token filter: either an organisation's API token or the service's admin key.
 * An Open Dental client also names its developer key (the first half of its {@code ODFHIR} header), which the audit
 * log keeps beside each change.
 */
public record Caller(UUID orgId, UUID tokenId, Role role, boolean adminKey, String developerKey) {

    private static final String ATTRIBUTE = Caller.class.getName();

    public static Caller ofToken(UUID orgId, UUID tokenId, Role role) {
        return new Caller(orgId, tokenId, role, false, null);
    }

    public static Caller ofAdminKey() {
        return new Caller(null, null, Role.admin, true, null);
    }

    public Caller withDeveloperKey(String key) {
        return new Caller(orgId, tokenId, role, adminKey, key);
    }

    /** The caller of the request this thread serves, if any. */
    public static Caller current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? of(attributes.getRequest())
                : null;
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
