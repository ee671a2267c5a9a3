package io.bitewing.opendental;

import io.bitewing.opendental.OdNumberRepository.Numbered;
import io.bitewing.plan.Plan;
import io.bitewing.plan.Plan.CobRule;
import io.bitewing.plan.Plan.ExclusionFeeRule;
import io.bitewing.plan.Plan.PlanType;
import io.bitewing.plan.Plan.SubstitutionCodeBehavior;
import io.bitewing.plan.Plan.TriState;
import io.bitewing.plan.PlanRequests;
import io.bitewing.plan.PlanService;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Patch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Open Dental's InsPlans API over the plan module. PlanType "p" is a PPO (percentage, or fixed benefit when the
 * plan already is one), "f" flat copay, "c" capitation, "" category percentage. Numbers for what Bitewing keeps
 * elsewhere or not at all (FeeSched, CopayFeeSched, ClaimFormNum, EmployerNum, BillingType, ManualFeeSchedNum,
 * FilingCodeSubtype, IsBlueBookEnabled) are accepted at their "none" value and refused otherwise, never dropped.
 */
@Service
@Transactional(readOnly = true)
class OdInsPlans {

    static final Map<String, PlanType> PLAN_TYPES = OdVocabulary.ordered(
            "",
            PlanType.category_percentage,
            "p",
            PlanType.ppo_percentage,
            "f",
            PlanType.medicaid_flat_copay,
            "c",
            PlanType.capitation);
    private static final Map<String, PlanType> FILTER_TYPES = OdVocabulary.ordered(
            "percentage",
            PlanType.category_percentage,
            "p",
            PlanType.ppo_percentage,
            "f",
            PlanType.medicaid_flat_copay,
            "c",
            PlanType.capitation);
    private static final Map<String, CobRule> COB_RULES = OdVocabulary.ordered(
            "Basic",
            CobRule.basic,
            "Standard",
            CobRule.standard,
            "CarveOut",
            CobRule.carve_out,
            "SecondaryMedicaid",
            CobRule.secondary_medicaid);
    private static final Map<String, ExclusionFeeRule> EXCLUSION_FEE_RULES = OdVocabulary.ordered(
            "PracticeDefault",
            ExclusionFeeRule.practice_default,
            "DoNothing",
            ExclusionFeeRule.do_nothing,
            "UseUcrFee",
            ExclusionFeeRule.use_ucr_fee);
    private static final Map<String, TriState> TRI_STATES =
            OdVocabulary.ordered("Default", TriState.DEFAULT, "Yes", TriState.yes, "No", TriState.no);
    private static final List<String> NO_HOME = List.of(
            "FeeSched",
            "ClaimFormNum",
            "CopayFeeSched",
            "EmployerNum",
            "FilingCodeSubtype",
            "BillingType",
            "ManualFeeSchedNum");

    private final PlanService plans;
    private final OdNumberRepository numbers;
    private final OdValidation validation;

    OdInsPlans(PlanService plans, OdNumberRepository numbers, OdValidation validation) {
        this.validation = validation;
        this.plans = plans;
        this.numbers = numbers;
    }

    OdInsPlan get(Tenant tenant, long planNum) {
        return show(tenant, List.of(plan(tenant, planNum))).get(0);
    }

    List<OdInsPlan> list(Tenant tenant, String planType, Long carrierNum, int offset, int limit) {
        PlanType type = planType == null ? null : FILTER_TYPES.get(planType);
        if (planType != null && type == null) {
            throw OdException.badRequest("PlanType is invalid. Either percentage, p, f, or c.");
        }
        UUID carrier = carrierNum == null ? null : carrier(tenant, carrierNum);
        var filter = new PlanService.Filter(carrier, type, null, true);
        List<Plan> page;
        if (type == PlanType.ppo_percentage) {
            // "p" names both PPO shapes, as in Open Dental: merge the two in number order, then take the window.
            var fixed = new PlanService.Filter(carrier, PlanType.ppo_fixed_benefit, null, true);
            PageRequest upTo = PageRequest.of(1, Math.min(offset + limit, PageRequest.MAX_PAGE_SIZE));
            var all = new ArrayList<>(plans.listByNumber(tenant, filter, upTo).items());
            all.addAll(plans.listByNumber(tenant, fixed, upTo).items());
            all.sort(Comparator.comparing(p -> OdJson.num(p.odNum())));
            page = all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
        } else {
            page = OdController.window(
                    offset,
                    limit,
                    request -> plans.listByNumber(tenant, filter, request).items());
        }
        return show(tenant, page);
    }

