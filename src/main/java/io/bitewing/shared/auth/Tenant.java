package io.bitewing.shared.auth;

import java.util.UUID;

/**
 * The organisation a request acts on and the token acting, handed to every service method. Controllers receive it
 * as a parameter after {@link TenantInterceptor} has checked that the token belongs to the path's {@code org_id}.
 */
public record Tenant(UUID orgId, UUID actorTokenId) {}
