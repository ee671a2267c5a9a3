package io.bitewing.x12;

import io.bitewing.benefit.Benefit;
import io.bitewing.benefit.Benefit.BenefitType;
import io.bitewing.benefit.Benefit.CoverageLevel;
import io.bitewing.benefit.Benefit.QuantityQualifier;
import io.bitewing.benefit.Benefit.TimePeriod;
import io.bitewing.benefit.BenefitRequests;
import io.bitewing.benefit.BenefitService;
import io.bitewing.benefit.BenefitSetService;
import io.bitewing.coverage.CoverageCategoryService;
import io.bitewing.plan.PlanService;
import io.bitewing.practice.procedurecode.ProcedureCodeService;
import io.bitewing.shared.Ids;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.FieldProblem;
import io.bitewing.x12.BenefitReading.Item;
import io.bitewing.x12.BenefitReading.Kind;
import io.bitewing.x12.BenefitReading.Proposed;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The readings of a 271 against the plan's live benefits: each rule resolved to the organisation's category or
 * procedure code, checked by the benefit module exactly as a bulk set would be, then matched to the plan's rule with
 * the same type, target, coverage level, time period and qualifier: add, change or unchanged.
 */
@Component
class ChangeSetDiff {

    private static final Set<BenefitType> LEVEL_AND_PERIOD_MATTER = EnumSet.of(
            BenefitType.deductible,
            BenefitType.family_deductible,
            BenefitType.annual_max,
            BenefitType.family_annual_max,
            BenefitType.ortho_lifetime_max,
            BenefitType.limitation);

    private final BenefitService benefits;
    private final BenefitSetService benefitSets;
    private final PlanService plans;
    private final CoverageCategoryService categories;
    private final ProcedureCodeService codes;
    private final JsonMapper json;

    ChangeSetDiff(
            BenefitService benefits,
            BenefitSetService benefitSets,
            PlanService plans,
            CoverageCategoryService categories,
            ProcedureCodeService codes,
            JsonMapper json) {
        this.benefits = benefits;
        this.benefitSets = benefitSets;
        this.plans = plans;
        this.categories = categories;
        this.codes = codes;
        this.json = json;
    }

    record Key(
            BenefitType type,
            UUID category,
            UUID group,
            UUID code,
            CoverageLevel level,
            TimePeriod period,
            QuantityQualifier qualifier) {}

    List<ChangeSetRepository.NewItem> items(Tenant tenant, UUID planId, List<Item> readings) {
        Integer yearStart = plans.get(tenant, planId).benefitYearStartMonth();
        Map<String, UUID> categoryIds = categories.liveIdsByName(tenant);
        var codeIds = new HashMap<String, UUID>();
        codes.findByCodes(
                        tenant,
                        readings.stream()
                                .filter(r ->
                                        r.proposed() != null && r.proposed().procedureCode() != null)
                                .map(r -> r.proposed().procedureCode())
                                .toList())
                .forEach((code, pc) -> codeIds.put(code, pc.id()));
        Map<Key, Benefit> current = benefits.listAll(tenant, planId).stream()
                .collect(Collectors.toMap(ChangeSetDiff::key, b -> b, (a, b) -> a));
        var seen = new HashMap<Key, Integer>();
        var out = new ArrayList<ChangeSetRepository.NewItem>();
        for (Item reading : readings) {
            int ordinal = out.size() + 1;
            if (reading.kind() != Kind.rule) {
                out.add(item(ordinal, reading, reading.kind().name(), reading.reason(), null, null));
                continue;
            }
            Proposed p = reading.proposed();
            UUID category = p.categoryName() == null ? null : categoryIds.get(p.categoryName());
            UUID code = p.procedureCode() == null ? null : codeIds.get(p.procedureCode());
            if (p.categoryName() != null && category == null) {
                out.add(notUnderstood(
                        ordinal, reading, "the organisation has no live coverage category '" + p.categoryName() + "'"));
                continue;
            }
            if (p.procedureCode() != null && code == null) {
                out.add(notUnderstood(
                        ordinal,
                        reading,
                        "procedure code " + p.procedureCode() + " is not one of the organisation's live codes"));
                continue;
            }
            BenefitRequests.Create create = create(p, category, code, yearStart);
            String refused = refusal(tenant, yearStart, create);
            if (refused != null) {
                out.add(notUnderstood(ordinal, reading, "not a valid benefit rule: " + refused));
                continue;
            }
            Key key = key(create);
            Integer earlier = seen.putIfAbsent(key, ordinal);
            if (earlier != null) {
                out.add(notUnderstood(
                        ordinal,
                        reading,
                        "repeats the rule of item " + earlier
                                + " (the same type, target, level, period and qualifier)"));
                continue;
            }
            Benefit now = current.get(key);
            String proposed = json.writeValueAsString(create);
            if (now == null) {
                out.add(item(ordinal, reading, "add", null, proposed, null));
            } else {
                String kind = same(now, create) ? "unchanged" : "change";
                out.add(new ChangeSetRepository.NewItem(
                        Ids.newId(),
                        ordinal,
                        kind,
                        reading.position(),
                        reading.segment(),
                        null,
                        notes(reading),
                        proposed,
                        now.id(),
                        json.writeValueAsString(now)));
            }
        }
        return out;
    }

