package io.bitewing.carrier;

import io.bitewing.shared.Ids;
import io.bitewing.shared.audit.AuditLog;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.db.SingleStatementRead;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Patch;
import io.bitewing.shared.web.Sort;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Insurance carriers: the companies plans belong to. */
@Service
@Transactional(readOnly = true)
public class CarrierService {

    record Combined(Carrier carrier, int plansMoved) {}

    private static final String ENTITY = "carrier";

    private final CarrierRepository carriers;
    private final List<CarrierReferences> references;
    private final AuditLog audit;

    CarrierService(CarrierRepository carriers, List<CarrierReferences> references, AuditLog audit) {
        this.carriers = carriers;
        this.references = references;
        this.audit = audit;
    }

    /** A carrier by id, archived ones included; 404 when unknown in this organisation. */
    @SingleStatementRead
    public Carrier get(Tenant tenant, UUID id) {
        return carriers.find(tenant.orgId(), id).orElseThrow(() -> new ApiException.NotFound("Carrier"));
    }

    /** The live carrier of this name, compared case-insensitively and without surrounding blanks; empty if none. */
    public Optional<Carrier> findLiveByName(Tenant tenant, String name) {
        return carriers.findLiveByName(tenant.orgId(), name.strip());
    }

    /** The live carrier with this electronic payer id, as an eligibility vendor names a payer; empty if none. */
    public Optional<Carrier> findLiveByElectronicId(Tenant tenant, String electronicId) {
        return carriers.findLiveByElectronicId(tenant.orgId(), electronicId.strip());
    }

    /** Every live carrier, hidden ones included, oldest first: what an import matches its rows against. */
    public List<Carrier> findAllLive(Tenant tenant) {
        return carriers.findAllLive(tenant.orgId());
    }

    /**
     * A live carrier held until the caller's transaction ends, for writes that point a plan at it: a combine or archive
     * running meanwhile waits, so no plan is left behind on an archived carrier. 404 when unknown or archived.
     */
    @Transactional
    public Carrier getLiveForAttaching(Tenant tenant, UUID id) {
        return carriers.findForKeyShare(tenant.orgId(), id)
                .filter(c -> c.deletedAt() == null)
                .orElseThrow(() -> new ApiException.NotFound("Carrier"));
    }

    Page<Carrier> list(Tenant tenant, CarrierFilter filter, Sort sort, PageRequest page) {
        return carriers.findAll(tenant.orgId(), filter, sort, page);
    }

    /** Live carriers, hidden ones included, a page in number order (od_num), as the Open Dental dialect lists them. */
    public Page<Carrier> listByNumber(Tenant tenant, PageRequest page) {
        return carriers.findAll(tenant.orgId(), new CarrierFilter(null, null, true), new Sort("od_num", false), page);
    }

    List<CarrierStats> stats(Tenant tenant) {
        return carriers.stats(tenant.orgId());
    }

    /** Creates a carrier; 409 when a live carrier already has the name (compared case-insensitively). */
    @Transactional
    public Carrier create(Tenant tenant, CarrierRequests.Create body) {
        var carrier = newCarrier(Ids.newId(), body);
        requireFreeName(tenant, carrier.carrierName(), carrier.id());
        Carrier created = carriers.insert(tenant.orgId(), carrier);
        audit.record(tenant, ENTITY, carrier.id(), "create", Set.of("carrier_name"));
        return created;
    }

    /**
     * Creates the carriers as {@link #create} creates each, in one batch with one audit record per carrier: 409 when
     * a live carrier already has one of the names, or two of them share one (compared case-insensitively). Answers
     * their ids, in order.
     */
    @Transactional
    public List<UUID> createAll(Tenant tenant, List<CarrierRequests.Create> bodies) {
        List<Carrier> created =
                bodies.stream().map(b -> newCarrier(Ids.newId(), b)).toList();
        var names = new LinkedHashSet<String>();
        for (Carrier c : created) {
            if (!names.add(c.carrierName().toLowerCase(Locale.ROOT))) {
                throw new ApiException.Conflict("Two carriers are named '" + c.carrierName() + "'");
            }
        }
        List<String> taken = names.isEmpty() ? List.of() : carriers.findLiveNames(tenant.orgId(), names);
        if (!taken.isEmpty()) {
            throw new ApiException.Conflict("A carrier named '" + taken.get(0) + "' already exists");
        }
        carriers.insertAll(tenant.orgId(), created);
        List<UUID> ids = created.stream().map(Carrier::id).toList();
        audit.recordAll(tenant, ENTITY, ids, "create", Set.of("carrier_name"));
        return ids;
    }

