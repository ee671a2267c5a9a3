package io.bitewing.feeschedule;

import io.bitewing.practice.location.LocationService;
import io.bitewing.practice.procedurecode.ProcedureCode;
import io.bitewing.practice.procedurecode.ProcedureCodeService;
import io.bitewing.practice.provider.ProviderService;
import io.bitewing.shared.Ids;
import io.bitewing.shared.audit.AuditLog;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.FieldProblem;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Patch;
import io.bitewing.shared.web.Sort;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The fees of a schedule: one amount per code, clinic, provider and effective date. */
@Service
@Transactional(readOnly = true)
public class FeeService {

    public record BulkCreated(int created) {}

    record BulkUpdated(int updated) {}

    record Imported(
            @Schema(description = "Fees added: their code, clinic, provider and date_effective had no fee.")
            int created,

            @Schema(description = "Fees whose amount changed (their version moved on).")
            int updated,

            @Schema(description = "Rows whose fee already had this amount; nothing written.")
            int unchanged) {}

    /** A load adding at least this many fees refreshes the table's statistics before it commits. */
    private static final int ANALYZE_AFTER = 10_000;

    /** Rows per statement of a bulk insert: large enough to amortise round trips, small enough for the planner. */
    private static final int BATCH = 20_000;

    private final FeeRepository fees;
    private final FeeScheduleService schedules;
    private final ProcedureCodeService codes;
    private final LocationService locations;
    private final ProviderService providers;
    private final AuditLog audit;

    FeeService(
            FeeRepository fees,
            FeeScheduleService schedules,
            ProcedureCodeService codes,
            LocationService locations,
            ProviderService providers,
            AuditLog audit) {
        this.fees = fees;
        this.schedules = schedules;
        this.codes = codes;
        this.locations = locations;
        this.providers = providers;
        this.audit = audit;
    }

    Page<Fee> list(Tenant tenant, UUID scheduleId, FeeFilter filter, Sort sort, PageRequest page) {
        if (filter.feeMin() != null
                && filter.feeMax() != null
                && filter.feeMin().compareTo(filter.feeMax()) > 0) {
            throw ApiException.Invalid.query("fee_max", "must be greater than or equal to fee_min");
        }
        var order = sort;
        schedules.get(tenant, scheduleId);
        return fees.findAll(tenant.orgId(), scheduleId, filter, order, page);
    }

    Fee get(Tenant tenant, UUID scheduleId, UUID id) {
        return fees.find(tenant.orgId(), scheduleId, id).orElseThrow(() -> new ApiException.NotFound("Fee"));
    }

    /** Adds one fee; 404 for an unknown schedule, code, clinic or provider; 409 when its slot already has a fee. */
    @Transactional
    Fee create(Tenant tenant, UUID scheduleId, FeeRequests.Create body) {
        schedules.get(tenant, scheduleId);
        requireReferences(tenant, List.of(body), i -> "");
        UUID id = Ids.newId();
        if (!fees.insert(tenant.orgId(), scheduleId, id, body)) {
            throw duplicate("");
        }
        audit.record(tenant, FeeScheduleService.ENTITY, scheduleId, "fee_create", Set.of("fees"));
        return get(tenant, scheduleId, id);
    }

    @Transactional
    Fee update(Tenant tenant, UUID scheduleId, UUID id, FeeRequests.Update body, Patch patch) {
        Fee current = get(tenant, scheduleId, id);
        if (current.version() != body.baseVersion()) {
            throw ApiException.Conflict.staleVersion(current.version());
        }
        var next = new FeeRequests.Create(
                patch.applyRequired("amount", body.amount(), current.amount()),
                patch.apply(
                        "clinic_uuid",
                        body.clinicUuid(),
                        current.clinic() == null ? null : current.clinic().id()),
                patch.apply("date_effective", body.dateEffective(), current.dateEffective()),
                patch.apply("patient_amount", body.patientAmount(), current.patientAmount()),
                current.procedureCode().id(),
                patch.apply(
                        "provider_uuid",
                        body.providerUuid(),
                        current.provider() == null ? null : current.provider().id()));
        if (Stream.of("clinic_uuid", "provider_uuid", "date_effective").anyMatch(patch.changed()::contains)) {
            requireReferences(tenant, List.of(next), i -> "");
            if (fees.slotTaken(
                    tenant.orgId(),
                    scheduleId,
                    id,
                    next.procedureCodeUuid(),
                    next.clinicUuid(),
                    next.providerUuid(),
                    next.dateEffective())) {
                throw duplicate("");
            }
        }
        if (!fees.update(tenant.orgId(), scheduleId, id, next, body.baseVersion())) {
            throw ApiException.Conflict.staleVersion(get(tenant, scheduleId, id).version());
        }
        audit.record(tenant, FeeScheduleService.ENTITY, scheduleId, "fee_update", patch.changed());
        return get(tenant, scheduleId, id);
    }

