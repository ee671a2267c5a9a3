package io.bitewing.opendental;

import static io.bitewing.opendental.OdVocabulary.COVERAGE_LEVELS;
import static io.bitewing.opendental.OdVocabulary.QUANTITY_QUALIFIERS;
import static io.bitewing.opendental.OdVocabulary.TIME_PERIODS;
import static io.bitewing.opendental.OdVocabulary.TREAT_AREAS;
import static io.bitewing.opendental.OdVocabulary.nameOf;

import io.bitewing.benefit.Benefit;
import io.bitewing.benefit.Benefit.BenefitType;
import io.bitewing.benefit.Benefit.CoverageLevel;
import io.bitewing.benefit.Benefit.QuantityQualifier;
import io.bitewing.benefit.Benefit.TimePeriod;
import io.bitewing.benefit.BenefitRequests;
import io.bitewing.benefit.BenefitService;
import io.bitewing.coverage.CoverageCategoryService;
import io.bitewing.opendental.OdNumberRepository.Numbered;
import io.bitewing.opendental.OdVocabulary.OdBenefitType;
import io.bitewing.patientplan.PatientPlan;
import io.bitewing.patientplan.PatientPlanService;
import io.bitewing.practice.procedurecode.ProcedureCode.TreatArea;
import io.bitewing.practice.procedurecode.ProcedureCodeService;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.Ref;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Open Dental's Benefits API over the benefit module. Fields map one to one; only the type folds, both ways, so a
 * benefit reads back as it was written and the estimator sees its natural type: Limitations with an amount and no
 * target is the annual maximum (family at Family, kept as written at None), Limitations with an amount over the
 * lifetime on the Ortho category is the ortho lifetime maximum, Deductible at Family is the family deductible.
 */
@Service
@Transactional(readOnly = true)
class OdBenefits {

    private static final Set<QuantityQualifier> FREQUENCY =
            EnumSet.of(QuantityQualifier.number_of_services, QuantityQualifier.years, QuantityQualifier.months);
    private static final int MAX_PAGE = 100;

    private final BenefitService benefits;
    private final PatientPlanService patientPlans;
    private final CoverageCategoryService categories;
    private final ProcedureCodeService codes;
    private final OdNumberRepository numbers;
    private final OdValidation validation;

    OdBenefits(
            BenefitService benefits,
            PatientPlanService patientPlans,
            CoverageCategoryService categories,
            ProcedureCodeService codes,
            OdNumberRepository numbers,
            OdValidation validation) {
        this.validation = validation;
        this.benefits = benefits;
        this.patientPlans = patientPlans;
        this.categories = categories;
        this.codes = codes;
        this.numbers = numbers;
    }

    OdBenefit get(Tenant tenant, long benefitNum) {
        return show(tenant, List.of(benefit(tenant, benefitNum))).get(0);
    }

    /** Of a plan, of a patient plan, of both (the plan's and the patient plan's), or of every plan. */
    List<OdBenefit> list(Tenant tenant, Long planNum, Long patPlanNum, int offset, int limit) {
        List<UUID> plans = planNum == null || planNum == 0 ? List.of() : List.of(plan(tenant, planNum));
        List<UUID> patientPlanIds = patPlanNum == null || patPlanNum == 0
                ? List.of()
                : List.of(patientPlan(tenant, patPlanNum).id());
        return show(tenant, benefits.listByNumber(tenant, plans, patientPlanIds, offset, Math.min(limit, MAX_PAGE)));
    }

