package io.bitewing.eligibility;

import io.bitewing.shared.Ids;
import io.bitewing.shared.db.Rows;
import io.bitewing.shared.db.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class EligibilityRepository {

    private static final String COLUMNS = """
            insurance_id, insured_member_id, group_number, relationship_to_subscriber,
            payor_responsibility, eligibility_check_status, eligibility_check_comment, eligibility_check_date,
            eligibility_version, coverage_from, coverage_to, provider_network_status,
            plan_funding_type, plan_name, plan_type, plan_renewal_date_type,
            group_description, cob_on_file, cob_notes, cob_last_verified_at,
            has_other_active_coverage, out_of_state_benefits, out_of_state_benefits_comments, in_grace_period,
            last_payment_date, is_cobra_coverage, deductible_apply_to_oop, individual_deductible_policy_in_network,
            individual_deductible_policy_out_network, individual_deductible_remaining_in_network, individual_deductible_remaining_out_network, individual_oop_max_policy_in_network,
            individual_oop_max_policy_out_network, individual_oop_max_remaining_in_network, individual_oop_max_remaining_out_network, family_deductible_policy_in_network,
            family_deductible_policy_out_network, family_deductible_remaining_in_network, family_deductible_remaining_out_network, family_oop_max_policy_in_network,
            family_oop_max_policy_out_network, family_oop_max_remaining_in_network, family_oop_max_remaining_out_network, services,
            benefits_related_entities""";

    private static final String SELECT =
            "select id, patient_plan_id, " + COLUMNS + ", version, created_at, updated_at from eligibility_record";

    private static final TypeReference<List<Map<String, Object>>> LIST = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RowMapper<Eligibility> mapper;

    EligibilityRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.mapper = (rs, n) -> new Eligibility(
                Rows.uuid(rs, "id"),
                Rows.uuid(rs, "patient_plan_id"),
                rs.getString("insurance_id"),
                rs.getString("insured_member_id"),
                rs.getString("group_number"),
                Rows.enumeration(rs, "relationship_to_subscriber", Eligibility.Relationship.class),
                Rows.enumeration(rs, "payor_responsibility", Eligibility.Responsibility.class),
                Rows.enumeration(rs, "eligibility_check_status", Eligibility.Status.class),
                rs.getString("eligibility_check_comment"),
                Rows.instant(rs, "eligibility_check_date"),
                Rows.integer(rs, "eligibility_version"),
                Rows.instant(rs, "coverage_from"),
                Rows.instant(rs, "coverage_to"),
                Rows.enumeration(rs, "provider_network_status", Eligibility.NetworkStatus.class),
                Rows.enumeration(rs, "plan_funding_type", Eligibility.FundingType.class),
                rs.getString("plan_name"),
                rs.getString("plan_type"),
                Rows.enumeration(rs, "plan_renewal_date_type", Eligibility.RenewalType.class),
                rs.getString("group_description"),
                Rows.enumeration(rs, "cob_on_file", Eligibility.CobOnFile.class),
                rs.getString("cob_notes"),
                Rows.instant(rs, "cob_last_verified_at"),
                bool(rs, "has_other_active_coverage"),
                bool(rs, "out_of_state_benefits"),
                rs.getString("out_of_state_benefits_comments"),
                bool(rs, "in_grace_period"),
                Rows.date(rs, "last_payment_date"),
                bool(rs, "is_cobra_coverage"),
                bool(rs, "deductible_apply_to_oop"),
                rs.getBigDecimal("individual_deductible_policy_in_network"),
                rs.getBigDecimal("individual_deductible_policy_out_network"),
                rs.getBigDecimal("individual_deductible_remaining_in_network"),
                rs.getBigDecimal("individual_deductible_remaining_out_network"),
                rs.getBigDecimal("individual_oop_max_policy_in_network"),
                rs.getBigDecimal("individual_oop_max_policy_out_network"),
                rs.getBigDecimal("individual_oop_max_remaining_in_network"),
                rs.getBigDecimal("individual_oop_max_remaining_out_network"),
                rs.getBigDecimal("family_deductible_policy_in_network"),
                rs.getBigDecimal("family_deductible_policy_out_network"),
                rs.getBigDecimal("family_deductible_remaining_in_network"),
                rs.getBigDecimal("family_deductible_remaining_out_network"),
                rs.getBigDecimal("family_oop_max_policy_in_network"),
                rs.getBigDecimal("family_oop_max_policy_out_network"),
                rs.getBigDecimal("family_oop_max_remaining_in_network"),
                rs.getBigDecimal("family_oop_max_remaining_out_network"),
                json(rs.getString("services")),
                json(rs.getString("benefits_related_entities")),
                rs.getInt("version"),
                Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"));
    }

    Optional<Eligibility> findByPatientPlan(UUID org, UUID patientPlanId) {
        return jdbc.sql(SELECT + " where org_id = :org and patient_plan_id = :patientPlan")
                .param("org", org)
                .param("patientPlan", patientPlanId)
                .query(mapper)
                .optional();
    }

    Optional<Eligibility> find(UUID org, UUID id) {
        return jdbc.sql(SELECT + " where org_id = :org and id = :id")
                .param("org", org)
                .param("id", id)
                .query(mapper)
                .optional();
    }

    /** The records of the patient plans given, in their order of creation. */
    List<Eligibility> findForPatientPlans(UUID org, List<UUID> patientPlanIds) {
        return jdbc.sql(SELECT + " where org_id = :org and patient_plan_id = any(:patientPlans) order by id")
                .param("org", org)
                .param("patientPlans", patientPlanIds.toArray(UUID[]::new))
                .query(mapper)
                .list();
    }

    void insert(UUID org, UUID id, UUID patientPlanId, EligibilityAnswer answer) {
        Map<String, Object> params = params(answer);
        params.put("org", org);
        params.put("id", id);
        params.put("patientPlan", patientPlanId);
        jdbc.sql("insert into eligibility_record (org_id, id, patient_plan_id, " + COLUMNS + """
                ) values (:org, :id, :patientPlan,
                :insuranceId,
            :insuredMemberId,
            :groupNumber,
            :relationshipToSubscriber,
            :payorResponsibility,
            :eligibilityCheckStatus,
            :eligibilityCheckComment,
            :eligibilityCheckDate,
            :eligibilityVersion,
            :coverageFrom,
            :coverageTo,
            :providerNetworkStatus,
            :planFundingType,
            :planName,
            :planType,
            :planRenewalDateType,
            :groupDescription,
            :cobOnFile,
            :cobNotes,
            :cobLastVerifiedAt,
            :hasOtherActiveCoverage,
            :outOfStateBenefits,
            :outOfStateBenefitsComments,
            :inGracePeriod,
            :lastPaymentDate,
            :isCobraCoverage,
            :deductibleApplyToOop,
            :individualDeductiblePolicyInNetwork,
            :individualDeductiblePolicyOutNetwork,
            :individualDeductibleRemainingInNetwork,
            :individualDeductibleRemainingOutNetwork,
            :individualOopMaxPolicyInNetwork,
            :individualOopMaxPolicyOutNetwork,
            :individualOopMaxRemainingInNetwork,
            :individualOopMaxRemainingOutNetwork,
            :familyDeductiblePolicyInNetwork,
            :familyDeductiblePolicyOutNetwork,
            :familyDeductibleRemainingInNetwork,
            :familyDeductibleRemainingOutNetwork,
            :familyOopMaxPolicyInNetwork,
            :familyOopMaxPolicyOutNetwork,
            :familyOopMaxRemainingInNetwork,
            :familyOopMaxRemainingOutNetwork,
            cast(:services as jsonb),
            cast(:benefitsRelatedEntities as jsonb))
                """)
                .params(params)
                .update();
    }

    /** Replaces the answer when the record is still at {@code baseVersion}; false when it has moved on. */
    boolean replace(UUID org, UUID id, int baseVersion, EligibilityAnswer answer) {
        Map<String, Object> params = params(answer);
        params.put("org", org);
        params.put("id", id);
        params.put("baseVersion", baseVersion);
        return jdbc.sql("""
                update eligibility_record set
                insurance_id = :insuranceId,
                insured_member_id = :insuredMemberId,
                group_number = :groupNumber,
                relationship_to_subscriber = :relationshipToSubscriber,
                payor_responsibility = :payorResponsibility,
                eligibility_check_status = :eligibilityCheckStatus,
                eligibility_check_comment = :eligibilityCheckComment,
                eligibility_check_date = :eligibilityCheckDate,
                eligibility_version = :eligibilityVersion,
                coverage_from = :coverageFrom,
                coverage_to = :coverageTo,
                provider_network_status = :providerNetworkStatus,
                plan_funding_type = :planFundingType,
                plan_name = :planName,
                plan_type = :planType,
                plan_renewal_date_type = :planRenewalDateType,
                group_description = :groupDescription,
                cob_on_file = :cobOnFile,
                cob_notes = :cobNotes,
                cob_last_verified_at = :cobLastVerifiedAt,
                has_other_active_coverage = :hasOtherActiveCoverage,
                out_of_state_benefits = :outOfStateBenefits,
                out_of_state_benefits_comments = :outOfStateBenefitsComments,
                in_grace_period = :inGracePeriod,
                last_payment_date = :lastPaymentDate,
                is_cobra_coverage = :isCobraCoverage,
                deductible_apply_to_oop = :deductibleApplyToOop,
                individual_deductible_policy_in_network = :individualDeductiblePolicyInNetwork,
                individual_deductible_policy_out_network = :individualDeductiblePolicyOutNetwork,
                individual_deductible_remaining_in_network = :individualDeductibleRemainingInNetwork,
                individual_deductible_remaining_out_network = :individualDeductibleRemainingOutNetwork,
                individual_oop_max_policy_in_network = :individualOopMaxPolicyInNetwork,
                individual_oop_max_policy_out_network = :individualOopMaxPolicyOutNetwork,
                individual_oop_max_remaining_in_network = :individualOopMaxRemainingInNetwork,
                individual_oop_max_remaining_out_network = :individualOopMaxRemainingOutNetwork,
                family_deductible_policy_in_network = :familyDeductiblePolicyInNetwork,
                family_deductible_policy_out_network = :familyDeductiblePolicyOutNetwork,
                family_deductible_remaining_in_network = :familyDeductibleRemainingInNetwork,
                family_deductible_remaining_out_network = :familyDeductibleRemainingOutNetwork,
                family_oop_max_policy_in_network = :familyOopMaxPolicyInNetwork,
                family_oop_max_policy_out_network = :familyOopMaxPolicyOutNetwork,
                family_oop_max_remaining_in_network = :familyOopMaxRemainingInNetwork,
                family_oop_max_remaining_out_network = :familyOopMaxRemainingOutNetwork,
                services = cast(:services as jsonb),
                benefits_related_entities = cast(:benefitsRelatedEntities as jsonb),
                version = version + 1, updated_at = now()
                where org_id = :org and id = :id and version = :baseVersion
                """).params(params).update() == 1;
    }

    /** Keeps the answer, as sent, in the record's history. */
    void keep(UUID org, UUID recordId, int version, Map<String, Object> answer, UUID tokenId) {
        jdbc.sql("""
                insert into eligibility_answer (org_id, id, record_id, version, answer, token_id)
                values (:org, :id, :record, :version, cast(:answer as jsonb), :token)
                """)
                .param("org", org)
                .param("id", Ids.newId())
                .param("record", recordId)
                .param("version", version)
                .param("answer", json.writeValueAsString(answer))
                .param("token", tokenId)
                .update();
    }

    record Kept(int version, Map<String, Object> answer, java.time.Instant answeredAt) {}

    List<Kept> history(UUID org, UUID recordId, int limit, long offset) {
        return jdbc.sql("""
                select version, answer, answered_at from eligibility_answer
                 where org_id = :org and record_id = :record
                 order by version desc limit :limit offset :offset
                """)
                .param("org", org)
                .param("record", recordId)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new Kept(
                        rs.getInt("version"),
                        json.readValue(rs.getString("answer"), new TypeReference<Map<String, Object>>() {}),
                        Rows.instant(rs, "answered_at")))
                .list();
    }

    private Map<String, Object> params(EligibilityAnswer answer) {
        var params = new HashMap<String, Object>();
        params.put("insuranceId", answer.insuranceId());
        params.put("insuredMemberId", answer.insuredMemberId());
        params.put("groupNumber", answer.groupNumber());
        params.put("relationshipToSubscriber", name(answer.relationshipToSubscriber()));
        params.put("payorResponsibility", name(answer.payorResponsibility()));
        // The Payor shape's defaults: pending, version 0.
        params.put(
                "eligibilityCheckStatus",
                answer.eligibilityCheckStatus() == null
                        ? "pending"
                        : answer.eligibilityCheckStatus().name());
        params.put("eligibilityCheckComment", answer.eligibilityCheckComment());
        params.put("eligibilityCheckDate", Timestamps.of(answer.eligibilityCheckDate()));
        params.put("eligibilityVersion", answer.eligibilityVersion() == null ? 0 : answer.eligibilityVersion());
        params.put("coverageFrom", Timestamps.of(answer.coverageFrom()));
        params.put("coverageTo", Timestamps.of(answer.coverageTo()));
        params.put("providerNetworkStatus", name(answer.providerNetworkStatus()));
        params.put("planFundingType", name(answer.planFundingType()));
        params.put("planName", answer.planName());
        params.put("planType", answer.planType());
        params.put("planRenewalDateType", name(answer.planRenewalDateType()));
        params.put("groupDescription", answer.groupDescription());
        params.put("cobOnFile", name(answer.cobOnFile()));
        params.put("cobNotes", answer.cobNotes());
        params.put("cobLastVerifiedAt", Timestamps.of(answer.cobLastVerifiedAt()));
        params.put("hasOtherActiveCoverage", answer.hasOtherActiveCoverage());
        params.put("outOfStateBenefits", answer.outOfStateBenefits());
        params.put("outOfStateBenefitsComments", answer.outOfStateBenefitsComments());
        params.put("inGracePeriod", answer.inGracePeriod());
        params.put("lastPaymentDate", answer.lastPaymentDate());
        params.put("isCobraCoverage", answer.isCobraCoverage());
        params.put("deductibleApplyToOop", answer.deductibleApplyToOop());
        params.put("individualDeductiblePolicyInNetwork", answer.individualDeductiblePolicyInNetwork());
        params.put("individualDeductiblePolicyOutNetwork", answer.individualDeductiblePolicyOutNetwork());
        params.put("individualDeductibleRemainingInNetwork", answer.individualDeductibleRemainingInNetwork());
        params.put("individualDeductibleRemainingOutNetwork", answer.individualDeductibleRemainingOutNetwork());
        params.put("individualOopMaxPolicyInNetwork", answer.individualOopMaxPolicyInNetwork());
        params.put("individualOopMaxPolicyOutNetwork", answer.individualOopMaxPolicyOutNetwork());
        params.put("individualOopMaxRemainingInNetwork", answer.individualOopMaxRemainingInNetwork());
        params.put("individualOopMaxRemainingOutNetwork", answer.individualOopMaxRemainingOutNetwork());
        params.put("familyDeductiblePolicyInNetwork", answer.familyDeductiblePolicyInNetwork());
        params.put("familyDeductiblePolicyOutNetwork", answer.familyDeductiblePolicyOutNetwork());
        params.put("familyDeductibleRemainingInNetwork", answer.familyDeductibleRemainingInNetwork());
        params.put("familyDeductibleRemainingOutNetwork", answer.familyDeductibleRemainingOutNetwork());
        params.put("familyOopMaxPolicyInNetwork", answer.familyOopMaxPolicyInNetwork());
        params.put("familyOopMaxPolicyOutNetwork", answer.familyOopMaxPolicyOutNetwork());
        params.put("familyOopMaxRemainingInNetwork", answer.familyOopMaxRemainingInNetwork());
        params.put("familyOopMaxRemainingOutNetwork", answer.familyOopMaxRemainingOutNetwork());
        params.put("services", write(answer.services()));
        params.put("benefitsRelatedEntities", write(answer.benefitsRelatedEntities()));
        return params;
    }

    private String write(List<Map<String, Object>> list) {
        return json.writeValueAsString(list == null ? List.of() : list);
    }

    private List<Map<String, Object>> json(String text) {
        return text == null ? List.of() : json.readValue(text, LIST);
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