    /** Removes the fee for good. */
    @Transactional
    void delete(Tenant tenant, UUID scheduleId, UUID id) {
        if (!fees.delete(tenant.orgId(), scheduleId, id)) {
            throw new ApiException.NotFound("Fee");
        }
        audit.record(tenant, FeeScheduleService.ENTITY, scheduleId, "fee_delete", Set.of("fees"));
    }

    /**
     * Adds up to {@link FeeRequests#MAX_BULK} fees, all or nothing: references are checked in a few queries, the
     * rows go in as set-based inserts of {@link #BATCH} rows, and any failure names the offending row.
     */
    @Transactional
    public BulkCreated bulkCreate(Tenant tenant, UUID scheduleId, FeeRequests.BulkCreate body) {
        schedules.get(tenant, scheduleId);
        List<FeeRequests.Create> rows =
                byCodeId(tenant, body.fees(), i -> List.of("body", "fees", i), "procedure_code");
        requireReferences(tenant, rows, i -> " in fees[" + i + "]");
        requireDistinctSlots(rows);
        List<UUID> ids = Stream.generate(Ids::newId).limit(rows.size()).toList();
        int created = 0;
        for (int from = 0; from < rows.size(); from += BATCH) {
            int to = Math.min(rows.size(), from + BATCH);
            var batch = FeeColumns.of(ids.subList(from, to), rows.subList(from, to));
            int inserted = fees.insertAll(tenant.orgId(), scheduleId, batch);
            if (inserted < to - from) {
                int row = from
                        + fees.firstTakenSlot(tenant.orgId(), scheduleId, batch).orElse(0);
                throw duplicate(" in fees[" + row + "]");
            }
            created += inserted;
        }
        if (created >= ANALYZE_AFTER) {
            fees.analyze();
        }
        audit.record(tenant, FeeScheduleService.ENTITY, scheduleId, "fees_bulk_create", Set.of("fees"));
        return new BulkCreated(created);
    }

    /**
     * Loads a CSV document ({@link FeeCsv}) into the schedule, all or nothing: a row whose slot (code, clinic,
     * provider, date_effective) has a fee sets its amount, any other adds a fee. Every faulty row is reported (a 422
     * whose locations name the row number and column) and then nothing is written.
     */
    @Transactional
    Imported importCsv(Tenant tenant, UUID scheduleId, byte[] csv) {
        schedules.get(tenant, scheduleId);
        List<FeeRequests.Create> rows = byCodeId(tenant, FeeCsv.read(csv), i -> List.of("body", i + 1), "code");
        requireCsvReferences(tenant, rows);
        List<UUID> ids = Stream.generate(Ids::newId).limit(rows.size()).toList();
        int created = 0;
        int updated = 0;
        for (int from = 0; from < rows.size(); from += BATCH) {
            int to = Math.min(rows.size(), from + BATCH);
            var upserted = fees.upsertAll(
                    tenant.orgId(), scheduleId, FeeColumns.of(ids.subList(from, to), rows.subList(from, to)));
            created += upserted.created();
            updated += upserted.updated();
        }
        if (created >= ANALYZE_AFTER) {
            fees.analyze();
        }
        if (created + updated > 0) {
            audit.record(tenant, FeeScheduleService.ENTITY, scheduleId, "fees_import", Set.of("fees"));
        }
        return new Imported(created, updated, rows.size() - created - updated);
    }

    /** The schedule's fees as CSV, in the import's columns, so an export edited in a spreadsheet imports back. */
    String exportCsv(Tenant tenant, UUID scheduleId) {
        schedules.get(tenant, scheduleId);
        return FeeCsv.write(fees.exportLines(tenant.orgId(), scheduleId));
    }

