package io.bitewing.estimate.engine;

import io.bitewing.estimate.engine.EstimateInput.Mode;
import io.bitewing.estimate.engine.HistoryRow.HistoryStatus;
import io.bitewing.estimate.engine.PlanInput.CobRule;
import io.bitewing.estimate.engine.PlanInput.PlanType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds engine inputs for tests: a small category layout, plans and procedures, with readable defaults. */
final class Scenario {
    static final String GENERAL = "general",
            DIAGNOSTIC = "diagnostic",
            XRAY = "xray",
            PREVENTIVE = "preventive",
            RESTORATIVE = "restorative",
            CROWNS = "crowns",
            PERIO = "perio",
            ORTHO = "ortho";

    static final Map<String, CodeCategories> CATEGORIES = new HashMap<>();

    static {
        for (String c : List.of("D0120", "D0150")) CATEGORIES.put(c, general(DIAGNOSTIC));
        for (String c : List.of("D0220", "D0270", "D0274", "D0330")) CATEGORIES.put(c, general(DIAGNOSTIC, XRAY));
        for (String c : List.of("D1110", "D1206", "D1351")) CATEGORIES.put(c, general(PREVENTIVE));
        for (String c : List.of("D2150", "D2160", "D2161", "D2392")) CATEGORIES.put(c, general(RESTORATIVE));
        for (String c : List.of("D2740", "D2750")) CATEGORIES.put(c, general(CROWNS));
        CATEGORIES.put("D4355", general(PERIO));
        CATEGORIES.put("D8090", new CodeCategories(ORTHO, List.of(ORTHO), false));
    }

    /** A code inside the General spans: in the General category first, then its own categories in order. */
    private static CodeCategories general(String... ids) {
        var all = new ArrayList<String>(List.of(GENERAL));
        all.addAll(Arrays.asList(ids));
        return new CodeCategories(ids[ids.length - 1], all, true);
    }

    LocalDate asOf = LocalDate.of(2026, 3, 1);
    LocalDate birthdate = LocalDate.of(1980, 1, 1);
    Settings settings = Settings.DEFAULTS;
    Mode mode = Mode.TREATMENT_PLAN;
    boolean applyLimits = true;
    CategoryRoles roles = new CategoryRoles(DIAGNOSTIC, PREVENTIVE, GENERAL);
    final List<Plan> plans = new ArrayList<>();
    final List<ProcedureInput> procedures = new ArrayList<>();

    static Scenario scenario() {
        return new Scenario();
    }

    Plan plan(PlanType type) {
        Plan p = new Plan(type, "plan" + (plans.size() + 1));
        plans.add(p);
        return p;
    }

    Scenario procedure(String ref, String code, String fee) {
        procedures.add(ProcedureInput.of(ref, code, fee));
        return this;
    }

    Scenario procedure(ProcedureInput p) {
        procedures.add(p);
        return this;
    }

    Scenario settings(Settings s) {
        settings = s;
        return this;
    }

    Scenario asOf(LocalDate d) {
        asOf = d;
        return this;
    }

    Scenario age(int years) {
        birthdate = asOf.minusYears(years).minusDays(1);
        return this;
    }

    Scenario independent() {
        mode = Mode.INDEPENDENT;
        return this;
    }

    EstimateResult run() {
        return EstimationEngine.estimate(new EstimateInput(
                birthdate,
                plans.stream().map(Plan::build).toList(),
                CATEGORIES,
                settings,
                procedures,
                asOf,
                mode,
                applyLimits,
                roles));
    }

    static EstimateLine line(EstimateResult r, String ref, int ordinal) {
        return procedure(r, ref).lines().get(ordinal - 1);
    }

    static ProcedureEstimate procedure(EstimateResult r, String ref) {
        return r.procedures().stream()
                .filter(p -> p.ref().equals(ref))
                .findFirst()
                .orElseThrow();
    }

    static final class Plan {
        final PlanType type;
        final String id;
        int month = 1;
        CobRule cob = CobRule.BASIC;
        final List<BenefitRow> rows = new ArrayList<>();
        final List<UnusedBenefit> unused = new ArrayList<>();
        final Map<String, PlanFees> fees = new HashMap<>();
        boolean hasCopaySchedule;
        LocalDate effective, term, archivedOn;
        BigDecimal outOfPocket;
        final List<HistoryRow> history = new ArrayList<>();
        Boolean exclusionUcr, zeroOnMax, zeroOnFreq;
        boolean substitutionWriteoffs = true;

        Plan(PlanType type, String id) {
            this.type = type;
            this.id = id;
        }

        Plan benefits(BenefitRow... r) {
            rows.addAll(List.of(r));
            return this;
        }

        Plan allowed(String ref, String allowed) {
            fees.put(ref, PlanFees.allowed(allowed));
            return this;
        }

        Plan fees(String ref, String allowed, String substituteAllowed, String copay, String fixedBenefit) {
            fees.put(ref, new PlanFees(dec(allowed), dec(substituteAllowed), dec(copay), dec(fixedBenefit)));
            return this;
        }

        Plan fixedBenefits(
                String ref,
                String allowed,
                String fixedBenefit,
                String substituteAllowed,
                String substituteFixedBenefit) {
            fees.put(
                    ref,
                    new PlanFees(
                            dec(allowed),
                            dec(substituteAllowed),
                            null,
                            dec(fixedBenefit),
                            dec(substituteFixedBenefit)));
            return this;
        }

        Plan cob(CobRule rule) {
            cob = rule;
            return this;
        }

        Plan copaySchedule() {
            hasCopaySchedule = true;
            return this;
        }

        Plan effective(LocalDate d) {
            effective = d;
            return this;
        }

        Plan term(LocalDate d) {
            term = d;
            return this;
        }

        Plan history(HistoryRow... h) {
            history.addAll(List.of(h));
            return this;
        }

        Plan exclusionUsesUcr(boolean b) {
            exclusionUcr = b;
            return this;
        }

        Plan substitutionWriteoffs(boolean b) {
            substitutionWriteoffs = b;
            return this;
        }

        Plan unused(Target target, String reason) {
            unused.add(new UnusedBenefit(target, reason));
            return this;
        }

        Plan outOfPocketRemaining(String amount) {
            outOfPocket = new BigDecimal(amount);
            return this;
        }

        Plan archivedOn(LocalDate d) {
            archivedOn = d;
            return this;
        }

        Plan serviceYear(int m) {
            month = m;
            return this;
        }

        PlanInput build() {
            return new PlanInput(
                    id,
                    type,
                    month,
                    cob,
                    rows,
                    unused,
                    fees,
                    hasCopaySchedule,
                    ORTHO,
                    effective,
                    term,
                    archivedOn,
                    history,
                    exclusionUcr,
                    zeroOnMax,
                    zeroOnFreq,
                    substitutionWriteoffs,
                    outOfPocket);
        }
    }

    static BigDecimal dec(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    static HistoryRow service(LocalDate date, String code, String tooth, HistoryStatus status, String paid) {
        return new HistoryRow(date, code, status, new BigDecimal(paid), BigDecimal.ZERO, true, tooth, null);
    }
}