    /** Open Dental answers a created plan with 200 and the plan, and so does this. */
    @Transactional
    OdInsPlan create(Tenant tenant, JsonNode json) {
        OdBody body = OdBody.of(json, OdInsPlan.class);
        refuseWhatHasNoHome(body);
        Long carrierNum = body.whole("CarrierNum");
        if (carrierNum == null || carrierNum == 0) {
            throw OdException.badRequest("CarrierNum is required.");
        }
        PlanType type = body.has("PlanType") ? body.choice("PlanType", PLAN_TYPES) : PlanType.category_percentage;
        Plan created = plans.create(
                tenant,
                validation.valid(new PlanRequests.Create(
                        carrier(tenant, carrierNum),
                        type,
                        body.text("GroupName"),
                        body.text("GroupNum"),
                        monthRenew(body),
                        body.choice("CobRule", COB_RULES),
                        null,
                        body.bool("ClaimsUseUCR"),
                        null,
                        filingCode(body),
                        null,
                        null,
                        null,
                        body.bool("IsHidden"),
                        body.bool("IsMedical"),
                        null,
                        body.bool("ShowBaseUnits"),
                        null,
                        null,
                        null,
                        null,
                        substitution(body, null),
                        null,
                        body.choice("ExclusionFeeRule", EXCLUSION_FEE_RULES),
                        body.choice("InsPlansZeroWriteOffsOnAnnualMaxOverride", TRI_STATES),
                        body.choice("InsPlansZeroWriteOffsOnFreqOrAgingOverride", TRI_STATES),
                        body.text("PlanNote"))));
        return show(tenant, List.of(created)).get(0);
    }

    /** Partial; the last writer wins. Bitewing keeps a plan's type for life, so PlanType may not change it. */
    @Transactional
    OdInsPlan update(Tenant tenant, long planNum, JsonNode json) {
        OdBody body = OdBody.of(json, OdInsPlan.class);
        refuseWhatHasNoHome(body);
        Plan current = plan(tenant, planNum);
        if (body.has("PlanType")) {
            PlanType type = body.choice("PlanType", PLAN_TYPES);
            boolean same = type == current.planType()
                    || (type == PlanType.ppo_percentage && current.planType() == PlanType.ppo_fixed_benefit);
            if (!same) {
                throw OdException.badRequest("PlanType cannot be changed on an existing plan here: create a plan of "
                        + "the new type and move the subscribers to it.");
            }
        }
        var present = new HashSet<String>();
        UUID carrier = null;
        if (body.has("CarrierNum")) {
            carrier = carrier(tenant, body.whole("CarrierNum"));
            present.add("carrier_uuid");
        }
        mark(body, present, "GroupName", "group_name");
        mark(body, present, "GroupNum", "group_number");
        mark(body, present, "PlanNote", "plan_note");
        mark(body, present, "MonthRenew", "benefit_year_start_month");
        mark(body, present, "CobRule", "cob_rule");
        mark(body, present, "ClaimsUseUCR", "claims_use_ucr");
        mark(body, present, "FilingCode", "filing_code");
        mark(body, present, "IsHidden", "is_hidden");
        mark(body, present, "IsMedical", "is_medical");
        mark(body, present, "ShowBaseUnits", "show_base_units");
        mark(body, present, "CodeSubstNone", "substitution_code_behavior");
        mark(body, present, "ExclusionFeeRule", "exclusion_fee_rule");
        mark(body, present, "InsPlansZeroWriteOffsOnAnnualMaxOverride", "zero_writeoff_on_annual_max");
        mark(body, present, "InsPlansZeroWriteOffsOnFreqOrAgingOverride", "zero_writeoff_on_frequency_or_age");
        var update = validation.valid(new PlanRequests.Update(
                current.version(),
                carrier,
                body.text("GroupName"),
                body.text("GroupNum"),
                monthRenew(body),
                body.choice("CobRule", COB_RULES),
                null,
                body.bool("ClaimsUseUCR"),
                null,
                filingCode(body),
                null,
                null,
                null,
                body.bool("IsHidden"),
                body.bool("IsMedical"),
                null,
                body.bool("ShowBaseUnits"),
                null,
                null,
                null,
                null,
                substitution(body, current),
                null,
                body.choice("ExclusionFeeRule", EXCLUSION_FEE_RULES),
                body.choice("InsPlansZeroWriteOffsOnAnnualMaxOverride", TRI_STATES),
                body.choice("InsPlansZeroWriteOffsOnFreqOrAgingOverride", TRI_STATES),
                body.text("PlanNote")));
        return show(tenant, List.of(plans.change(tenant, current.id(), update, new Patch(present))))
                .get(0);
    }