    /** 422 for each CSV row whose clinic or provider is unknown, or whose slot repeats an earlier row's. */
    private void requireCsvReferences(Tenant tenant, List<FeeRequests.Create> rows) {
        var clinics = locations.refs(tenant, distinct(rows, FeeRequests.Create::clinicUuid));
        var people = providers.refs(tenant, distinct(rows, FeeRequests.Create::providerUuid));
        var problems = new ArrayList<FieldProblem>();
        var slots = new HashMap<List<Object>, Integer>();
        for (int i = 0; i < rows.size() && problems.size() < MAX_PROBLEMS; i++) {
            var r = rows.get(i);
            if (r.clinicUuid() != null && !clinics.containsKey(r.clinicUuid())) {
                problems.add(FeeCsv.problem(i + 1, "clinic", "unknown location in this organisation"));
            }
            if (r.providerUuid() != null && !people.containsKey(r.providerUuid())) {
                problems.add(FeeCsv.problem(i + 1, "provider", "unknown provider in this organisation"));
            }
            Integer earlier = slots.putIfAbsent(slot(r), i + 1);
            if (earlier != null) {
                problems.add(FeeCsv.problem(
                        i + 1, "code", "repeats the code, clinic, provider and date_effective of row " + earlier));
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiException.Invalid(problems);
        }
    }

    private static List<Object> slot(FeeRequests.Create r) {
        var slot = new ArrayList<Object>(4);
        slot.add(r.procedureCodeUuid());
        slot.add(r.clinicUuid());
        slot.add(r.providerUuid());
        slot.add(Objects.requireNonNullElse(r.dateEffective(), FeeRepository.ALWAYS));
        return slot;
    }

    /** Sets new amounts on up to 500 fees, each checked against its base_version; the first stale row is a 409. */
    @Transactional
    BulkUpdated bulkUpdate(Tenant tenant, UUID scheduleId, FeeRequests.BulkUpdate body) {
        schedules.get(tenant, scheduleId);
        var items = body.fees();
        var seen = new HashSet<UUID>();
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(items.get(i).feeUuid())) {
                throw new ApiException.Invalid(List.of(io.bitewing.shared.web.FieldProblem.at(
                        List.of("body", "fees", i, "fee_uuid"), "appears more than once", "value_error")));
            }
        }
        var versions = fees.lockVersions(tenant.orgId(), scheduleId, List.copyOf(seen));
        for (int i = 0; i < items.size(); i++) {
            Integer version = versions.get(items.get(i).feeUuid());
            if (version == null) {
                throw new ApiException.NotFound("Fee in fees[" + i + "]");
            }
            if (version != items.get(i).baseVersion().intValue()) {
                throw new ApiException.Conflict("fees[" + i + "]: base_version is stale; reload and retry", version);
            }
        }
        int updated = fees.updateAmounts(
                tenant.orgId(),
                scheduleId,
                items.stream().map(FeeRequests.BulkUpdateItem::feeUuid).toArray(UUID[]::new),
                items.stream()
                        .map(item ->
                                io.bitewing.shared.money.Money.of(item.amount()).toPlainString())
                        .toArray(String[]::new));
        audit.record(tenant, FeeScheduleService.ENTITY, scheduleId, "fees_bulk_update", Set.of("amount"));
        return new BulkUpdated(updated);
    }

    Page<AvailableCode> availableCodes(
            Tenant tenant, UUID scheduleId, String search, String category, PageRequest page) {
        schedules.get(tenant, scheduleId);
        return fees.availableCodes(tenant.orgId(), scheduleId, search, category, page);
    }

    /** The resolve endpoint: 404 for an unknown schedule or code, then {@link FeeScheduleService#resolveFee}. */
    Optional<Fee> resolve(Tenant tenant, UUID scheduleId, FeeRequests.Resolve body) {
        schedules.get(tenant, scheduleId);
        if (codes.findByIds(tenant, List.of(body.procedureCodeUuid())).isEmpty()) {
            throw new ApiException.NotFound("Procedure code");
        }
        // An unknown clinic or provider would silently resolve the plain fee: refuse it instead.
        var problems = new ArrayList<FieldProblem>();
        if (body.clinicUuid() != null
                && locations.refs(tenant, List.of(body.clinicUuid())).isEmpty()) {
            problems.add(FieldProblem.body("clinic_uuid", "unknown location in this organisation", "value_error"));
        }
        if (body.providerUuid() != null
                && providers.refs(tenant, List.of(body.providerUuid())).isEmpty()) {
            problems.add(FieldProblem.body("provider_uuid", "unknown provider in this organisation", "value_error"));
        }
        if (!problems.isEmpty()) {
            throw new ApiException.Invalid(problems);
        }
        return schedules.resolveFee(
                tenant, scheduleId, body.procedureCodeUuid(), body.clinicUuid(), body.providerUuid(), body.asOfDate());
    }

    FeeComparison compare(Tenant tenant, FeeScheduleRequests.Compare body, PageRequest page) {
        List<UUID> ids = body.scheduleUuids().stream().distinct().toList();
        if (ids.size() != body.scheduleUuids().size()) {
            throw ApiException.Invalid.body("schedule_uuids", "must not repeat a schedule");
        }
        var found = new HashMap<UUID, FeeSchedule>();
        schedules.findAll(tenant, ids).forEach(s -> found.put(s.id(), s));
        var described = new LinkedHashMap<UUID, FeeComparison.Schedule>();
        for (UUID id : ids) {
            FeeSchedule s = Optional.ofNullable(found.get(id)).orElseThrow(FeeScheduleService::notFound);
            described.put(id, new FeeComparison.Schedule(s.id(), s.name(), s.feeSchedType(), s.purpose()));
        }
        var rows = fees.compare(tenant.orgId(), ids, page);
        return new FeeComparison(described, rows.items(), rows.page(), rows.pageSize(), rows.total());
    }

    /** Most problems one answer lists: a wrong column in 100,000 rows should not make a 10 MB error. */
    static final int MAX_PROBLEMS = 100;

    /**
     * The rows with procedure_code_uuid filled in from procedure_code (one query for all of them). Exactly one of the
     * two is required per row; a code unknown (or archived) in this organisation is a 422 at the row's
     * procedure_code. Every faulty row is listed, up to {@link #MAX_PROBLEMS}; {@code row} gives a row's location.
     */
    List<FeeRequests.Create> byCodeId(
            Tenant tenant, List<FeeRequests.BulkItem> rows, Function<Integer, List<Object>> row, String codeField) {
        var wanted = new HashSet<String>();
        rows.forEach(r -> {
            if (r.procedureCode() != null) {
                wanted.add(r.procedureCode().strip());
            }
        });
        Map<String, ProcedureCode> known = codes.findByCodes(tenant, wanted);
        var problems = new ArrayList<FieldProblem>();
        var resolved = new ArrayList<FeeRequests.Create>(rows.size());
        for (int i = 0; i < rows.size() && problems.size() < MAX_PROBLEMS; i++) {
            var r = rows.get(i);
            if (r.procedureCode() != null && r.procedureCodeUuid() != null) {
                problems.add(
                        at(row.apply(i), "procedure_code", "give procedure_code_uuid or procedure_code, not both"));
            } else if (r.procedureCode() == null && r.procedureCodeUuid() == null) {
                problems.add(FieldProblem.at(
                        with(row.apply(i), "procedure_code_uuid"),
                        "Field required: procedure_code_uuid or procedure_code",
                        "missing"));
            } else if (r.procedureCode() != null) {
                ProcedureCode code = known.get(
                        ProcedureCodeService.normalise(r.procedureCode().strip()));
                if (code == null) {
                    problems.add(at(row.apply(i), codeField, "unknown procedure code in this organisation"));
                } else {
                    resolved.add(r.withCode(code.id()));
                }
            } else {
                resolved.add(r.withCode(r.procedureCodeUuid()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiException.Invalid(problems);
        }
        return resolved;
    }

    private static FieldProblem at(List<Object> row, String field, String msg) {
        return FieldProblem.at(with(row, field), msg, "value_error");
    }

    private static List<Object> with(List<Object> row, String field) {
        var loc = new ArrayList<Object>(row);
        loc.add(field);
        return loc;
    }

    /** 404 naming the first row whose code (live), clinic or provider is unknown in this organisation. */
    private void requireReferences(Tenant tenant, List<FeeRequests.Create> rows, Function<Integer, String> where) {
        var known = codes.findByIds(tenant, distinct(rows, FeeRequests.Create::procedureCodeUuid));
        var clinics = locations.refs(tenant, distinct(rows, FeeRequests.Create::clinicUuid));
        var people = providers.refs(tenant, distinct(rows, FeeRequests.Create::providerUuid));
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            ProcedureCode code = known.get(row.procedureCodeUuid());
            if (code == null || code.deletedAt() != null) {
                throw new ApiException.NotFound("Procedure code" + where.apply(i));
            }
            if (row.clinicUuid() != null && !clinics.containsKey(row.clinicUuid())) {
                throw new ApiException.NotFound("Clinic" + where.apply(i));
            }
            if (row.providerUuid() != null && !people.containsKey(row.providerUuid())) {
                throw new ApiException.NotFound("Provider" + where.apply(i));
            }
        }
    }

    private static void requireDistinctSlots(List<FeeRequests.Create> rows) {
        var slots = new HashMap<List<Object>, Integer>();
        for (int i = 0; i < rows.size(); i++) {
            Integer earlier = slots.putIfAbsent(slot(rows.get(i)), i);
            if (earlier != null) {
                throw new ApiException.Conflict("fees[" + i
                        + "] has the same code, clinic, provider and date_effective as fees[" + earlier + "]");
            }
        }
    }

    private static Set<UUID> distinct(List<FeeRequests.Create> rows, Function<FeeRequests.Create, UUID> column) {
        var ids = new HashSet<UUID>();
        for (var row : rows) {
            UUID id = column.apply(row);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static ApiException.Conflict duplicate(String where) {
        return new ApiException.Conflict(
                "A fee for this code, clinic, provider and date_effective already exists" + where);
    }
}
