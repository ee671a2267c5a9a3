package io.bitewing.practice.provider;

import io.bitewing.practice.PersonName;
import io.bitewing.shared.Ids;
import io.bitewing.shared.audit.AuditLog;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.db.SingleStatementRead;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Patch;
import io.bitewing.shared.web.Sort;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The practice's dentists and hygienists. */
@Service
@Transactional(readOnly = true)
public class ProviderService {

    private static final String ENTITY = "provider";

    private final ProviderRepository providers;
    private final AuditLog audit;

    ProviderService(ProviderRepository providers, AuditLog audit) {
        this.providers = providers;
        this.audit = audit;
    }

    /** A provider by id, archived ones included; 404 when unknown in this organisation. */
    @SingleStatementRead
    public Provider get(Tenant tenant, UUID id) {
        return providers.find(tenant.orgId(), id).orElseThrow(() -> new ApiException.NotFound("Provider"));
    }

    /** The provider's id and "Last, First" name, archived ones included; 404 when unknown in this organisation. */
    public ProviderRef ref(Tenant tenant, UUID id) {
        return ProviderRef.of(get(tenant, id));
    }

    /** References for many providers in one query; ids unknown in this organisation are absent from the map. */
    public Map<UUID, ProviderRef> refs(Tenant tenant, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return providers.findAll(tenant.orgId(), ids).stream()
                .map(ProviderRef::of)
                .collect(Collectors.toMap(ProviderRef::id, Function.identity()));
    }

    Page<Provider> list(Tenant tenant, String search, Sort sort, PageRequest page) {
        return providers.findAll(tenant.orgId(), PersonName.searchPattern(search), sort, page);
    }

    @Transactional
    public Provider create(Tenant tenant, ProviderRequests.Create body) {
        UUID id = Ids.newId();
        var provider = new Provider(
                id,
                body.firstName().strip(),
                body.lastName().strip(),
                body.npi(),
                body.specialty(),
                1,
                null,
                null,
                null);
        Provider created = providers.insert(tenant.orgId(), provider);
        audit.record(tenant, ENTITY, id, "create", List.of("first_name", "last_name"));
        return created;
    }

    @Transactional
    Provider update(Tenant tenant, UUID id, ProviderRequests.Update body, Patch patch) {
        Provider current = get(tenant, id);
        if (current.version() != body.baseVersion()) {
            throw ApiException.Conflict.staleVersion(current.version());
        }
        var next = new Provider(
                id,
                patch.applyRequired("first_name", strip(body.firstName()), current.firstName()),
                patch.applyRequired("last_name", strip(body.lastName()), current.lastName()),
                patch.apply("npi", body.npi(), current.npi()),
                patch.apply("specialty", body.specialty(), current.specialty()),
                current.version(),
                current.createdAt(),
                current.updatedAt(),
                current.deletedAt());
        Provider updated = providers
                .update(tenant.orgId(), next, body.baseVersion())
                .orElseThrow(
                        () -> ApiException.Conflict.staleVersion(get(tenant, id).version()));
        audit.record(tenant, ENTITY, id, "update", patch.changed());
        return updated;
    }

    /** Soft-deletes the provider; archiving an archived provider changes nothing. */
    @Transactional
    Provider archive(Tenant tenant, UUID id) {
        var archived = providers.archive(tenant.orgId(), id);
        if (archived.isEmpty()) {
            return get(tenant, id); // unknown (404) or already archived
        }
        audit.record(tenant, ENTITY, id, "archive", Set.of("deleted_at"));
        return archived.get();
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
