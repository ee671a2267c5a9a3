package io.bitewing.plan;

import io.bitewing.carrier.Carrier;
import io.bitewing.carrier.CarrierService;
import io.bitewing.plan.Plan.ClaimFormType;
import io.bitewing.plan.Plan.EclaimSendBehavior;
import io.bitewing.plan.Plan.ExclusionFeeRule;
import io.bitewing.plan.Plan.OrthoAutoClaimType;
import io.bitewing.plan.Plan.PlanType;
import io.bitewing.plan.Plan.SubstitutionCodeBehavior;
import io.bitewing.plan.Plan.TriState;
import io.bitewing.shared.Ids;
import io.bitewing.shared.audit.AuditLog;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.db.SingleStatementRead;
import io.bitewing.shared.money.Money;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Patch;
import io.bitewing.shared.web.Ref;
import io.bitewing.shared.web.Sort;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Insurance plans: a carrier's product with its claim, COB and estimate settings. */
@Service
@Transactional(readOnly = true)
public class PlanService {

    /** The list filters the reference offers. */
    public record Filter(UUID carrierUuid, PlanType planType, String search, boolean includeHidden) {}

    /** A plan update's answer: the plan and how many active subscribers the change reaches. */
    record PlanUpdated(Plan plan, long subscriberCount) {}

    private static final String ENTITY = "insurance_plan";

    private final PlanRepository plans;
    private final CarrierService carriers;
    private final AuditLog audit;
    private final ObjectProvider<PlanBenefitsReader> benefitsReader;
    private final ObjectProvider<PlanDependents> dependents;

    PlanService(
            PlanRepository plans,
            CarrierService carriers,
            AuditLog audit,
            ObjectProvider<PlanBenefitsReader> benefitsReader,
            ObjectProvider<PlanDependents> dependents) {
        this.plans = plans;
        this.carriers = carriers;
        this.audit = audit;
        this.benefitsReader = benefitsReader;
        this.dependents = dependents;
    }

    /** A plan by id, archived ones included; 404 when unknown in this organisation. */
    @SingleStatementRead
    public Plan get(Tenant tenant, UUID id) {
        return plans.find(tenant.orgId(), id).orElseThrow(() -> new ApiException.NotFound("Plan"));
    }

    /** Plans by id in one query, archived ones included; ids unknown in this organisation are absent. */
    @SingleStatementRead
    public Map<UUID, Plan> findAll(Tenant tenant, Collection<UUID> ids) {
        var found = new HashMap<UUID, Plan>();
        if (!ids.isEmpty()) {
            plans.findAll(tenant.orgId(), ids).forEach(plan -> found.put(plan.id(), plan));
        }
        return found;
    }

    /** The oldest live plan of the carrier with exactly this group number; empty if none. */
    public Optional<Plan> findLiveByGroupNumber(Tenant tenant, UUID carrierId, String groupNumber) {
        return plans.findLiveByGroupNumber(tenant.orgId(), carrierId, groupNumber);
    }

    /** The carrier's live plans with this group number, compared ignoring case and surrounding blanks, oldest first. */
    public List<Plan> findAllLiveByGroupNumber(Tenant tenant, UUID carrierId, String groupNumber) {
        return plans.findAllLiveByGroupNumber(tenant.orgId(), carrierId, groupNumber);
    }

    /** The plan and its live benefits, read in one transaction so they agree. */
    PlanWithBenefits getWithBenefits(Tenant tenant, UUID id) {
        return new PlanWithBenefits(get(tenant, id), benefitsReader.getObject().liveBenefits(tenant, id));
    }

    Page<Plan> list(Tenant tenant, Filter filter, Sort sort, PageRequest page) {
        return plans.findAll(tenant.orgId(), filter, sort, page);
    }

    /** A page of live plans in number order (od_num), as the Open Dental dialect lists them. */
    public Page<Plan> listByNumber(Tenant tenant, Filter filter, PageRequest page) {
        return plans.findAll(tenant.orgId(), filter, new Sort("p.od_num", false), page);
    }

    /** The fields present in {@code patch} changed as PATCH changes them: base_version, the same rules. */
    @Transactional
    public Plan change(Tenant tenant, UUID id, PlanRequests.Update body, Patch patch) {
        return update(tenant, id, body, patch).plan();
    }