    @Transactional
    OdBenefit create(Tenant tenant, JsonNode json) {
        OdBody body = OdBody.of(json, OdBenefit.class);
        long planNum = orZero(body.whole("PlanNum"));
        long patPlanNum = orZero(body.whole("PatPlanNum"));
        if (planNum == 0 && patPlanNum == 0) {
            throw OdException.badRequest("PlanNum or PatPlanNum is required.");
        }
        if (planNum != 0 && patPlanNum != 0) {
            throw OdException.badRequest("Only one of PlanNum or PatPlanNum may be set.");
        }
        if (!body.has("BenefitType")) {
            throw OdException.badRequest("BenefitType is required.");
        }
        if (!body.has("CoverageLevel")) {
            throw OdException.badRequest("CoverageLevel is required.");
        }
        Fields fields = Fields.read(body, Fields.EMPTY);
        if (planNum != 0) {
            UUID planId = plan(tenant, planNum);
            return show(tenant, List.of(benefits.create(tenant, planId, nativeOf(tenant, fields, null))))
                    .get(0);
        }
        PatientPlan patientPlan = patientPlan(tenant, patPlanNum);
        Benefit created =
                benefits.createOverride(tenant, patientPlan.planId(), patientPlan.id(), nativeOf(tenant, fields, null));
        return show(tenant, List.of(created)).get(0);
    }

    /** Partial: what the body leaves out stays; the last writer wins, as Open Dental has no versions. */
    @Transactional
    OdBenefit update(Tenant tenant, long benefitNum, JsonNode json) {
        OdBody body = OdBody.of(json, OdBenefit.class);
        Benefit current = benefit(tenant, benefitNum);
        Fields was = Fields.of(show(tenant, List.of(current)).get(0));
        Fields next = Fields.read(body, was);
        if (was.codeGroupNum() != 0
                && next.codeGroupNum() != was.codeGroupNum()
                && current.benefitType() == BenefitType.limitation
                && (FREQUENCY.contains(current.quantityQualifier())
                        || current.quantityQualifier() == QuantityQualifier.age_limit)) {
            throw OdException.badRequest(
                    "CodeGroupNum cannot be changed for a Frequency Limitation or an Age Limit benefit.");
        }
        return show(tenant, List.of(benefits.rewrite(tenant, benefitNum, nativeOf(tenant, next, current))))
                .get(0);
    }

    @Transactional
    void delete(Tenant tenant, long benefitNum) {
        Benefit current = benefit(tenant, benefitNum);
        if (current.insurancePlan() != null) {
            benefits.delete(tenant, current.insurancePlan().id(), current.id());
        } else {
            benefits.deleteOverride(tenant, current.patientPlan().id(), current.id());
        }
    }

