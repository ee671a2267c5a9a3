package io.bitewing.feeschedule;

import io.bitewing.practice.procedurecode.ProcedureCodeBrief;
import io.bitewing.shared.db.Like;
import io.bitewing.shared.db.Paged;
import io.bitewing.shared.db.Rows;
import io.bitewing.shared.money.Money;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Ref;
import io.bitewing.shared.web.Sort;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FeeRepository {

    /** A fee without a date applies from the beginning; the column stores that as this date so slots stay unique. */
    static final LocalDate ALWAYS = LocalDate.of(1900, 1, 1);

    /** A fee with its references' names: a read model over the practice tables. */
    private static final String SELECT = """
            select f.id, f.fee_schedule_id, s.name as schedule_name, f.procedure_code_id, pc.code, pc.description,
                   f.clinic_id, l.name as clinic_name, f.provider_id, pr.last_name || ', ' || pr.first_name as provider_name,
                   f.date_effective, f.amount, f.patient_amount, f.version, f.created_at, f.updated_at
            from fee f
            join fee_schedule s on s.org_id = f.org_id and s.id = f.fee_schedule_id
            join procedure_code pc on pc.org_id = f.org_id and pc.id = f.procedure_code_id
            left join location l on l.org_id = f.org_id and l.id = f.clinic_id
            left join provider pr on pr.org_id = f.org_id and pr.id = f.provider_id
            """;

    private static final RowMapper<Fee> FEE = (rs, n) -> {
        UUID clinic = Rows.uuid(rs, "clinic_id");
        UUID provider = Rows.uuid(rs, "provider_id");
        LocalDate effective = Rows.date(rs, "date_effective");
        return new Fee(
                Rows.uuid(rs, "id"),
                new Ref(Rows.uuid(rs, "fee_schedule_id"), rs.getString("schedule_name")),
                new ProcedureCodeBrief(
                        Rows.uuid(rs, "procedure_code_id"), rs.getString("code"), rs.getString("description")),
                clinic == null ? null : new Ref(clinic, rs.getString("clinic_name")),
                provider == null ? null : new Ref(provider, rs.getString("provider_name")),
                ALWAYS.equals(effective) ? null : effective,
                rs.getBigDecimal("amount"),
                rs.getBigDecimal("patient_amount"),
                rs.getInt("version"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"));
    };

    private static final RowMapper<AvailableCode> AVAILABLE = (rs, n) -> new AvailableCode(
            Rows.uuid(rs, "id"), rs.getString("code"), rs.getString("description"), rs.getString("category"));

    private final JdbcClient jdbc;

    FeeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Fee> find(UUID org, UUID scheduleId, UUID id) {
        return jdbc.sql(SELECT + " where f.org_id = :org and f.fee_schedule_id = :schedule and f.id = :id")
                .param("org", org)
                .param("schedule", scheduleId)
                .param("id", id)
                .query(FEE)
                .optional();
    }

    Page<Fee> findAll(UUID org, UUID scheduleId, FeeFilter filter, Sort sort, PageRequest page) {
        return Paged.query(
                () -> jdbc.sql(SELECT.replace("from fee f", ", count(*) over () as total from fee f") + """
                 where f.org_id = :org and f.fee_schedule_id = :schedule
                   and (cast(:search as text) is null or (pc.code || ' ' || pc.description) ilike :search)
                   and (cast(:category as text) is null or lower(pc.category) = lower(:category))
                   and (cast(:feeMin as numeric) is null or f.amount >= :feeMin)
                   and (cast(:feeMax as numeric) is null or f.amount <= :feeMax)
                """
                                + " order by " + sort.orderBy("f.id") + " limit :limit offset :offset")
                        .param("org", org)
                        .param("schedule", scheduleId)
                        .param("search", Like.contains(filter.search()))
                        .param("category", blankToNull(filter.category()))
                        .param("feeMin", filter.feeMin())
                        .param("feeMax", filter.feeMax()),
                page,
                FEE);
    }

    /**
     * The fee for a code as of a date in one query: candidates apply to this clinic or none and this provider or
     * none, from a date not after {@code asOf}; clinic-specific before provider-specific before plain, latest first.
     */
    Optional<Fee> resolve(UUID org, UUID scheduleId, UUID codeId, UUID clinicId, UUID providerId, LocalDate asOf) {
        return jdbc.sql(SELECT + """
                 where f.org_id = :org and f.fee_schedule_id = :schedule and f.procedure_code_id = :code
                   and f.date_effective <= :asOf
                   and (f.clinic_id is null or f.clinic_id = cast(:clinic as uuid))
                   and (f.provider_id is null or f.provider_id = cast(:provider as uuid))
                 order by (f.clinic_id is not null) desc, (f.provider_id is not null) desc, f.date_effective desc
                 limit 1
                """)
                .param("org", org)
                .param("schedule", scheduleId)
                .param("code", codeId)
                .param("clinic", clinicId)
                .param("provider", providerId)
                .param("asOf", asOf)
                .query(FEE)
                .optional();
    }

    /** {@link #resolve} for many schedules and codes at once: one row per schedule and code that has a fee. */
    List<FeeScheduleService.ResolvedFee> resolveAll(
            UUID org,
            java.util.Collection<UUID> scheduleIds,
            java.util.Collection<UUID> codeIds,
            UUID clinicId,
            UUID providerId,
            LocalDate asOf) {
        return jdbc.sql("""
                select distinct on (f.fee_schedule_id, f.procedure_code_id)
                       f.fee_schedule_id, f.procedure_code_id, f.amount, f.patient_amount
                  from fee f
                 where f.org_id = :org and f.fee_schedule_id = any(:schedules) and f.procedure_code_id = any(:codes)
                   and f.date_effective <= :asOf
                   and (f.clinic_id is null or f.clinic_id = cast(:clinic as uuid))
                   and (f.provider_id is null or f.provider_id = cast(:provider as uuid))
                 order by f.fee_schedule_id, f.procedure_code_id, (f.clinic_id is not null) desc,
                          (f.provider_id is not null) desc, f.date_effective desc
                """)
                .param("org", org)
                .param("schedules", scheduleIds.toArray(UUID[]::new))
                .param("codes", codeIds.toArray(UUID[]::new))
                .param("clinic", clinicId)
                .param("provider", providerId)
                .param("asOf", asOf)
                .query((rs, n) -> new FeeScheduleService.ResolvedFee(
                        Rows.uuid(rs, "fee_schedule_id"),
                        Rows.uuid(rs, "procedure_code_id"),
                        rs.getBigDecimal("amount"),
                        rs.getBigDecimal("patient_amount")))
                .list();
    }

    /** Inserts the fee unless its slot (code, clinic, provider, date) is taken; false when taken. */
    boolean insert(UUID org, UUID scheduleId, UUID id, FeeRequests.Create c) {
        var p = slotParams(
                org, scheduleId, id, c.procedureCodeUuid(), c.clinicUuid(), c.providerUuid(), c.dateEffective());
        p.put("amount", Money.of(c.amount()));
        p.put("patientAmount", Money.of(c.patientAmount()));
        return jdbc.sql("""
                insert into fee (org_id, id, fee_schedule_id, procedure_code_id, clinic_id, provider_id, date_effective,
                                 amount, patient_amount)
                values (:org, :id, :schedule, :code, :clinic, :provider, :dateEffective, :amount, :patientAmount)
                on conflict do nothing
                """).params(p).update() == 1;
    }

    /** Whether another fee of the schedule holds the slot. */
    boolean slotTaken(
            UUID org, UUID scheduleId, UUID exceptId, UUID codeId, UUID clinicId, UUID providerId, LocalDate date) {
        return jdbc.sql("""
                select exists (select 1 from fee
                               where org_id = :org and fee_schedule_id = :schedule and procedure_code_id = :code
                                 and clinic_id is not distinct from cast(:clinic as uuid)
                                 and provider_id is not distinct from cast(:provider as uuid)
                                 and date_effective = :dateEffective and id <> :id)
                """)
                .params(slotParams(org, scheduleId, exceptId, codeId, clinicId, providerId, date))
                .query(Boolean.class)
                .single();
    }

    /** Writes every mutable column; false when {@code baseVersion} is no longer current. */
    boolean update(UUID org, UUID scheduleId, UUID id, FeeRequests.Create f, int baseVersion) {
        var p = slotParams(
                org, scheduleId, id, f.procedureCodeUuid(), f.clinicUuid(), f.providerUuid(), f.dateEffective());
        p.put("amount", Money.of(f.amount()));
        p.put("patientAmount", Money.of(f.patientAmount()));
        p.put("baseVersion", baseVersion);
        return jdbc.sql("""
                update fee set clinic_id = :clinic, provider_id = :provider, date_effective = :dateEffective,
                    amount = :amount, patient_amount = :patientAmount, version = version + 1, updated_at = now()
                where org_id = :org and fee_schedule_id = :schedule and id = :id and version = :baseVersion
                """).params(p).update() == 1;
    }

    boolean delete(UUID org, UUID scheduleId, UUID id) {
        return jdbc.sql("delete from fee where org_id = :org and fee_schedule_id = :schedule and id = :id")
                        .param("org", org)
                        .param("schedule", scheduleId)
                        .param("id", id)
                        .update()
                == 1;
    }

    /**
     * One set-based insert of many fees, passed as parallel arrays and unnested in the database; rows whose slot
     * is taken are skipped, so fewer rows inserted than sent means a conflict.
     */
    int insertAll(UUID org, UUID scheduleId, FeeColumns rows) {
        return jdbc.sql(INSERT_ROWS + "on conflict do nothing")
                .params(rows.params(org, scheduleId))
                .update();
    }

    /** The rows of a {@link FeeColumns} as one set-based insert; a conflict clause follows. */
    private static final String INSERT_ROWS = """
            insert into fee (org_id, id, fee_schedule_id, procedure_code_id, clinic_id, provider_id, date_effective,
                         amount, patient_amount)
            select :org, u.id, :schedule, u.code, u.clinic, u.provider, u.date_effective, u.amount, u.patient_amount
            from unnest(cast(:ids as uuid[]), cast(:codes as uuid[]), cast(:clinics as uuid[]),
                        cast(:providers as uuid[]), cast(:dates as date[]), cast(:amounts as numeric[]),
                        cast(:patientAmounts as numeric[]))
                 as u(id, code, clinic, provider, date_effective, amount, patient_amount)
            """;

    record Upserted(int created, int updated) {}

    /**
     * Inserts the rows, or sets the amount of the fee already in a row's slot when it differs (its version moves on);
     * a row whose slot holds the same amount writes nothing. {@code xmax = 0} tells an inserted row from an updated one.
     */
    Upserted upsertAll(UUID org, UUID scheduleId, FeeColumns rows) {
        List<Boolean> inserted = jdbc.sql(INSERT_ROWS + """
                on conflict (org_id, fee_schedule_id, procedure_code_id, clinic_id, provider_id, date_effective)
                do update set amount = excluded.amount, version = fee.version + 1, updated_at = now()
                   where fee.amount <> excluded.amount
                returning xmax = 0 as inserted
                """)
                .params(rows.params(org, scheduleId))
                .query(Boolean.class)
                .list();
        int created = (int) inserted.stream().filter(Boolean::booleanValue).count();
        return new Upserted(created, inserted.size() - created);
    }

    /**
     * Refreshes the planner's statistics of {@code fee}. Right after a load of tens of thousands of rows they still
     * describe the table before it, and the planner picks nested loops that make the next read of the schedule take
     * seconds (measured: an export of 100,000 fees 9.8 s before, 0.25 s after).
     */
    void analyze() {
        jdbc.sql("analyze fee").update();
    }

    /** Every fee of the schedule for export, by code, then clinic, provider and date (blank clinic first). */
    List<FeeCsv.Line> exportLines(UUID org, UUID scheduleId) {
        return jdbc.sql("""
                select pc.code, f.amount, f.clinic_id, f.provider_id, f.date_effective
                from fee f
                join procedure_code pc on pc.org_id = f.org_id and pc.id = f.procedure_code_id
                where f.org_id = :org and f.fee_schedule_id = :schedule
                order by pc.code, f.clinic_id nulls first, f.provider_id nulls first, f.date_effective
                """)
                .param("org", org)
                .param("schedule", scheduleId)
                .query((rs, n) -> new FeeCsv.Line(
                        rs.getString("code"),
                        rs.getBigDecimal("amount"),
                        Rows.uuid(rs, "clinic_id"),
                        Rows.uuid(rs, "provider_id"),
                        Rows.date(rs, "date_effective")))
                .list();
    }

    /** The first row (0-based) among {@code rows} whose slot another fee already holds; empty when none. */
    Optional<Integer> firstTakenSlot(UUID org, UUID scheduleId, FeeColumns rows) {
        return jdbc.sql("""
                select min(u.i) - 1
                from unnest(cast(:ids as uuid[]), cast(:codes as uuid[]), cast(:clinics as uuid[]),
                            cast(:providers as uuid[]), cast(:dates as date[])) with ordinality
                     as u(id, code, clinic, provider, date_effective, i)
                join fee f on f.org_id = :org and f.fee_schedule_id = :schedule and f.procedure_code_id = u.code
                          and f.clinic_id is not distinct from u.clinic and f.provider_id is not distinct from u.provider
                          and f.date_effective = u.date_effective and f.id <> u.id
                """)
                .params(rows.params(org, scheduleId))
                .query(Integer.class)
                .optional();
    }

    /** Versions of the schedule's fees among {@code ids}, locked for the bulk update. */
    Map<UUID, Integer> lockVersions(UUID org, UUID scheduleId, List<UUID> ids) {
        var versions = new HashMap<UUID, Integer>();
        jdbc.sql("""
                select id, version from fee
                where org_id = :org and fee_schedule_id = :schedule and id = any(:ids)
                order by id for update
                """)
                .param("org", org)
                .param("schedule", scheduleId)
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, n) -> versions.put(Rows.uuid(rs, "id"), rs.getInt("version")))
                .list();
        return versions;
    }

    /** Sets many amounts in one statement. */
    int updateAmounts(UUID org, UUID scheduleId, UUID[] ids, String[] amounts) {
        return jdbc.sql("""
                update fee f set amount = u.amount, version = f.version + 1, updated_at = now()
                from unnest(cast(:ids as uuid[]), cast(:amounts as numeric[])) as u(id, amount)
                where f.org_id = :org and f.fee_schedule_id = :schedule and f.id = u.id
                """)
                .param("org", org)
                .param("schedule", scheduleId)
                .param("ids", ids)
                .param("amounts", amounts)
                .update();
    }

    /** Live, visible procedure codes without any fee in the schedule. */
    Page<AvailableCode> availableCodes(UUID org, UUID scheduleId, String search, String category, PageRequest page) {
        return Paged.query(
                () -> jdbc.sql("""
                select pc.id, pc.code, pc.description, pc.category, count(*) over () as total
                from procedure_code pc
                where pc.org_id = :org and pc.deleted_at is null and not pc.is_hidden
                  and not exists (select 1 from fee f
                                  where f.org_id = pc.org_id and f.fee_schedule_id = :schedule and f.procedure_code_id = pc.id)
                  and (cast(:search as text) is null or (pc.code || ' ' || pc.description) ilike :search)
                  and (cast(:category as text) is null or lower(pc.category) = lower(:category))
                order by pc.code, pc.id limit :limit offset :offset
                """)
                        .param("org", org)
                        .param("schedule", scheduleId)
                        .param("search", Like.contains(search))
                        .param("category", blankToNull(category)),
                page,
                AVAILABLE);
    }

    /**
     * One row per code with a fee in any of the schedules, each schedule's plain fee in force today (null when it
     * has none), in the order of {@code scheduleIds}; one query per page.
     */
    Page<FeeComparison.Row> compare(UUID org, List<UUID> scheduleIds, PageRequest page) {
        return Paged.query(
                () -> jdbc.sql("""
                with current_fee as (
                  select distinct on (f.fee_schedule_id, f.procedure_code_id) f.fee_schedule_id, f.procedure_code_id, f.amount
                  from fee f
                  where f.org_id = :org and f.fee_schedule_id = any(:schedules) and f.clinic_id is null
                    and f.provider_id is null and f.date_effective <= current_date
                  order by f.fee_schedule_id, f.procedure_code_id, f.date_effective desc
                ), codes as (
                  select distinct f.procedure_code_id from fee f where f.org_id = :org and f.fee_schedule_id = any(:schedules)
                )
                select pc.id, pc.code, pc.description, pc.category, count(*) over () as total,
                       array(select c.amount from unnest(cast(:schedules as uuid[])) with ordinality as s(id, i)
                             left join current_fee c on c.fee_schedule_id = s.id and c.procedure_code_id = pc.id
                             order by s.i) as amounts
                from codes
                join procedure_code pc on pc.org_id = :org and pc.id = codes.procedure_code_id
                order by pc.code, pc.id limit :limit offset :offset
                """).param("org", org).param("schedules", scheduleIds.toArray(UUID[]::new)),
                page,
                (rs, n) -> {
                    var amounts = (BigDecimal[]) rs.getArray("amounts").getArray();
                    var fees = new java.util.LinkedHashMap<UUID, String>();
                    for (int i = 0; i < scheduleIds.size(); i++) {
                        fees.put(
                                scheduleIds.get(i),
                                amounts[i] == null ? null : Money.of(amounts[i]).toPlainString());
                    }
                    return new FeeComparison.Row(
                            new ProcedureCodeBrief(
                                    Rows.uuid(rs, "id"), rs.getString("code"), rs.getString("description")),
                            rs.getString("category"),
                            fees);
                });
    }

    private static Map<String, Object> slotParams(
            UUID org, UUID scheduleId, UUID id, UUID codeId, UUID clinicId, UUID providerId, LocalDate date) {
        var p = new HashMap<String, Object>();
        p.put("org", org);
        p.put("schedule", scheduleId);
        p.put("id", id);
        p.put("code", codeId);
        p.put("clinic", clinicId);
        p.put("provider", providerId);
        p.put("dateEffective", date == null ? ALWAYS : date);
        return p;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