    /** Creates a plan under a live carrier (404 otherwise), filling each unset setting with its documented default. */
    @Transactional
    public Plan create(Tenant tenant, PlanRequests.Create body) {
        Ref carrier = liveCarrier(tenant, body.carrierUuid());
        UUID id = Ids.newId();
        var plan = new Plan(
                id,
                carrier,
                body.planType(),
                body.planType().network(),
                body.groupName(),
                body.groupNumber(),
                body.benefitYearStartMonth(),
                body.cobRule(),
                orDefault(body.claimFormType(), ClaimFormType.ada_2019),
                orDefault(body.claimsUseUcr(), false),
                orDefault(body.eclaimSendBehavior(), EclaimSendBehavior.send),
                body.filingCode(),
                body.filingCodeSubtype(),
                orDefault(body.assignmentOfBenefits(), true),
                orDefault(body.releaseOfInformation(), true),
                orDefault(body.isHidden(), false),
                orDefault(body.isMedical(), false),
                orDefault(body.isVerificationExempt(), false),
                orDefault(body.showBaseUnits(), false),
                orDefault(body.orthoAutoClaimType(), OrthoAutoClaimType.none),
                body.orthoAutoClaimDaysWait(),
                Money.of(body.orthoAutoFeeAmt()),
                upper(body.orthoAutoProcCode()),
                orDefault(body.substitutionCodeBehavior(), SubstitutionCodeBehavior.none),
                orDefault(body.writeoffOnSubstitution(), false),
                orDefault(body.exclusionFeeRule(), ExclusionFeeRule.practice_default),
                orDefault(body.zeroWriteoffOnAnnualMax(), TriState.DEFAULT),
                orDefault(body.zeroWriteoffOnFrequencyOrAge(), TriState.DEFAULT),
                body.planNote(),
                1,
                null,
                null,
                null,
                null);
        plans.insert(tenant.orgId(), plan);
        audit.record(tenant, ENTITY, id, "create", Set.of("carrier_uuid", "plan_type"));
        return get(tenant, id);
    }

    @Transactional
    PlanUpdated update(Tenant tenant, UUID id, PlanRequests.Update body, Patch patch) {
        Plan current = get(tenant, id);
        if (current.version() != body.baseVersion()) {
            throw ApiException.Conflict.staleVersion(current.version());
        }
        UUID carrierId = patch.applyRequired(
                "carrier_uuid", body.carrierUuid(), current.carrier().id());
        Ref carrier = carrierId.equals(current.carrier().id()) ? current.carrier() : liveCarrier(tenant, carrierId);
        var next = new Plan(
                id,
                carrier,
                current.planType(),
                current.network(),
                patch.apply("group_name", body.groupName(), current.groupName()),
                patch.apply("group_number", body.groupNumber(), current.groupNumber()),
                patch.apply("benefit_year_start_month", body.benefitYearStartMonth(), current.benefitYearStartMonth()),
                patch.apply("cob_rule", body.cobRule(), current.cobRule()),
                patch.applyRequired("claim_form_type", body.claimFormType(), current.claimFormType()),
                patch.applyRequired("claims_use_ucr", body.claimsUseUcr(), current.claimsUseUcr()),
                patch.applyRequired("eclaim_send_behavior", body.eclaimSendBehavior(), current.eclaimSendBehavior()),
                patch.apply("filing_code", body.filingCode(), current.filingCode()),
                patch.apply("filing_code_subtype", body.filingCodeSubtype(), current.filingCodeSubtype()),
                patch.applyRequired(
                        "assignment_of_benefits", body.assignmentOfBenefits(), current.assignmentOfBenefits()),
                patch.applyRequired(
                        "release_of_information", body.releaseOfInformation(), current.releaseOfInformation()),
                patch.applyRequired("is_hidden", body.isHidden(), current.isHidden()),
                patch.applyRequired("is_medical", body.isMedical(), current.isMedical()),
                patch.applyRequired(
                        "is_verification_exempt", body.isVerificationExempt(), current.isVerificationExempt()),
                patch.applyRequired("show_base_units", body.showBaseUnits(), current.showBaseUnits()),
                patch.applyRequired("ortho_auto_claim_type", body.orthoAutoClaimType(), current.orthoAutoClaimType()),
                patch.apply(
                        "ortho_auto_claim_days_wait", body.orthoAutoClaimDaysWait(), current.orthoAutoClaimDaysWait()),
                patch.apply("ortho_auto_fee_amt", Money.of(body.orthoAutoFeeAmt()), current.orthoAutoFeeAmt()),
                patch.apply("ortho_auto_proc_code", upper(body.orthoAutoProcCode()), current.orthoAutoProcCode()),
                patch.applyRequired(
                        "substitution_code_behavior",
                        body.substitutionCodeBehavior(),
                        current.substitutionCodeBehavior()),
                patch.applyRequired(
                        "writeoff_on_substitution", body.writeoffOnSubstitution(), current.writeoffOnSubstitution()),
                patch.applyRequired("exclusion_fee_rule", body.exclusionFeeRule(), current.exclusionFeeRule()),
                patch.applyRequired(
                        "zero_writeoff_on_annual_max",
                        body.zeroWriteoffOnAnnualMax(),
                        current.zeroWriteoffOnAnnualMax()),
                patch.applyRequired(
                        "zero_writeoff_on_frequency_or_age",
                        body.zeroWriteoffOnFrequencyOrAge(),
                        current.zeroWriteoffOnFrequencyOrAge()),
                patch.apply("plan_note", body.planNote(), current.planNote()),
                current.version(),
                current.createdAt(),
                current.updatedAt(),
                current.deletedAt(),
                null);
        if (!plans.update(tenant.orgId(), next, body.baseVersion())) {
            throw ApiException.Conflict.staleVersion(get(tenant, id).version());
        }
        audit.record(tenant, ENTITY, id, "update", patch.changed());
        return new PlanUpdated(get(tenant, id), plans.countActiveSubscribers(tenant.orgId(), id));
    }