    /** The fields of a benefit as Open Dental names them, with the -1 and 0 of "empty" already read. */
    record Fields(
            OdBenefitType type,
            CoverageLevel level,
            long covCatNum,
            Integer percent,
            BigDecimal amount,
            TimePeriod timePeriod,
            QuantityQualifier qualifier,
            int quantity,
            long codeNum,
            String procCode,
            long codeGroupNum,
            TreatArea treatArea) {

        static final Fields EMPTY =
                new Fields(null, null, 0, null, null, null, QuantityQualifier.none, 0, 0, "", 0, null);

        static Fields of(OdBenefit b) {
            return new Fields(
                    OdVocabulary.BENEFIT_TYPES.get(b.benefitType()),
                    COVERAGE_LEVELS.get(b.coverageLevel()),
                    b.covCatNum(),
                    b.percent() == -1 ? null : b.percent(),
                    b.monetaryAmt().signum() < 0 ? null : b.monetaryAmt(),
                    TIME_PERIODS.get(b.timePeriod()),
                    QUANTITY_QUALIFIERS.get(b.quantityQualifier()),
                    b.quantity(),
                    b.codeNum(),
                    b.procCode(),
                    b.codeGroupNum(),
                    "None".equals(b.treatArea()) ? null : TREAT_AREAS.get(b.treatArea()));
        }

        /** The body over {@code was}: each field sent replaces it, each checked as Open Dental checks it. */
        static Fields read(OdBody body, Fields was) {
            OdBenefitType type = or(body.choice("BenefitType", OdVocabulary.BENEFIT_TYPES), was.type());
            Integer percent = body.has("Percent") ? body.integer("Percent") : was.percent();
            if (percent != null && percent == -1) {
                percent = null;
            }
            if (percent != null && (percent < 0 || percent > 100)) {
                throw OdException.badRequest("Percent must be a value between 0 and 100.");
            }
            if (percent != null && type != OdBenefitType.CoInsurance) {
                throw OdException.badRequest("Percent is only allowed if BenefitType is \"CoInsurance\".");
            }
            BigDecimal amount = body.has("MonetaryAmt") ? body.decimal("MonetaryAmt") : was.amount();
            if (amount != null && amount.compareTo(new BigDecimal("-1")) == 0) {
                amount = null;
            }
            if (amount != null && amount.signum() < 0) {
                throw OdException.badRequest("MonetaryAmt must be 0 or more, or -1 for empty.");
            }
            if (amount != null
                    && amount.scale() > 2
                    && amount.stripTrailingZeros().scale() > 2) {
                throw OdException.badRequest("MonetaryAmt may have at most two decimal places.");
            }
            if (amount != null
                    && EnumSet.of(OdBenefitType.CoInsurance, OdBenefitType.Exclusions, OdBenefitType.WaitingPeriod)
                            .contains(type)) {
                throw OdException.badRequest(
                        "MonetaryAmt is only used if BenefitType is \"CoPayment\", \"Limitations\", or \"Deductible\".");
            }
            QuantityQualifier qualifier = or(body.choice("QuantityQualifier", QUANTITY_QUALIFIERS), was.qualifier());
            int quantity = body.has("Quantity") ? body.integer("Quantity") : was.quantity();
            if (quantity < 0 || quantity > 100) {
                throw OdException.badRequest("Quantity must be a value between 0 and 100.");
            }
            if (qualifier == QuantityQualifier.age_limit && quantity <= 0) {
                throw OdException.badRequest(
                        "Quantity must be a value greater than 0 if QuantityQualifier is \"AgeLimit\".");
            }
            if (type == OdBenefitType.WaitingPeriod
                    && qualifier != QuantityQualifier.months
                    && qualifier != QuantityQualifier.years) {
                throw OdException.badRequest(
                        "QuantityQualifier must be \"Months\" or \"Years\" if BenefitType is \"WaitingPeriod\".");
            }
            long covCatNum = body.has("CovCatNum") ? body.whole("CovCatNum") : was.covCatNum();
            long codeNum = body.has("CodeNum") ? body.whole("CodeNum") : was.codeNum();
            String procCode = body.has("procCode") ? body.text("procCode").strip() : was.procCode();
            if (body.has("CodeNum") && !body.has("procCode") && codeNum != was.codeNum()) {
                procCode = "";
            } else if (body.has("procCode") && !body.has("CodeNum")) {
                codeNum = 0;
            }
            if (covCatNum != 0 && (codeNum != 0 || !procCode.isEmpty())) {
                throw OdException.badRequest("CodeNum and procCode are only allowed if CovCatNum is 0.");
            }
            long codeGroupNum = body.has("CodeGroupNum") ? body.whole("CodeGroupNum") : was.codeGroupNum();
            TreatArea area = body.has("TreatArea") ? body.choice("TreatArea", TREAT_AREAS) : was.treatArea();
            if (area == TreatArea.none) {
                area = null;
            }
            boolean frequency = type == OdBenefitType.Limitations && amount == null && FREQUENCY.contains(qualifier);
            if (area != null && !frequency) {
                throw OdException.badRequest("TreatArea is only allowed if the benefit is a Frequency Limitation.");
            }
            return new Fields(
                    type,
                    or(body.choice("CoverageLevel", COVERAGE_LEVELS), was.level()),
                    covCatNum,
                    percent,
                    amount,
                    or(body.choice("TimePeriod", TIME_PERIODS), was.timePeriod()),
                    qualifier,
                    quantity,
                    codeNum,
                    procCode,
                    codeGroupNum,
                    area);
        }

        private static <T> T or(T value, T otherwise) {
            return value != null ? value : otherwise;
        }
    }

