package io.bitewing.practice.patient;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The practice's patients. Audit entries name changed fields only: patient data never reaches the log. */
@Service
@Transactional(readOnly = true)
public class PatientService {

    /**
     * A search by parts of the name (each matched anywhere, any case), birthdate and change time; null means any.
     * Archived patients are found only when asked for.
     */
    public record Search(
            String lastName, String firstName, LocalDate birthdate, Instant changedSince, boolean includeArchived) {}

    private static final String ENTITY = "patient";

    private final PatientRepository patients;
    private final AuditLog audit;

    PatientService(PatientRepository patients, AuditLog audit) {
        this.patients = patients;
        this.audit = audit;
    }

    /** A patient by id, archived ones included; 404 when unknown in this organisation. */
    @SingleStatementRead
    public Patient get(Tenant tenant, UUID id) {
        return patients.find(tenant.orgId(), id).orElseThrow(() -> new ApiException.NotFound("Patient"));
    }

    /** A patient by id, archived ones included; empty when unknown in this organisation. */
    public Optional<Patient> find(Tenant tenant, UUID id) {
        return patients.find(tenant.orgId(), id);
    }

    /** The patient's id and "Last, First" name, archived ones included; 404 when unknown in this organisation. */
    public PatientRef ref(Tenant tenant, UUID id) {
        return PatientRef.of(get(tenant, id));
    }

    /** References for many patients in one query; ids unknown in this organisation are absent from the map. */
    /** These patients, archived ones included, in one query; ids unknown here are absent. */
    public Map<UUID, Patient> findAll(Tenant tenant, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return patients.findAll(tenant.orgId(), ids).stream()
                .collect(Collectors.toMap(Patient::id, Function.identity()));
    }

    public Map<UUID, PatientRef> refs(Tenant tenant, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return patients.findAll(tenant.orgId(), ids).stream()
                .map(PatientRef::of)
                .collect(Collectors.toMap(PatientRef::id, Function.identity()));
    }

    Page<Patient> list(Tenant tenant, String search, Sort sort, PageRequest page) {
        return patients.findAll(tenant.orgId(), PersonName.searchPattern(search), sort, page);
    }

    /** Patients matching {@code search} in number order (od_num), as the Open Dental dialect pages them. */
    public List<Patient> searchByNumber(Tenant tenant, Search search, int offset, int limit) {
        return patients.search(tenant.orgId(), search, offset, limit);
    }

    @Transactional
    public Patient create(Tenant tenant, PatientRequests.Create body) {
        UUID id = Ids.newId();
        var patient = new Patient(
                id,
                body.firstName().strip(),
                body.lastName().strip(),
                strip(body.middleName()),
                body.birthdate(),
                body.gender(),
                body.addressLine1(),
                body.addressLine2(),
                body.city(),
                body.state(),
                body.zipCode(),
                body.phone(),
                body.email(),
                1,
                null,
                null,
                null,
                null);
        Patient created = patients.insert(tenant.orgId(), patient);
        audit.record(tenant, ENTITY, id, "create", List.of("first_name", "last_name"));
        return created;
    }

    @Transactional
    Patient update(Tenant tenant, UUID id, PatientRequests.Update body, Patch patch) {
        Patient current = get(tenant, id);
        if (current.version() != body.baseVersion()) {
            throw ApiException.Conflict.staleVersion(current.version());
        }
        var next = new Patient(
                id,
                patch.applyRequired("first_name", strip(body.firstName()), current.firstName()),
                patch.applyRequired("last_name", strip(body.lastName()), current.lastName()),
                patch.apply("middle_name", strip(body.middleName()), current.middleName()),
                patch.apply("birthdate", body.birthdate(), current.birthdate()),
                patch.apply("gender", body.gender(), current.gender()),
                patch.apply("address_line1", body.addressLine1(), current.addressLine1()),
                patch.apply("address_line2", body.addressLine2(), current.addressLine2()),
                patch.apply("city", body.city(), current.city()),
                patch.apply("state", body.state(), current.state()),
                patch.apply("zip_code", body.zipCode(), current.zipCode()),
                patch.apply("phone", body.phone(), current.phone()),
                patch.apply("email", body.email(), current.email()),
                current.version(),
                current.createdAt(),
                current.updatedAt(),
                current.deletedAt(),
                null);
        Patient updated = patients.update(tenant.orgId(), next, body.baseVersion())
                .orElseThrow(
                        () -> ApiException.Conflict.staleVersion(get(tenant, id).version()));
        audit.record(tenant, ENTITY, id, "update", patch.changed());
        return updated;
    }

    /** Soft-deletes the patient; archiving an archived patient changes nothing. */
    @Transactional
    Patient archive(Tenant tenant, UUID id) {
        var archived = patients.archive(tenant.orgId(), id);
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
