package io.bitewing.practice.location;

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

/** The places the practice treats patients. */
@Service
@Transactional(readOnly = true)
public class LocationService {

    private static final String ENTITY = "location";

    private final LocationRepository locations;
    private final AuditLog audit;

    LocationService(LocationRepository locations, AuditLog audit) {
        this.locations = locations;
        this.audit = audit;
    }

    /** A location by id, archived ones included; 404 when unknown in this organisation. */
    @SingleStatementRead
    public Location get(Tenant tenant, UUID id) {
        return locations.find(tenant.orgId(), id).orElseThrow(() -> new ApiException.NotFound("Location"));
    }

    /** The location's id and name, archived ones included; 404 when unknown in this organisation. */
    public LocationRef ref(Tenant tenant, UUID id) {
        return LocationRef.of(get(tenant, id));
    }

    /** The organisation's only live location; empty when it has none or several. */
    public java.util.Optional<UUID> onlyLive(Tenant tenant) {
        List<UUID> ids = locations.liveIds(tenant.orgId(), 2);
        return ids.size() == 1 ? java.util.Optional.of(ids.get(0)) : java.util.Optional.empty();
    }

    /** References for many locations in one query; ids unknown in this organisation are absent from the map. */
    public Map<UUID, LocationRef> refs(Tenant tenant, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return locations.findAll(tenant.orgId(), ids).stream()
                .map(LocationRef::of)
                .collect(Collectors.toMap(LocationRef::id, Function.identity()));
    }

    Page<Location> list(Tenant tenant, String search, Sort sort, PageRequest page) {
        return locations.findAll(tenant.orgId(), search, sort, page);
    }

    /** Creates a location; 409 when a live location already has the name (compared case-insensitively). */
    @Transactional
    public Location create(Tenant tenant, LocationRequests.Create body) {
        String name = body.name().strip();
        UUID id = Ids.newId();
        requireFreeName(tenant, name, id);
        var location = new Location(
                id,
                name,
                body.addressLine1(),
                body.addressLine2(),
                body.city(),
                body.state(),
                body.zipCode(),
                body.phone(),
                body.npi(),
                body.taxId(),
                1,
                null,
                null,
                null);
        Location created = locations.insert(tenant.orgId(), location);
        audit.record(tenant, ENTITY, id, "create", Set.of("name"));
        return created;
    }

    @Transactional
    Location update(Tenant tenant, UUID id, LocationRequests.Update body, Patch patch) {
        Location current = get(tenant, id);
        if (current.version() != body.baseVersion()) {
            throw ApiException.Conflict.staleVersion(current.version());
        }
        var next = new Location(
                id,
                patch.applyRequired(
                        "name", body.name() == null ? null : body.name().strip(), current.name()),
                patch.apply("address_line1", body.addressLine1(), current.addressLine1()),
                patch.apply("address_line2", body.addressLine2(), current.addressLine2()),
                patch.apply("city", body.city(), current.city()),
                patch.apply("state", body.state(), current.state()),
                patch.apply("zip_code", body.zipCode(), current.zipCode()),
                patch.apply("phone", body.phone(), current.phone()),
                patch.apply("npi", body.npi(), current.npi()),
                patch.apply("tax_id", body.taxId(), current.taxId()),
                current.version(),
                current.createdAt(),
                current.updatedAt(),
                current.deletedAt());
        if (patch.changed().contains("name") && current.deletedAt() == null) {
            requireFreeName(tenant, next.name(), id);
        }
        Location updated = locations
                .update(tenant.orgId(), next, body.baseVersion())
                .orElseThrow(
                        () -> ApiException.Conflict.staleVersion(get(tenant, id).version()));
        audit.record(tenant, ENTITY, id, "update", patch.changed());
        return updated;
    }

    /** Soft-deletes the location, freeing its name; archiving an archived location changes nothing. */
    @Transactional
    Location archive(Tenant tenant, UUID id) {
        var archived = locations.archive(tenant.orgId(), id);
        if (archived.isEmpty()) {
            return get(tenant, id); // unknown (404) or already archived
        }
        audit.record(tenant, ENTITY, id, "archive", Set.of("deleted_at"));
        return archived.get();
    }

    private void requireFreeName(Tenant tenant, String name, UUID id) {
        if (locations.liveNameTaken(tenant.orgId(), name, id)) {
            throw new ApiException.Conflict("A location named '" + name + "' already exists");
        }
    }
}