    /** The native request for these fields; a rewrite keeps what only the native API sets (ages, exemption). */
    private BenefitRequests.Create nativeOf(Tenant tenant, Fields f, Benefit current) {
        UUID category = f.covCatNum() == 0 ? null : reference(tenant, Numbered.CATEGORY, f.covCatNum(), "CovCatNum");
        UUID group =
                f.codeGroupNum() == 0 ? null : reference(tenant, Numbered.CODE_GROUP, f.codeGroupNum(), "CodeGroupNum");
        UUID code = null;
        if (f.codeNum() != 0) {
            code = reference(tenant, Numbered.PROCEDURE_CODE, f.codeNum(), "CodeNum");
        } else if (!f.procCode().isEmpty()) {
            code = codes.findByCode(tenant, f.procCode())
                    .filter(c -> c.deletedAt() == null)
                    .orElseThrow(() -> OdException.badRequest("procCode is invalid."))
                    .id();
        }
        if (group != null && (category != null || code != null)) {
            throw OdException.badRequest("CodeGroupNum cannot be combined with CovCatNum, CodeNum or procCode.");
        }
        boolean untargeted = category == null && group == null && code == null;
        BenefitType type = nativeType(tenant, f, untargeted, category);
        boolean nativeQuantity = f.qualifier() != QuantityQualifier.none || f.quantity() != 0;
        return validation.valid(new BenefitRequests.Create(
                type,
                category,
                group,
                code,
                f.level(),
                f.percent(),
                f.amount(),
                f.timePeriod(),
                f.qualifier(),
                nativeQuantity ? f.quantity() : null,
                f.treatArea(),
                current == null ? null : current.ageMin(),
                current == null ? null : current.ageMax(),
                null,
                current != null && current.isDeductibleExempt(),
                current == null || current.substitutionCode() == null
                        ? null
                        : current.substitutionCode().id(),
                null));
    }

    private BenefitType nativeType(Tenant tenant, Fields f, boolean untargeted, UUID category) {
        return switch (f.type()) {
            case ActiveCoverage -> BenefitType.active_coverage;
            case CoInsurance -> BenefitType.coinsurance;
            case CoPayment -> BenefitType.copayment;
            case Exclusions -> BenefitType.exclusion;
            case WaitingPeriod -> BenefitType.waiting_period;
            case Deductible ->
                f.level() == CoverageLevel.family ? BenefitType.family_deductible : BenefitType.deductible;
            case Limitations -> {
                boolean maximum = f.amount() != null && f.qualifier() == QuantityQualifier.none;
                if (maximum && untargeted && f.level() == CoverageLevel.individual) {
                    yield BenefitType.annual_max;
                }
                if (maximum && untargeted && f.level() == CoverageLevel.family) {
                    yield BenefitType.family_annual_max;
                }
                if (maximum
                        && f.timePeriod() == TimePeriod.lifetime
                        && category != null
                        && category.equals(orthoCategory(tenant))) {
                    yield BenefitType.ortho_lifetime_max;
                }
                yield BenefitType.limitation;
            }
        };
    }

