package io.bitewing.estimatebook;

import io.bitewing.estimatebook.EstimateBook.RuleType;
import io.bitewing.estimatebook.EstimateBook.ScopeType;
import io.bitewing.estimatebook.EstimateBook.Status;
import io.bitewing.shared.db.Like;
import io.bitewing.shared.db.Paged;
import io.bitewing.shared.db.Rows;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Ref;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EstimateBookRepository {

    private static final String SELECT = """
            select b.id, b.name, b.rule_type, b.scope_type, b.carrier_id, c.carrier_name, b.plan_id, p.group_name,
                   b.allowed_fee_schedule_id, s.name as schedule_name, b.claim_match_method, b.exclude_over_ucr,
                   b.status, b.version, b.created_at, b.updated_at, b.deleted_at
            """;

    private static final String FROM = """
            from estimate_book b
            left join carrier c on c.org_id = b.org_id and c.id = b.carrier_id
            left join insurance_plan p on p.org_id = b.org_id and p.id = b.plan_id
            left join fee_schedule s on s.org_id = b.org_id and s.id = b.allowed_fee_schedule_id
            """;

    private static final RowMapper<EstimateBook> BOOK = (rs, n) -> new EstimateBook(
            Rows.uuid(rs, "id"),
            rs.getString("name"),
            Rows.enumeration(rs, "rule_type", RuleType.class),
            Rows.enumeration(rs, "scope_type", ScopeType.class),
            ref(Rows.uuid(rs, "carrier_id"), rs.getString("carrier_name")),
            ref(Rows.uuid(rs, "plan_id"), rs.getString("group_name")),
            ref(Rows.uuid(rs, "allowed_fee_schedule_id"), rs.getString("schedule_name")),
            rs.getString("claim_match_method"),
            rs.getBoolean("exclude_over_ucr"),
            Rows.enumeration(rs, "status", Status.class),
            rs.getInt("version"),
            Rows.instant(rs, "created_at"),
            Rows.instant(rs, "updated_at"),
            Rows.instant(rs, "deleted_at"));

    private final JdbcClient jdbc;

    EstimateBookRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<EstimateBook> find(UUID org, UUID id) {
        return jdbc.sql(SELECT + FROM + " where b.org_id = :org and b.id = :id")
                .param("org", org)
                .param("id", id)
                .query(BOOK)
                .optional();
    }

    /** Books by name; without a status filter the live ones (active and draft), archived ones with {@code status=archived}. */
    Page<EstimateBook> findAll(UUID org, String search, ScopeType scope, Status status, PageRequest page) {
        return Paged.query(
                () -> jdbc.sql(SELECT + ", count(*) over () as total " + FROM + """
                        where b.org_id = :org
                          and (case when cast(:status as text) is null then b.deleted_at is null
                                    else b.status = :status end)
                          and (cast(:scope as text) is null or b.scope_type = :scope)
                          and (cast(:search as text) is null or b.name ilike :search)
                        order by b.name, b.id
                        limit :limit offset :offset
                        """)
                        .param("org", org)
                        .param("status", status == null ? null : status.name())
                        .param("scope", scope == null ? null : scope.name())
                        .param("search", Like.contains(search)),
                page,
                BOOK);
    }

    /** Whether another live book of the organisation has this name, compared case-insensitively. */
    boolean nameTaken(UUID org, String name, UUID except) {
        return jdbc.sql("""
                select exists (select 1 from estimate_book
                               where org_id = :org and lower(name) = lower(:name) and deleted_at is null and id <> :id)
                """)
                .param("org", org)
                .param("name", name)
                .param("id", except)
                .query(Boolean.class)
                .single();
    }

    void insert(UUID org, EstimateBook b) {
        jdbc.sql("""
                insert into estimate_book (org_id, id, name, rule_type, scope_type, carrier_id, plan_id,
                    allowed_fee_schedule_id, claim_match_method, exclude_over_ucr, status, deleted_at)
                values (:org, :id, :name, :ruleType, :scopeType, :carrier, :plan, :schedule, :claimMatchMethod,
                    :excludeOverUcr, :status, case when :status = 'archived' then now() end)
                """).params(params(org, b)).update();
    }

    /** Writes every mutable column; archiving or restoring follows status. False when the version moved on. */
    boolean update(UUID org, EstimateBook b, int baseVersion) {
        var params = params(org, b);
        params.put("baseVersion", baseVersion);
        return jdbc.sql("""
                update estimate_book set name = :name, rule_type = :ruleType, scope_type = :scopeType,
                    carrier_id = :carrier, plan_id = :plan, allowed_fee_schedule_id = :schedule,
                    claim_match_method = :claimMatchMethod, exclude_over_ucr = :excludeOverUcr, status = :status,
                    deleted_at = case when :status = 'archived' then coalesce(deleted_at, now()) end,
                    version = version + 1, updated_at = now()
                where org_id = :org and id = :id and version = :baseVersion
                """).params(params).update() == 1;
    }

    boolean archive(UUID org, UUID id) {
        return jdbc.sql("""
                update estimate_book set status = 'archived', deleted_at = now(), version = version + 1,
                    updated_at = now()
                where org_id = :org and id = :id and deleted_at is null
                """).param("org", org).param("id", id).update() == 1;
    }

    /**
     * The current allowed fee of each asked coverage for each code, in one statement: per coverage the most
     * specific entry of its live book wins (its plan, then its group number, then its carrier).
     */
    Map<UUID, Map<UUID, BigDecimal>> findAllowedFees(
            UUID org, Collection<BookAllowedFees.Coverage> coverages, Collection<UUID> codeIds) {
        var found = new HashMap<UUID, Map<UUID, BigDecimal>>();
        jdbc.sql("""
                select distinct on (c.key, f.procedure_code_id) c.key, f.procedure_code_id, f.allowed_fee
                from unnest(cast(:keys as uuid[]), cast(:books as uuid[]), cast(:plans as uuid[]),
                            cast(:carriers as uuid[]), cast(:groups as text[])) as c (key, book, plan, carrier, grp)
                join estimate_book b on b.org_id = :org and b.id = c.book and b.status = 'active'
                join estimate_book_allowed_fee f on f.org_id = b.org_id and f.estimate_book_id = b.id
                 and f.procedure_code_id = any(:codes)
                 and (f.expires_at is null or f.expires_at > now())
                 and case f.resolution_scope_type when 'insurance_plan' then f.plan_id = c.plan
                                                  when 'group_number' then upper(btrim(f.group_number)) = upper(btrim(c.grp))
                                                  else f.carrier_id = c.carrier end
                order by c.key, f.procedure_code_id,
                         array_position(array['insurance_plan', 'group_number', 'insurance_carrier'],
                                        f.resolution_scope_type)
                """)
                .param("org", org)
                .param(
                        "keys",
                        coverages.stream().map(BookAllowedFees.Coverage::key).toArray(UUID[]::new))
                .param(
                        "books",
                        coverages.stream().map(BookAllowedFees.Coverage::bookId).toArray(UUID[]::new))
                .param(
                        "plans",
                        coverages.stream().map(BookAllowedFees.Coverage::planId).toArray(UUID[]::new))
                .param(
                        "carriers",
                        coverages.stream()
                                .map(BookAllowedFees.Coverage::carrierId)
                                .toArray(UUID[]::new))
                .param(
                        "groups",
                        coverages.stream()
                                .map(BookAllowedFees.Coverage::groupNumber)
                                .toArray(String[]::new))
                .param("codes", codeIds.toArray(UUID[]::new))
                .query((rs, n) -> found.computeIfAbsent(Rows.uuid(rs, "key"), k -> new HashMap<>())
                        .put(Rows.uuid(rs, "procedure_code_id"), rs.getBigDecimal("allowed_fee")))
                .list();
        return found;
    }

    private static Map<String, Object> params(UUID org, EstimateBook b) {
        var m = new HashMap<String, Object>();
        m.put("org", org);
        m.put("id", b.id());
        m.put("name", b.name());
        m.put("ruleType", b.ruleType().name());
        m.put("scopeType", b.scopeType().name());
        m.put("carrier", b.carrier() == null ? null : b.carrier().id());
        m.put("plan", b.insurancePlan() == null ? null : b.insurancePlan().id());
        m.put(
                "schedule",
                b.allowedFeeSchedule() == null ? null : b.allowedFeeSchedule().id());
        m.put("claimMatchMethod", b.claimMatchMethod());
        m.put("excludeOverUcr", b.excludeOverUcr());
        m.put("status", b.status().name());
        return m;
    }

    static Ref ref(UUID id, String name) {
        return id == null ? null : new Ref(id, name);
    }
}