    /**
     * Soft-deletes the plan (archiving an archived plan changes nothing) and says how many patient plans still hold
     * it; with {@code endCoverage} their subscriptions are terminated today in the same transaction.
     */
    @Transactional
    PlanArchived archive(Tenant tenant, UUID id, boolean endCoverage) {
        get(tenant, id);
        if (plans.archive(tenant.orgId(), id)) {
            audit.record(tenant, ENTITY, id, "archive", Set.of("deleted_at"));
        }
        PlanDependents coverage = dependents.getObject();
        int ended = endCoverage ? coverage.endCoverage(tenant, id) : 0;
        return new PlanArchived(get(tenant, id), coverage.patientPlansHolding(tenant, id), ended);
    }

    /**
     * A new plan with every setting of the source: the group name and number given, or the source's with
     * " (Copy)" appended to the name. Benefits are the benefit module's to copy.
     */
    @Transactional
    public Plan copy(Tenant tenant, UUID sourceId, String newGroupName, String newGroupNumber) {
        Plan source = get(tenant, sourceId);
        UUID id = Ids.newId();
        String groupName = newGroupName != null
                ? newGroupName
                : (source.groupName() == null ? "Copy" : source.groupName() + " (Copy)");
        String groupNumber = newGroupNumber != null ? newGroupNumber : source.groupNumber();
        var copy = new Plan(
                id,
                source.carrier(),
                source.planType(),
                source.network(),
                groupName,
                groupNumber,
                source.benefitYearStartMonth(),
                source.cobRule(),
                source.claimFormType(),
                source.claimsUseUcr(),
                source.eclaimSendBehavior(),
                source.filingCode(),
                source.filingCodeSubtype(),
                source.assignmentOfBenefits(),
                source.releaseOfInformation(),
                source.isHidden(),
                source.isMedical(),
                source.isVerificationExempt(),
                source.showBaseUnits(),
                source.orthoAutoClaimType(),
                source.orthoAutoClaimDaysWait(),
                source.orthoAutoFeeAmt(),
                source.orthoAutoProcCode(),
                source.substitutionCodeBehavior(),
                source.writeoffOnSubstitution(),
                source.exclusionFeeRule(),
                source.zeroWriteoffOnAnnualMax(),
                source.zeroWriteoffOnFrequencyOrAge(),
                source.planNote(),
                1,
                null,
                null,
                null,
                null);
        plans.insert(tenant.orgId(), copy);
        audit.record(tenant, ENTITY, id, "clone", Set.of("group_name", "group_number"));
        return get(tenant, id);
    }

    private Ref liveCarrier(Tenant tenant, UUID carrierId) {
        Carrier carrier = carriers.getLiveForAttaching(tenant, carrierId);
        return new Ref(carrier.id(), carrier.carrierName());
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static String upper(String code) {
        return code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