    /** The benefit module's refusal of the rule, as text; null when it would accept it. */
    private String refusal(Tenant tenant, Integer yearStart, BenefitRequests.Create create) {
        try {
            benefitSets.check(tenant, yearStart, List.of(create));
            return null;
        } catch (ApiException.Invalid e) {
            return e.problems().stream().map(FieldProblem::msg).collect(Collectors.joining("; "));
        }
    }

    private static BenefitRequests.Create create(Proposed p, UUID category, UUID code, Integer yearStart) {
        CoverageLevel level = p.coverageLevel() != null
                ? p.coverageLevel()
                : switch (p.benefitType()) {
                    case family_deductible, family_annual_max -> CoverageLevel.family;
                    case deductible, annual_max, ortho_lifetime_max -> CoverageLevel.individual;
                    default -> CoverageLevel.none;
                };
        TimePeriod period = p.timePeriod() != null
                ? p.timePeriod()
                : p.benefitType() == BenefitType.ortho_lifetime_max
                        ? TimePeriod.lifetime
                        : yearStart == null || yearStart == 1 ? TimePeriod.calendar_year : TimePeriod.service_year;
        return new BenefitRequests.Create(
                p.benefitType(),
                category,
                null,
                code,
                level,
                p.percent(),
                p.amount(),
                period,
                p.quantityQualifier() == null ? QuantityQualifier.none : p.quantityQualifier(),
                p.quantity(),
                null,
                p.ageMin(),
                p.ageMax(),
                p.waitingPeriodMonths(),
                p.deductibleExempt(),
                null,
                null);
    }

    static Key key(BenefitRequests.Create c) {
        boolean matters = LEVEL_AND_PERIOD_MATTER.contains(c.benefitType());
        return new Key(
                c.benefitType(),
                c.coverageCategoryUuid(),
                c.codeGroupUuid(),
                c.procedureCodeUuid(),
                matters ? c.coverageLevel() : null,
                matters ? c.timePeriod() : null,
                c.benefitType() == BenefitType.limitation ? c.quantityQualifier() : null);
    }

    private static Key key(Benefit b) {
        boolean matters = LEVEL_AND_PERIOD_MATTER.contains(b.benefitType());
        return new Key(
                b.benefitType(),
                b.coverageCategory() == null ? null : b.coverageCategory().id(),
                b.codeGroup() == null ? null : b.codeGroup().id(),
                b.procedureCode() == null ? null : b.procedureCode().id(),
                matters ? b.coverageLevel() : null,
                matters ? b.timePeriod() : null,
                b.benefitType() == BenefitType.limitation ? b.quantityQualifier() : null);
    }

    private static boolean same(Benefit b, BenefitRequests.Create c) {
        return Objects.equals(b.percent(), c.percent())
                && amountsEqual(b.monetaryAmt(), c.monetaryAmt())
                && b.timePeriod() == c.timePeriod()
                && b.coverageLevel() == c.coverageLevel()
                && b.quantityQualifier() == c.quantityQualifier()
                && Objects.equals(b.quantity(), c.quantity())
                && Objects.equals(b.ageMin(), c.ageMin())
                && Objects.equals(b.ageMax(), c.ageMax())
                && Objects.equals(b.waitingPeriodMonths(), c.waitingPeriodMonths())
                && b.isDeductibleExempt() == Boolean.TRUE.equals(c.isDeductibleExempt());
    }

    private static boolean amountsEqual(java.math.BigDecimal a, java.math.BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private ChangeSetRepository.NewItem notUnderstood(int ordinal, Item reading, String reason) {
        return item(ordinal, reading, Kind.not_understood.name(), reason, null, null);
    }

    private ChangeSetRepository.NewItem item(
            int ordinal, Item reading, String kind, String reason, String proposed, UUID current) {
        return new ChangeSetRepository.NewItem(
                Ids.newId(),
                ordinal,
                kind,
                reading.position(),
                reading.segment(),
                reason,
                notes(reading),
                proposed,
                current,
                null);
    }

    private String notes(Item reading) {
        return json.writeValueAsString(reading.notes());
    }
}
