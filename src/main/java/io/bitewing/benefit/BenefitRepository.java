package io.bitewing.benefit;

import io.bitewing.benefit.Benefit.BenefitType;
import io.bitewing.benefit.Benefit.CoverageLevel;
import io.bitewing.benefit.Benefit.QuantityQualifier;
import io.bitewing.benefit.Benefit.TimePeriod;
import io.bitewing.benefit.BenefitRules.DuplicateKey;
import io.bitewing.practice.procedurecode.ProcedureCode.TreatArea;
import io.bitewing.practice.procedurecode.ProcedureCodeBrief;
import io.bitewing.shared.db.Paged;
import io.bitewing.shared.db.Rows;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Ref;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BenefitRepository {

    /**
     * A benefit with the names of what it points at. Reading other modules' tables for display names keeps a page
     * one statement; every join stays inside the organisation.
     */
    private static final String SELECT = """
            select b.id, b.od_num, b.plan_id, ip.group_name as plan_name, b.patient_plan_id, b.benefit_type,
                   b.coverage_category_id, cc.category_name, b.code_group_id, cg.name as code_group_name,
                   b.procedure_code_id, pc.code as procedure_code, pc.description as procedure_description,
                   b.coverage_level, b.percent, b.monetary_amt, b.time_period, b.quantity_qualifier, b.quantity,
                   b.treat_area, b.age_min, b.age_max, b.waiting_period_months, b.is_deductible_exempt,
                   b.substitution_code_id, sc.code as substitution_code, sc.description as substitution_description,
                   b.version, b.created_at, b.updated_at, b.deleted_at
            """;

    private static final String FROM = """
            from benefit b
            left join insurance_plan ip on ip.org_id = b.org_id and ip.id = b.plan_id
            left join coverage_category cc on cc.org_id = b.org_id and cc.id = b.coverage_category_id
            left join code_group cg on cg.org_id = b.org_id and cg.id = b.code_group_id
            left join procedure_code pc on pc.org_id = b.org_id and pc.id = b.procedure_code_id
            left join procedure_code sc on sc.org_id = b.org_id and sc.id = b.substitution_code_id
            """;

    private static final RowMapper<Benefit> BENEFIT = (rs, n) -> new Benefit(
            Rows.uuid(rs, "id"),
            ref(rs, "plan_id", "plan_name"),
            ref(rs, "patient_plan_id", null),
            Rows.enumeration(rs, "benefit_type", BenefitType.class),
            ref(rs, "coverage_category_id", "category_name"),
            ref(rs, "code_group_id", "code_group_name"),
            brief(rs, "procedure_code_id", "procedure_code", "procedure_description"),
            Rows.enumeration(rs, "coverage_level", CoverageLevel.class),
            Rows.integer(rs, "percent"),
            rs.getBigDecimal("monetary_amt"),
            Rows.enumeration(rs, "time_period", TimePeriod.class),
            Rows.enumeration(rs, "quantity_qualifier", QuantityQualifier.class),
            Rows.integer(rs, "quantity"),
            Rows.enumeration(rs, "treat_area", TreatArea.class),
            Rows.integer(rs, "age_min"),
            Rows.integer(rs, "age_max"),
            Rows.integer(rs, "waiting_period_months"),
            rs.getBoolean("is_deductible_exempt"),
            brief(rs, "substitution_code_id", "substitution_code", "substitution_description"),
            rs.getInt("version"),
            Rows.instant(rs, "created_at"),
            Rows.instant(rs, "updated_at"),
            Rows.instant(rs, "deleted_at"),
            Rows.odNum(rs));

    private static final String INSERT = """
            insert into benefit (org_id, id, plan_id, patient_plan_id, benefit_type, coverage_category_id,
                code_group_id, procedure_code_id, coverage_level, percent, monetary_amt, time_period, quantity_qualifier,
                quantity, treat_area, age_min, age_max, waiting_period_months, is_deductible_exempt, substitution_code_id)
            values (:org, :id, :planId, :patientPlanId, :benefitType, :categoryId, :groupId, :codeId, :coverageLevel,
                :percent, :monetaryAmt, :timePeriod, :quantityQualifier, :quantity, :treatArea, :ageMin, :ageMax,
                :waitingPeriodMonths, :isDeductibleExempt, :substitutionCodeId)
            """;

    /** Stands in for "no benefit to skip" where SQL compares ids. */
    private static final UUID NONE = new UUID(0, 0);

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    BenefitRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A live benefit of the owner; deleted ones are gone as far as clients are concerned. */
    Optional<Benefit> findLive(UUID org, BenefitOwner owner, UUID id) {
        return jdbc.sql(SELECT + FROM + " where b.org_id = :org and b." + owner.column() + " = :owner and b.id = :id"
                        + " and b.deleted_at is null")
                .param("org", org)
                .param("owner", owner.id())
                .param("id", id)
                .query(BENEFIT)
                .optional();
    }

    /** A live benefit by its number, whoever owns it. */
    Optional<Benefit> findLiveByNum(UUID org, long num) {
        return jdbc.sql(SELECT + FROM + " where b.org_id = :org and b.od_num = :num and b.deleted_at is null")
                .param("org", org)
                .param("num", num)
                .query(BENEFIT)
                .optional();
    }

    /**
     * Live benefits in number order, a window of them: of the given plans and patient plans when either list is
     * given, else of the whole organisation.
     */
    List<Benefit> findLiveByNumber(
            UUID org, Collection<UUID> planIds, Collection<UUID> patientPlanIds, int offset, int limit) {
        boolean everything = planIds.isEmpty() && patientPlanIds.isEmpty();
        return jdbc.sql(SELECT + FROM + """
                 where b.org_id = :org and b.deleted_at is null
                   and (:everything or b.plan_id = any(:plans) or b.patient_plan_id = any(:patientPlans))
                 order by b.od_num limit :limit offset :offset
                """)
                .param("org", org)
                .param("everything", everything)
                .param("plans", planIds.toArray(UUID[]::new))
                .param("patientPlans", patientPlanIds.toArray(UUID[]::new))
                .param("limit", limit)
                .param("offset", offset)
                .query(BENEFIT)
                .list();
    }

    /** The owner's live benefits in creation order, optionally of one type. */
    Page<Benefit> findAll(UUID org, BenefitOwner owner, BenefitType type, PageRequest page) {
        return Paged.query(
                () -> jdbc.sql(SELECT + ", count(*) over () as total " + FROM
                                + " where b.org_id = :org and b." + owner.column()
                                + " = :owner and b.deleted_at is null"
                                + " and (cast(:type as text) is null or b.benefit_type = :type)"
                                + " order by b.id limit :limit offset :offset")
                        .param("org", org)
                        .param("owner", owner.id())
                        .param("type", type == null ? null : type.name()),
                page,
                BENEFIT);
    }

    /** Every live benefit of the owner, in creation order. */
    List<Benefit> findAllLive(UUID org, BenefitOwner owner) {
        return jdbc.sql(SELECT + FROM + " where b.org_id = :org and b." + owner.column() + " = :owner"
                        + " and b.deleted_at is null order by b.id")
                .param("org", org)
                .param("owner", owner.id())
                .query(BENEFIT)
                .list();
    }

    /** The live rows of several plans and the live overrides of several patient plans, in one query. */
    List<Benefit> findAllLive(UUID org, Collection<UUID> planIds, Collection<UUID> patientPlanIds) {
        return jdbc.sql(SELECT + FROM + """
                 where b.org_id = :org and b.deleted_at is null
                   and (b.plan_id = any(:plans) or b.patient_plan_id = any(:patientPlans))
                 order by b.id
                """)
                .param("org", org)
                .param("plans", planIds.toArray(UUID[]::new))
                .param("patientPlans", patientPlanIds.toArray(UUID[]::new))
                .query(BENEFIT)
                .list();
    }

    /** The live benefit of the owner that is the same rule as {@code key}, other than {@code exceptId}. */
    Optional<UUID> findRule(UUID org, BenefitOwner owner, DuplicateKey key, UUID exceptId) {
        return jdbc.sql("select b.id from benefit b where b.org_id = :org and b." + owner.column() + " = :owner" + """
                         and b.deleted_at is null and b.id <> :except and b.benefit_type = :type
                           and b.coverage_category_id is not distinct from cast(:categoryId as uuid)
                           and b.code_group_id is not distinct from cast(:groupId as uuid)
                           and b.procedure_code_id is not distinct from cast(:codeId as uuid)
                           and (cast(:coverageLevel as text) is null or b.coverage_level = :coverageLevel)
                           and (cast(:timePeriod as text) is null or b.time_period = :timePeriod)
                           and (b.benefit_type <> 'limitation' or b.quantity_qualifier = :qualifier)
                         limit 1
                        """)
                .param("org", org)
                .param("owner", owner.id())
                .param("except", exceptId == null ? NONE : exceptId)
                .param("type", key.type().name())
                .param("categoryId", key.coverageCategoryId())
                .param("groupId", key.codeGroupId())
                .param("codeId", key.procedureCodeId())
                .param("coverageLevel", name(key.coverageLevel()))
                .param("timePeriod", name(key.timePeriod()))
                .param("qualifier", name(key.limitationQualifier()))
                .query((rs, n) -> Rows.uuid(rs, "id"))
                .optional();
    }

    void insert(UUID org, BenefitOwner owner, UUID id, BenefitDraft draft) {
        jdbc.sql(INSERT).params(params(org, owner, id, draft)).update();
        moveSetVersion(org, owner);
    }

    /** The version of the plan's benefit set, read first so a list never pairs old rows with a newer version. */
    int setVersion(UUID org, UUID planId) {
        return jdbc.sql("select version from plan_benefit_set where org_id = :org and plan_id = :plan")
                .param("org", org)
                .param("plan", planId)
                .query(Integer.class)
                .optional()
                .orElse(1);
    }

    /** The version of the plan's benefit set, locked until the transaction ends so no other write moves it meanwhile. */
    int lockSetVersion(UUID org, UUID planId) {
        return jdbc.sql("""
                insert into plan_benefit_set (org_id, plan_id, version) values (:org, :plan, 1)
                on conflict (org_id, plan_id) do update set version = plan_benefit_set.version
                returning version
                """)
                .param("org", org)
                .param("plan", planId)
                .query(Integer.class)
                .single();
    }

    /** Every write to a plan's benefits moves its set's version on; a patient plan's overrides have none. */
    private void moveSetVersion(UUID org, BenefitOwner owner) {
        if (!owner.isPlan()) {
            return;
        }
        jdbc.sql("""
                insert into plan_benefit_set (org_id, plan_id, version) values (:org, :plan, 2)
                on conflict (org_id, plan_id) do update set version = plan_benefit_set.version + 1
                """).param("org", org).param("plan", owner.id()).update();
    }

    /** One batched statement for any number of benefits; the i-th id goes with the i-th draft. */
    void insertAll(UUID org, BenefitOwner owner, List<UUID> ids, List<BenefitDraft> drafts) {
        var rows = new MapSqlParameterSource[drafts.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new MapSqlParameterSource(params(org, owner, ids.get(i), drafts.get(i)));
        }
        batch.batchUpdate(INSERT, rows);
        if (rows.length > 0) {
            moveSetVersion(org, owner);
        }
    }

    /** Writes every mutable column; false when the benefit is gone or {@code baseVersion} is no longer current. */
    boolean update(UUID org, BenefitOwner owner, UUID id, BenefitDraft draft, int baseVersion) {
        var params = params(org, owner, id, draft);
        params.put("owner", owner.id());
        params.put("baseVersion", baseVersion);
        boolean updated = jdbc.sql("""
                update benefit set benefit_type = :benefitType, coverage_category_id = :categoryId,
                    code_group_id = :groupId, procedure_code_id = :codeId, coverage_level = :coverageLevel,
                    percent = :percent, monetary_amt = :monetaryAmt, time_period = :timePeriod,
                    quantity_qualifier = :quantityQualifier, quantity = :quantity, treat_area = :treatArea,
                    age_min = :ageMin, age_max = :ageMax, waiting_period_months = :waitingPeriodMonths,
                    is_deductible_exempt = :isDeductibleExempt, substitution_code_id = :substitutionCodeId,
                    version = version + 1, updated_at = now()
                where org_id = :org and id = :id and version = :baseVersion and deleted_at is null
                """ + " and " + owner.column() + " = :owner")
                        .params(params)
                        .update()
                == 1;
        if (updated) {
            moveSetVersion(org, owner);
        }
        return updated;
    }

    /** Soft-deletes one live benefit of the owner; false when there is none. */
    boolean delete(UUID org, BenefitOwner owner, UUID id) {
        boolean deleted = jdbc.sql("update benefit set deleted_at = now(), updated_at = now(), version = version + 1"
                                + " where org_id = :org and " + owner.column()
                                + " = :owner and id = :id and deleted_at is null")
                        .param("org", org)
                        .param("owner", owner.id())
                        .param("id", id)
                        .update()
                == 1;
        if (deleted) {
            moveSetVersion(org, owner);
        }
        return deleted;
    }

    /** Soft-deletes every live benefit of the owner; answers how many. */
    int deleteAll(UUID org, BenefitOwner owner) {
        int deleted = jdbc.sql("update benefit set deleted_at = now(), updated_at = now(), version = version + 1"
                        + " where org_id = :org and " + owner.column() + " = :owner and deleted_at is null")
                .param("org", org)
                .param("owner", owner.id())
                .update();
        if (deleted > 0) {
            moveSetVersion(org, owner);
        }
        return deleted;
    }

    private static Map<String, Object> params(UUID org, BenefitOwner owner, UUID id, BenefitDraft d) {
        var p = new HashMap<String, Object>();
        p.put("org", org);
        p.put("id", id);
        p.put("planId", owner.isPlan() ? owner.id() : null);
        p.put("patientPlanId", owner.isPlan() ? null : owner.id());
        p.put("benefitType", name(d.benefitType()));
        p.put("categoryId", d.coverageCategoryId());
        p.put("groupId", d.codeGroupId());
        p.put("codeId", d.procedureCodeId());
        p.put("coverageLevel", name(d.coverageLevel()));
        p.put("percent", d.percent());
        p.put("monetaryAmt", d.monetaryAmt());
        p.put("timePeriod", name(d.timePeriod()));
        p.put("quantityQualifier", name(d.quantityQualifier()));
        p.put("quantity", d.quantity());
        p.put("treatArea", name(d.treatArea()));
        p.put("ageMin", d.ageMin());
        p.put("ageMax", d.ageMax());
        p.put("waitingPeriodMonths", d.waitingPeriodMonths());
        p.put("isDeductibleExempt", d.isDeductibleExempt());
        p.put("substitutionCodeId", d.substitutionCodeId());
        return p;
    }

    private static Ref ref(ResultSet rs, String idColumn, String nameColumn) throws SQLException {
        UUID id = Rows.uuid(rs, idColumn);
        return id == null ? null : new Ref(id, nameColumn == null ? null : rs.getString(nameColumn));
    }

    private static ProcedureCodeBrief brief(ResultSet rs, String idColumn, String codeColumn, String descriptionColumn)
            throws SQLException {
        UUID id = Rows.uuid(rs, idColumn);
        return id == null
                ? null
                : new ProcedureCodeBrief(id, rs.getString(codeColumn), rs.getString(descriptionColumn));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