    private static Carrier newCarrier(UUID id, CarrierRequests.Create body) {
        return new Carrier(
                id,
                body.carrierName().strip(),
                body.carrierGroupName(),
                body.electronicId(),
                body.electronicFilingType(),
                body.eraAutomationOverride(),
                body.cobInsurancePaidBehaviorOverride(),
                body.trustLevel() == null ? Carrier.TrustLevel.standard : body.trustLevel(),
                Boolean.TRUE.equals(body.isHidden()),
                body.addressLine1(),
                body.addressLine2(),
                body.city(),
                body.state(),
                body.zipCode(),
                body.phone(),
                body.notes(),
                Boolean.TRUE.equals(body.coinsuranceInverted()),
                1,
                null,
                null,
                null,
                null);
    }

    /**
     * Changes the fields present in {@code patch}, as PATCH does: 409 when {@code base_version} is stale or a live
     * carrier already has the new name.
     */
    @Transactional
    public Carrier update(Tenant tenant, UUID id, CarrierRequests.Update body, Patch patch) {
        Carrier current = get(tenant, id);
        if (current.version() != body.baseVersion()) {
            throw ApiException.Conflict.staleVersion(current.version());
        }
        var next = new Carrier(
                id,
                patch.applyRequired(
                        "carrier_name",
                        body.carrierName() == null ? null : body.carrierName().strip(),
                        current.carrierName()),
                patch.apply("carrier_group_name", body.carrierGroupName(), current.carrierGroupName()),
                patch.apply("electronic_id", body.electronicId(), current.electronicId()),
                patch.apply("electronic_filing_type", body.electronicFilingType(), current.electronicFilingType()),
                patch.apply("era_automation_override", body.eraAutomationOverride(), current.eraAutomationOverride()),
                patch.apply(
                        "cob_insurance_paid_behavior_override",
                        body.cobInsurancePaidBehaviorOverride(),
                        current.cobInsurancePaidBehaviorOverride()),
                patch.applyRequired("trust_level", body.trustLevel(), current.trustLevel()),
                patch.applyRequired("is_hidden", body.isHidden(), current.isHidden()),
                patch.apply("address_line1", body.addressLine1(), current.addressLine1()),
                patch.apply("address_line2", body.addressLine2(), current.addressLine2()),
                patch.apply("city", body.city(), current.city()),
                patch.apply("state", body.state(), current.state()),
                patch.apply("zip_code", body.zipCode(), current.zipCode()),
                patch.apply("phone", body.phone(), current.phone()),
                patch.apply("notes", body.notes(), current.notes()),
                patch.applyRequired("coinsurance_inverted", body.coinsuranceInverted(), current.coinsuranceInverted()),
                current.version(),
                current.createdAt(),
                current.updatedAt(),
                current.deletedAt(),
                null);
        if (patch.changed().contains("carrier_name") && current.deletedAt() == null) {
            requireFreeName(tenant, next.carrierName(), id);
        }
        Carrier updated = carriers.update(tenant.orgId(), next, body.baseVersion())
                .orElseThrow(
                        () -> ApiException.Conflict.staleVersion(get(tenant, id).version()));
        audit.record(tenant, ENTITY, id, "update", patch.changed());
        return updated;
    }

    /** Soft-deletes the carrier; archiving an archived carrier changes nothing. */
    @Transactional
    Carrier archive(Tenant tenant, UUID id) {
        Carrier current = get(tenant, id);
        if (current.deletedAt() != null) {
            return current;
        }
        carriers.archive(tenant.orgId(), List.of(id));
        audit.record(tenant, ENTITY, id, "archive", Set.of("deleted_at"));
        return get(tenant, id);
    }

    /** Moves every plan of the sources to the target and archives the sources, all or nothing. */
    @Transactional
    Combined combine(Tenant tenant, CarrierRequests.Combine body) {
        var sources = new LinkedHashSet<>(body.sourceUuids());
        if (sources.contains(body.targetUuid())) {
            throw ApiException.Invalid.body("target_uuid", "must not be one of the source_uuids");
        }
        var all = new LinkedHashSet<>(sources);
        all.add(body.targetUuid());
        var found = carriers.findLiveForUpdate(tenant.orgId(), all).stream()
                .map(Carrier::id)
                .toList();
        if (found.size() != all.size()) {
            throw new ApiException.NotFound("Carrier");
        }
        int moved = references.stream()
                .mapToInt(r -> r.moveToCarrier(tenant, sources, body.targetUuid()))
                .sum();
        carriers.archive(tenant.orgId(), sources);
        audit.recordAll(tenant, ENTITY, sources, "archive", Set.of("deleted_at"));
        audit.record(tenant, ENTITY, body.targetUuid(), "combine", Set.of("plans"));
        return new Combined(get(tenant, body.targetUuid()), moved);
    }

    private void requireFreeName(Tenant tenant, String name, UUID id) {
        if (carriers.liveNameTaken(tenant.orgId(), name, id)) {
            throw new ApiException.Conflict("A carrier named '" + name + "' already exists");
        }
    }
}
