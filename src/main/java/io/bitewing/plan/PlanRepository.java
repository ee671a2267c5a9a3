package io.bitewing.plan;

import io.bitewing.plan.Plan.ClaimFormType;
import io.bitewing.plan.Plan.CobRule;
import io.bitewing.plan.Plan.EclaimSendBehavior;
import io.bitewing.plan.Plan.ExclusionFeeRule;
import io.bitewing.plan.Plan.OrthoAutoClaimType;
import io.bitewing.plan.Plan.PlanType;
import io.bitewing.plan.Plan.SubstitutionCodeBehavior;
import io.bitewing.plan.Plan.TriState;
import io.bitewing.shared.db.Like;
import io.bitewing.shared.db.Paged;
import io.bitewing.shared.db.Rows;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Ref;
import io.bitewing.shared.web.Sort;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PlanRepository {

    /** Plan columns plus the carrier's name for the embedded reference; every read joins the same way. */
    private static final String SELECT = """
            select p.id, p.od_num, p.carrier_id, c.carrier_name, p.plan_type, p.group_name, p.group_number,
                   p.benefit_year_start_month, p.cob_rule, p.claim_form_type, p.claims_use_ucr, p.eclaim_send_behavior,
                   p.filing_code, p.filing_code_subtype, p.assignment_of_benefits, p.release_of_information, p.is_hidden,
                   p.is_medical, p.is_verification_exempt, p.show_base_units, p.ortho_auto_claim_type,
                   p.ortho_auto_claim_days_wait, p.ortho_auto_fee_amt, p.ortho_auto_proc_code,
                   p.substitution_code_behavior, p.writeoff_on_substitution, p.exclusion_fee_rule,
                   p.zero_writeoff_on_annual_max, p.zero_writeoff_on_frequency_or_age, p.plan_note, p.version,
                   p.created_at, p.updated_at, p.deleted_at
            """;

    private static final String FROM = """
            from insurance_plan p
            join carrier c on c.org_id = p.org_id and c.id = p.carrier_id
            """;

    private static final RowMapper<Plan> PLAN = (rs, n) -> {
        PlanType type = Rows.enumeration(rs, "plan_type", PlanType.class);
        return new Plan(
                Rows.uuid(rs, "id"),
                new Ref(Rows.uuid(rs, "carrier_id"), rs.getString("carrier_name")),
                type,
                type.network(),
                rs.getString("group_name"),
                rs.getString("group_number"),
                Rows.integer(rs, "benefit_year_start_month"),
                Rows.enumeration(rs, "cob_rule", CobRule.class),
                Rows.enumeration(rs, "claim_form_type", ClaimFormType.class),
                rs.getBoolean("claims_use_ucr"),
                Rows.enumeration(rs, "eclaim_send_behavior", EclaimSendBehavior.class),
                rs.getString("filing_code"),
                rs.getString("filing_code_subtype"),
                rs.getBoolean("assignment_of_benefits"),
                rs.getBoolean("release_of_information"),
                rs.getBoolean("is_hidden"),
                rs.getBoolean("is_medical"),
                rs.getBoolean("is_verification_exempt"),
                rs.getBoolean("show_base_units"),
                Rows.enumeration(rs, "ortho_auto_claim_type", OrthoAutoClaimType.class),
                Rows.integer(rs, "ortho_auto_claim_days_wait"),
                rs.getBigDecimal("ortho_auto_fee_amt"),
                rs.getString("ortho_auto_proc_code"),
                Rows.enumeration(rs, "substitution_code_behavior", SubstitutionCodeBehavior.class),
                rs.getBoolean("writeoff_on_substitution"),
                Rows.enumeration(rs, "exclusion_fee_rule", ExclusionFeeRule.class),
                TriState.of(rs.getString("zero_writeoff_on_annual_max")),
                TriState.of(rs.getString("zero_writeoff_on_frequency_or_age")),
                rs.getString("plan_note"),
                rs.getInt("version"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"),
                Rows.instant(rs, "deleted_at"),
                Rows.odNum(rs));
    };

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Plan> find(UUID org, UUID id) {
        return jdbc.sql(SELECT + FROM + " where p.org_id = :org and p.id = :id")
                .param("org", org)
                .param("id", id)
                .query(PLAN)
                .optional();
    }

    /** Plans among {@code ids}, archived ones included; ids unknown in this organisation are absent. */
    List<Plan> findAll(UUID org, Collection<UUID> ids) {
        return jdbc.sql(SELECT + FROM + " where p.org_id = :org and p.id = any(:ids)")
                .param("org", org)
                .param("ids", ids.toArray(UUID[]::new))
                .query(PLAN)
                .list();
    }

    /** The oldest live plan of the carrier with exactly this group number. */
    Optional<Plan> findLiveByGroupNumber(UUID org, UUID carrierId, String groupNumber) {
        return jdbc.sql(SELECT + FROM + """
                 where p.org_id = :org and p.carrier_id = :carrier and p.group_number = :groupNumber
                   and p.deleted_at is null
                 order by p.created_at, p.id
                 limit 1
                """)
                .param("org", org)
                .param("carrier", carrierId)
                .param("groupNumber", groupNumber)
                .query(PLAN)
                .optional();
    }

    /** Live plans of the carrier whose group number is this one, ignoring case and surrounding blanks. */
    List<Plan> findAllLiveByGroupNumber(UUID org, UUID carrierId, String groupNumber) {
        return jdbc.sql(SELECT + FROM + """
                 where p.org_id = :org and p.carrier_id = :carrier and upper(p.group_number) = upper(:groupNumber)
                   and p.deleted_at is null
                 order by p.created_at, p.id
                """)
                .param("org", org)
                .param("carrier", carrierId)
                .param("groupNumber", groupNumber.strip())
                .query(PLAN)
                .list();
    }

    Page<Plan> findAll(UUID org, PlanService.Filter filter, Sort sort, PageRequest page) {
        return Paged.query(
                () -> jdbc.sql(SELECT + ", count(*) over () as total " + FROM + """
                         where p.org_id = :org and p.deleted_at is null
                           and (:includeHidden or not p.is_hidden)
                           and (cast(:carrier as uuid) is null or p.carrier_id = :carrier)
                           and (cast(:planType as text) is null or p.plan_type = :planType)
                           and (cast(:search as text) is null
                                or (coalesce(p.group_name, '') || ' ' || coalesce(p.group_number, '')) ilike :search)
                        """ + " order by "
                                + sort.orderBy("p.id")
                                + " limit :limit offset :offset")
                        .param("org", org)
                        .param("includeHidden", filter.includeHidden())
                        .param("carrier", filter.carrierUuid())
                        .param(
                                "planType",
                                filter.planType() == null
                                        ? null
                                        : filter.planType().name())
                        .param("search", Like.contains(filter.search())),
                page,
                PLAN);
    }

    void insert(UUID org, Plan plan) {
        jdbc.sql("""
                insert into insurance_plan (org_id, id, carrier_id, plan_type, group_name, group_number,
                    benefit_year_start_month, cob_rule, claim_form_type, claims_use_ucr, eclaim_send_behavior, filing_code,
                    filing_code_subtype, assignment_of_benefits, release_of_information, is_hidden, is_medical,
                    is_verification_exempt, show_base_units, ortho_auto_claim_type, ortho_auto_claim_days_wait,
                    ortho_auto_fee_amt, ortho_auto_proc_code, substitution_code_behavior, writeoff_on_substitution,
                    exclusion_fee_rule, zero_writeoff_on_annual_max, zero_writeoff_on_frequency_or_age, plan_note)
                values (:org, :id, :carrierId, :planType, :groupName, :groupNumber,
                    :benefitYearStartMonth, :cobRule, :claimFormType, :claimsUseUcr, :eclaimSendBehavior, :filingCode,
                    :filingCodeSubtype, :assignmentOfBenefits, :releaseOfInformation, :isHidden, :isMedical,
                    :isVerificationExempt, :showBaseUnits, :orthoAutoClaimType, :orthoAutoClaimDaysWait,
                    :orthoAutoFeeAmt, :orthoAutoProcCode, :substitutionCodeBehavior, :writeoffOnSubstitution,
                    :exclusionFeeRule, :zeroWriteoffOnAnnualMax, :zeroWriteoffOnFrequencyOrAge, :planNote)
                """).params(params(org, plan)).update();
    }

    boolean update(UUID org, Plan plan, int baseVersion) {
        var params = params(org, plan);
        params.put("baseVersion", baseVersion);
        return jdbc.sql("""
                update insurance_plan set carrier_id = :carrierId, group_name = :groupName, group_number = :groupNumber,
                    benefit_year_start_month = :benefitYearStartMonth, cob_rule = :cobRule,
                    claim_form_type = :claimFormType, claims_use_ucr = :claimsUseUcr,
                    eclaim_send_behavior = :eclaimSendBehavior, filing_code = :filingCode,
                    filing_code_subtype = :filingCodeSubtype, assignment_of_benefits = :assignmentOfBenefits,
                    release_of_information = :releaseOfInformation, is_hidden = :isHidden, is_medical = :isMedical,
                    is_verification_exempt = :isVerificationExempt, show_base_units = :showBaseUnits,
                    ortho_auto_claim_type = :orthoAutoClaimType, ortho_auto_claim_days_wait = :orthoAutoClaimDaysWait,
                    ortho_auto_fee_amt = :orthoAutoFeeAmt, ortho_auto_proc_code = :orthoAutoProcCode,
                    substitution_code_behavior = :substitutionCodeBehavior,
                    writeoff_on_substitution = :writeoffOnSubstitution, exclusion_fee_rule = :exclusionFeeRule,
                    zero_writeoff_on_annual_max = :zeroWriteoffOnAnnualMax,
                    zero_writeoff_on_frequency_or_age = :zeroWriteoffOnFrequencyOrAge, plan_note = :planNote,
                    version = version + 1, updated_at = now()
                where org_id = :org and id = :id and version = :baseVersion
                """).params(params).update() == 1;
    }

    /**
     * Active subscriptions of the plan (live, neither terminated nor inactive): a read model over the subscription
     * module's table, for the count a plan update answers with.
     */
    long countActiveSubscribers(UUID org, UUID id) {
        return jdbc.sql("""
                select count(*) from subscription
                where org_id = :org and insurance_plan_id = :id and deleted_at is null
                  and subscription_status(status, date_term) in ('active', 'pending_verification')
                """).param("org", org).param("id", id).query(Long.class).single();
    }

    boolean archive(UUID org, UUID id) {
        return jdbc.sql("""
                update insurance_plan set deleted_at = now(), updated_at = now(), version = version + 1
                where org_id = :org and id = :id and deleted_at is null
                """).param("org", org).param("id", id).update() == 1;
    }

    private static Map<String, Object> params(UUID org, Plan p) {
        var m = new HashMap<String, Object>();
        m.put("org", org);
        m.put("id", p.id());
        m.put("carrierId", p.carrier().id());
        m.put("planType", p.planType().name());
        m.put("groupName", p.groupName());
        m.put("groupNumber", p.groupNumber());
        m.put("benefitYearStartMonth", p.benefitYearStartMonth());
        m.put("cobRule", p.cobRule() == null ? null : p.cobRule().name());
        m.put("claimFormType", p.claimFormType().name());
        m.put("claimsUseUcr", p.claimsUseUcr());
        m.put("eclaimSendBehavior", p.eclaimSendBehavior().name());
        m.put("filingCode", p.filingCode());
        m.put("filingCodeSubtype", p.filingCodeSubtype());
        m.put("assignmentOfBenefits", p.assignmentOfBenefits());
        m.put("releaseOfInformation", p.releaseOfInformation());
        m.put("isHidden", p.isHidden());
        m.put("isMedical", p.isMedical());
        m.put("isVerificationExempt", p.isVerificationExempt());
        m.put("showBaseUnits", p.showBaseUnits());
        m.put("orthoAutoClaimType", p.orthoAutoClaimType().name());
        m.put("orthoAutoClaimDaysWait", p.orthoAutoClaimDaysWait());
        m.put("orthoAutoFeeAmt", p.orthoAutoFeeAmt());
        m.put("orthoAutoProcCode", p.orthoAutoProcCode());
        m.put("substitutionCodeBehavior", p.substitutionCodeBehavior().name());
        m.put("writeoffOnSubstitution", p.writeoffOnSubstitution());
        m.put("exclusionFeeRule", p.exclusionFeeRule().name());
        m.put("zeroWriteoffOnAnnualMax", p.zeroWriteoffOnAnnualMax().toString());
        m.put("zeroWriteoffOnFrequencyOrAge", p.zeroWriteoffOnFrequencyOrAge().toString());
        m.put("planNote", p.planNote());
        return m;
    }

    /** Moves every plan of the source carriers, archived ones too, to the target; the ids of the plans moved. */
    List<UUID> moveToCarrier(UUID org, Collection<UUID> sourceIds, UUID targetId) {
        return jdbc.sql("""
                update insurance_plan set carrier_id = :target, version = version + 1, updated_at = now()
                where org_id = :org and carrier_id = any(:sources)
                returning id
                """)
                .param("org", org)
                .param("target", targetId)
                .param("sources", sourceIds.toArray(UUID[]::new))
                .query(UUID.class)
                .list();
    }
}