    private List<OdInsPlan> show(Tenant tenant, List<Plan> list) {
        Map<UUID, Long> carrierNums = numbers.numsOf(
                tenant.orgId(),
                Numbered.CARRIER,
                list.stream().map(p -> p.carrier().id()).toList());
        return list.stream()
                .map(p -> new OdInsPlan(
                        OdJson.num(p.odNum()),
                        OdJson.text(p.groupName()),
                        OdJson.text(p.groupNumber()),
                        OdJson.text(p.planNote()),
                        0,
                        p.planType() == PlanType.ppo_fixed_benefit
                                ? "p"
                                : OdVocabulary.nameOf(PLAN_TYPES, p.planType()),
                        0,
                        OdJson.bool(p.claimsUseUcr()),
                        0,
                        0,
                        OdJson.num(carrierNums.get(p.carrier().id())),
                        OdJson.bool(p.isMedical()),
                        filingCodeOf(p.filingCode()),
                        OdJson.bool(p.showBaseUnits()),
                        OdJson.bool(p.substitutionCodeBehavior() == SubstitutionCodeBehavior.none),
                        OdJson.bool(p.isHidden()),
                        p.benefitYearStartMonth() == null ? 0 : p.benefitYearStartMonth(),
                        0,
                        OdVocabulary.nameOf(COB_RULES, p.cobRule()),
                        0,
                        OdJson.date(p.createdAt()),
                        OdJson.dateTime(p.updatedAt() != null ? p.updatedAt() : p.createdAt()),
                        0,
                        OdVocabulary.nameOf(EXCLUSION_FEE_RULES, p.exclusionFeeRule()),
                        0,
                        "false",
                        OdVocabulary.nameOf(TRI_STATES, p.zeroWriteoffOnAnnualMax()),
                        OdVocabulary.nameOf(TRI_STATES, p.zeroWriteoffOnFrequencyOrAge())))
                .toList();
    }

    private static void refuseWhatHasNoHome(OdBody body) {
        for (String field : NO_HOME) {
            Long value = body.whole(field);
            if (value != null && value != 0) {
                throw OdException.badRequest(field + " is not kept by this server; send 0 or leave it out (fee "
                        + "schedules are assigned through /api/v1/{org}/insurance/fee-schedule-assignments).");
            }
        }
        if (Boolean.TRUE.equals(body.bool("IsBlueBookEnabled"))) {
            throw OdException.badRequest("IsBlueBookEnabled cannot be \"true\" on this server: it keeps no blue book.");
        }
    }

    private static Integer monthRenew(OdBody body) {
        Integer month = body.integer("MonthRenew");
        if (month != null && (month < 0 || month > 12)) {
            throw OdException.badRequest("MonthRenew must be 0 (calendar year) or a month from 1 to 12.");
        }
        return month == null || month == 0 ? null : month;
    }

    private static String filingCode(OdBody body) {
        Long code = body.whole("FilingCode");
        return code == null || code == 0 ? null : code.toString();
    }

    private static long filingCodeOf(String stored) {
        return stored != null && stored.matches("\\d{1,18}") ? Long.parseLong(stored) : 0;
    }

    /** CodeSubstNone "true": the plan ignores substitution codes; "false" downgrades (a plan's own rule stays). */
    private static SubstitutionCodeBehavior substitution(OdBody body, Plan current) {
        Boolean none = body.bool("CodeSubstNone");
        if (none == null) {
            return null;
        }
        if (none) {
            return SubstitutionCodeBehavior.none;
        }
        return current != null && current.substitutionCodeBehavior() != SubstitutionCodeBehavior.none
                ? current.substitutionCodeBehavior()
                : SubstitutionCodeBehavior.downgrade_to_amalgam;
    }

    private static void mark(OdBody body, Set<String> present, String odField, String nativeField) {
        if (body.has(odField)) {
            present.add(nativeField);
        }
    }

    private Plan plan(Tenant tenant, long planNum) {
        UUID id = numbers.idOf(tenant.orgId(), Numbered.PLAN, planNum)
                .orElseThrow(() -> OdException.notFound("InsPlan not found."));
        try {
            return plans.get(tenant, id);
        } catch (ApiException.NotFound e) {
            throw OdException.notFound("InsPlan not found.");
        }
    }

    private UUID carrier(Tenant tenant, long carrierNum) {
        return numbers.idOf(tenant.orgId(), Numbered.CARRIER, carrierNum)
                .orElseThrow(() -> OdException.badRequest("CarrierNum is invalid."));
    }
}