    /** Open Dental's view of native benefits, with every number looked up in one query per kind. */
    private List<OdBenefit> show(Tenant tenant, List<Benefit> list) {
        UUID org = tenant.orgId();
        Map<UUID, Long> planNums = numbers.numsOf(org, Numbered.PLAN, ids(list, Benefit::insurancePlan));
        Map<UUID, Long> patPlanNums = numbers.numsOf(org, Numbered.PATIENT_PLAN, ids(list, Benefit::patientPlan));
        UUID ortho = list.stream().anyMatch(b -> b.benefitType() == BenefitType.ortho_lifetime_max)
                ? orthoCategory(tenant)
                : null;
        var categoryIds = new java.util.ArrayList<>(ids(list, Benefit::coverageCategory));
        if (ortho != null) {
            categoryIds.add(ortho);
        }
        Map<UUID, Long> categoryNums = numbers.numsOf(org, Numbered.CATEGORY, categoryIds);
        Map<UUID, Long> groupNums = numbers.numsOf(org, Numbered.CODE_GROUP, ids(list, Benefit::codeGroup));
        Map<UUID, Long> codeNums = numbers.numsOf(
                org,
                Numbered.PROCEDURE_CODE,
                list.stream()
                        .filter(b -> b.procedureCode() != null)
                        .map(b -> b.procedureCode().id())
                        .toList());
        return list.stream()
                .map(b -> {
                    UUID category = b.coverageCategory() != null
                            ? b.coverageCategory().id()
                            : b.benefitType() == BenefitType.ortho_lifetime_max ? ortho : null;
                    return new OdBenefit(
                            b.odNum(),
                            num(planNums, b.insurancePlan()),
                            num(patPlanNums, b.patientPlan()),
                            category == null ? 0 : OdJson.num(categoryNums.get(category)),
                            odType(b.benefitType()).name(),
                            b.percent() == null ? -1 : b.percent(),
                            b.monetaryAmt() == null ? OdJson.EMPTY_AMOUNT : b.monetaryAmt(),
                            nameOf(TIME_PERIODS, b.timePeriod()),
                            nameOf(QUANTITY_QUALIFIERS, b.quantityQualifier()),
                            b.quantity() != null
                                    ? b.quantity()
                                    : b.waitingPeriodMonths() != null ? b.waitingPeriodMonths() : 0,
                            b.procedureCode() == null
                                    ? 0
                                    : OdJson.num(codeNums.get(b.procedureCode().id())),
                            b.procedureCode() == null ? "" : b.procedureCode().code(),
                            nameOf(COVERAGE_LEVELS, b.coverageLevel()),
                            OdJson.dateTime(b.createdAt()),
                            OdJson.dateTime(b.updatedAt() != null ? b.updatedAt() : b.createdAt()),
                            num(groupNums, b.codeGroup()),
                            b.treatArea() == null ? "None" : nameOf(TREAT_AREAS, b.treatArea()));
                })
                .toList();
    }

    private static OdBenefitType odType(BenefitType type) {
        return switch (type) {
            case active_coverage -> OdBenefitType.ActiveCoverage;
            case coinsurance -> OdBenefitType.CoInsurance;
            case copayment -> OdBenefitType.CoPayment;
            case exclusion -> OdBenefitType.Exclusions;
            case waiting_period -> OdBenefitType.WaitingPeriod;
            case deductible, family_deductible -> OdBenefitType.Deductible;
            case limitation, annual_max, family_annual_max, ortho_lifetime_max -> OdBenefitType.Limitations;
        };
    }

    /** The category Open Dental keeps the ortho maximum on: the one named Ortho or Orthodontics. */
    private UUID orthoCategory(Tenant tenant) {
        return categories.liveIdsByName(tenant).entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("Ortho") || e.getKey().equalsIgnoreCase("Orthodontics"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    private Benefit benefit(Tenant tenant, long benefitNum) {
        try {
            return benefits.getByNum(tenant, benefitNum);
        } catch (ApiException.NotFound e) {
            throw OdException.notFound("Benefit not found.");
        }
    }

    private UUID plan(Tenant tenant, long planNum) {
        return numbers.idOf(tenant.orgId(), Numbered.PLAN, planNum)
                .orElseThrow(() -> OdException.notFound("InsPlan not found."));
    }

    private PatientPlan patientPlan(Tenant tenant, long patPlanNum) {
        UUID id = numbers.idOf(tenant.orgId(), Numbered.PATIENT_PLAN, patPlanNum)
                .orElseThrow(() -> OdException.notFound("PatPlan not found."));
        PatientPlan patientPlan = patientPlans.get(tenant, id);
        if (patientPlan.deletedAt() != null) {
            throw OdException.notFound("PatPlan not found.");
        }
        return patientPlan;
    }

    private UUID reference(Tenant tenant, Numbered kind, long num, String field) {
        return numbers.idOf(tenant.orgId(), kind, num)
                .orElseThrow(() -> OdException.badRequest(field + " is invalid."));
    }

    private static List<UUID> ids(List<Benefit> list, java.util.function.Function<Benefit, Ref> ref) {
        return list.stream().map(ref).filter(Objects::nonNull).map(Ref::id).toList();
    }

    private static long num(Map<UUID, Long> nums, Ref ref) {
        return ref == null ? 0 : OdJson.num(nums.get(ref.id()));
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
