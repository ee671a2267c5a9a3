package io.bitewing.admin;

import io.bitewing.admin.TokenRepository.ApiToken;
import io.bitewing.shared.Ids;
import io.bitewing.shared.audit.AuditLog;
import io.bitewing.shared.auth.Caller;
import io.bitewing.shared.auth.Role;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations and their API tokens. */
@Service
@Transactional(readOnly = true)
public class AdminService {

    /** A new organisation with its first admin token, shown this once. */
    public record CreatedOrg(UUID id, String name, String apiToken) {}

    /** A token as listed; the secret itself is never stored, so never shown again. */
    public record TokenView(
            UUID id, String name, Role role, java.time.Instant createdAt, java.time.Instant revokedAt) {}

    /** A token just issued, with its secret. */
    public record IssuedToken(UUID id, String name, Role role, java.time.Instant createdAt, String token) {}

    private final OrgRepository orgs;
    private final TokenRepository tokens;
    private final LiveTokens liveTokens;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    AdminService(
            OrgRepository orgs,
            TokenRepository tokens,
            LiveTokens liveTokens,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.orgs = orgs;
        this.tokens = tokens;
        this.liveTokens = liveTokens;
        this.audit = audit;
        this.events = events;
    }

    /** Creates an organisation, its defaults (through {@link OrganisationCreated}) and an admin token. */
    @Transactional
    public CreatedOrg createOrg(String name) {
        Org org = orgs.insert(Ids.newId(), name);
        String secret = TokenSecrets.newToken();
        ApiToken token =
                tokens.insert(org.id(), Ids.newId(), "Initial admin token", Role.admin, TokenSecrets.hash(secret));
        Tenant tenant = new Tenant(org.id(), token.id());
        audit.record(tenant, "org", org.id(), "create", Set.of("name"));
        events.publishEvent(new OrganisationCreated(tenant, name));
        return new CreatedOrg(org.id(), org.name(), secret);
    }

    public Page<Org> listOrgs(PageRequest page) {
        return orgs.findAll(page);
    }

    public java.util.Optional<Org> findOrgByName(String name) {
        return orgs.findByName(name);
    }

    @Transactional
    public IssuedToken issueToken(Caller caller, UUID org, String name, Role role) {
        requireAdministers(caller, org);
        String secret = TokenSecrets.newToken();
        ApiToken token = tokens.insert(org, Ids.newId(), name, role, TokenSecrets.hash(secret));
        audit.record(new Tenant(org, caller.tokenId()), "api_token", token.id(), "create", Set.of("name", "role"));
        return new IssuedToken(token.id(), token.name(), token.role(), token.createdAt(), secret);
    }

    public List<TokenView> listTokens(Caller caller, UUID org) {
        requireAdministers(caller, org);
        return tokens.findAll(org).stream()
                .map(t -> new TokenView(t.id(), t.name(), t.role(), t.createdAt(), t.revokedAt()))
                .toList();
    }

    @Transactional
    public void revokeToken(Caller caller, UUID org, UUID tokenId) {
        requireAdministers(caller, org);
        if (!tokens.revoke(org, tokenId)) {
            throw new ApiException.NotFound("Token");
        }
        liveTokens.forget(tokenId);
        audit.record(new Tenant(org, caller.tokenId()), "api_token", tokenId, "revoke", Set.of("revoked_at"));
    }

    private void requireAdministers(Caller caller, UUID org) {
        if (caller.adminKey() && !orgs.exists(org)) {
            throw new ApiException.NotFound("Organisation");
        }
        if (!caller.adminKey() && org.equals(caller.orgId()) && caller.role() != Role.admin) {
            throw new ApiException.Forbidden("Only an admin token may manage this organisation's tokens");
        }
        if (!caller.administers(org)) {
            // Same answer as an unknown organisation: a token learns nothing about other tenants.
            throw new ApiException.NotFound("Organisation");
        }
    }
}
