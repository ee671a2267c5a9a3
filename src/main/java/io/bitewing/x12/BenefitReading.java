package io.bitewing.x12;

import io.bitewing.benefit.Benefit.BenefitType;
import io.bitewing.benefit.Benefit.CoverageLevel;
import io.bitewing.benefit.Benefit.QuantityQualifier;
import io.bitewing.benefit.Benefit.TimePeriod;
import io.bitewing.x12.Eligibility271.Block;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads each EB of a 271 into Bitewing's benefit rules, following docs/x12.md (after x12-benefits-mapping §2–§11):
 * what each EB01 means, the category of EB03 (a {@code MSG*BENEFITCLASS=} wins), the procedure of EB13, frequency
 * from every HSD, ages from EB09/EB10, waiting periods from a benefit begin later than the plan's. A segment it cannot
 * read is kept, with its text and the reason, never dropped. Pure: no database, no Spring.
 */
final class BenefitReading {

    enum Kind {
        /** A benefit rule for the plan, to diff against its current benefits. */
        rule,
        /** Recorded on the verification, the eligibility record or the history, not a plan rule. */
        fact,
        /** Kept with its segment text and the reason. */
        not_understood,
        /** A benefit of the other network than the one imported. */
        skipped
    }

    enum Network {
        in,
        out
    }

    /** A rule as read: targets by name (category) or code, resolved against the organisation by the service. */
    record Proposed(
            BenefitType benefitType,
            String serviceType,
            String categoryName,
            String procedureCode,
            CoverageLevel coverageLevel,
            Integer percent,
            BigDecimal amount,
            TimePeriod timePeriod,
            QuantityQualifier quantityQualifier,
            Integer quantity,
            Integer ageMin,
            Integer ageMax,
            Integer waitingPeriodMonths,
            boolean deductibleExempt) {

        Proposed withPercent(int insurancePercent, boolean exempt) {
            return new Proposed(
                    benefitType,
                    serviceType,
                    categoryName,
                    procedureCode,
                    coverageLevel,
                    insurancePercent,
                    amount,
                    timePeriod,
                    quantityQualifier,
                    quantity,
                    ageMin,
                    ageMax,
                    waitingPeriodMonths,
                    exempt);
        }

        Proposed withAgeMin(int age) {
            return new Proposed(
                    benefitType,
                    serviceType,
                    categoryName,
                    procedureCode,
                    coverageLevel,
                    percent,
                    amount,
                    timePeriod,
                    quantityQualifier,
                    quantity,
                    age,
                    ageMax,
                    waitingPeriodMonths,
                    deductibleExempt);
        }

        Proposed withWaitingMonths(int months) {
            return new Proposed(
                    benefitType,
                    serviceType,
                    categoryName,
                    procedureCode,
                    coverageLevel,
                    percent,
                    amount,
                    timePeriod,
                    quantityQualifier,
                    quantity,
                    ageMin,
                    ageMax,
                    months,
                    deductibleExempt);
        }
    }

    /** One reading of one EB (an EB with a list of service types or several HSD gives several). */
    record Item(Kind kind, int position, String segment, Proposed proposed, String reason, List<String> notes) {}

    /** An amount the payer reported for the patient: a policy limit, what remains, what was used. */
    record Accumulator(
            String benefit, String accumulator, String network, String serviceType, BigDecimal amount, String period) {}

    /** A service the payer says was last rendered on a date (DTP*304), for frequency checks. */
    record LastVisit(String procedureCode, LocalDate date, int position) {}

    record Result(
            List<Item> items,
            List<Accumulator> accumulators,
            List<LastVisit> lastVisits,
            List<OtherPayer> otherPayers) {}

    /** EB03 service type to the default coverage category of that name (x12-benefits-mapping §4). */
    static final Map<String, String> CATEGORIES = Map.ofEntries(
            Map.entry("23", "Diagnostic"),
            Map.entry("4", "X-Ray"),
            Map.entry("41", "Preventive"),
            Map.entry("25", "Restorative"),
            Map.entry("26", "Endo"),
            Map.entry("24", "Perio"),
            Map.entry("40", "Oral Surgery"),
            Map.entry("36", "Crowns"),
            Map.entry("39", "Prosth"),
            Map.entry("27", "Maxillofacial Prosth"),
            Map.entry("38", "Ortho"),
            Map.entry("28", "Adjunctive"),
            Map.entry("37", "Accident"));

    /** BENEFITCLASS names payers send (Guardian style) to our categories. */
    static final Map<String, String> BENEFIT_CLASSES = Map.ofEntries(
            Map.entry("DIAGNOSTIC", "Diagnostic"),
            Map.entry("BITEWING X-RAYS", "X-Ray"),
            Map.entry("FULL MOUTH/PANOREX", "X-Ray"),
            Map.entry("X-RAYS", "X-Ray"),
            Map.entry("PREVENTIVE", "Preventive"),
            Map.entry("PROPHYLAXIS", "Preventive"),
            Map.entry("SEALANTS", "Preventive"),
            Map.entry("FLUORIDE", "Preventive"),
            Map.entry("RESTORATIVE", "Restorative"),
            Map.entry("BASIC", "Restorative"),
            Map.entry("ENDODONTICS", "Endo"),
            Map.entry("PERIODONTICS", "Perio"),
            Map.entry("ORAL SURGERY", "Oral Surgery"),
            Map.entry("CROWNS", "Crowns"),
            Map.entry("PROSTHODONTICS", "Prosth"),
            Map.entry("IMPLANTS", "Implants"),
            Map.entry("ORTHODONTICS", "Ortho"));

    private static final Set<String> GENERAL = Set.of("35", "30", "");
    private static final Set<String> INFORMATIONAL_ACTIVE = Set.of("1", "2", "3", "4", "5", "6", "7", "8");
    /** EB01 codes that only inform (coverage basis, out-of-pocket, primary care provider, disclaimers …), §2. */
    private static final Set<String> INFORMATIONAL =
            Set.of("CB", "G", "J", "K", "L", "M", "MC", "N", "O", "P", "Q", "S", "T", "U", "V", "W", "X", "Y");
    /** EB01 U (contact following entity) and V (cannot process) ask the office to follow up by hand. */
    private static final Set<String> FOLLOW_UP = Set.of("U", "V");
    /** EB06 30 exceeded, 31 not exceeded: a status of the amount, not an amount. */
    private static final Set<String> STATUS_PERIODS = Set.of("30", "31");

    private static final Set<String> FAMILY = Set.of("FAM", "ECH", "ESP", "SPC");
    private static final Set<String> REMAINING = Set.of("29", "33");
    private static final String USED = "24";

    private BenefitReading() {}

    /**
     * Reads every benefit of the 271 for the network imported; {@code coinsuranceInverted} is the plan's carrier
     * setting: its EB08 on coinsurance rows is the insurer's share, not the patient's.
     */
    static Result read(Eligibility271 response, Network network, boolean coinsuranceInverted) {
        var items = new ArrayList<Item>();
        var accumulators = new ArrayList<Accumulator>();
        var visits = new ArrayList<LastVisit>();
        var otherPayers = new ArrayList<OtherPayer>();
        LocalDate planBegin = response.planBegin() != null ? response.planBegin() : response.eligibilityBegin();
        for (Block block : response.benefits()) {
            lastVisit(block).ifPresent(visits::add);
            String networkOf = networkOf(block.eb());
            if (!networkOf.equals("both") && !networkOf.equals(network.name())) {
                items.add(item(
                        Kind.skipped, block, null, networkOf + "-of-network benefit; this import reads " + network));
                continue;
            }
            accumulator(block, networkOf).ifPresent(accumulators::add);
            if (block.eb().element(1).equals("R")) {
                OtherPayer payer = OtherPayer.of(block);
                otherPayers.add(payer);
                items.add(item(Kind.fact, block, null, "coordination of benefits: " + payer.describe()));
                continue;
            }
            read(block, planBegin, coinsuranceInverted, items);
        }
        return new Result(List.copyOf(items), List.copyOf(accumulators), List.copyOf(visits), List.copyOf(otherPayers));
    }

    private static void read(Block block, LocalDate planBegin, boolean inverted, List<Item> items) {
        if (WaitingPeriods.isPlanWaitingPeriod(block)) {
            items.addAll(WaitingPeriods.fromPlanWaitingPeriod(block, targets(block, false)));
            return;
        }
        String fact = fact(block.eb());
        if (fact != null) {
            items.add(item(Kind.fact, block, null, fact));
        } else {
            List<String> types = block.eb().repetitions(3);
            for (String serviceType : types.isEmpty() ? List.of("") : types) {
                readFor(block, serviceType, planBegin, inverted, items);
            }
        }
        items.addAll(WaitingPeriods.fromMessages(block, targets(block, true)));
    }

    /** Why an EB is a fact rather than a rule (§2, §5); null when it is read into rules. */
    private static String fact(Segment eb) {
        String code = eb.element(1);
        boolean amount = code.equals("C") || code.equals("F");
        if (INFORMATIONAL_ACTIVE.contains(code)) {
            return "coverage status, recorded on the verification";
        } else if (amount && (REMAINING.contains(eb.element(6)) || USED.equals(eb.element(6)))) {
            return "an amount remaining or used, recorded on the eligibility record";
        } else if (amount && STATUS_PERIODS.contains(eb.element(6))) {
            return (eb.element(6).equals("30") ? "exceeded" : "not exceeded") + " (EB06 " + eb.element(6)
                    + "), kept as a note";
        } else if (code.equals("H")) {
            return "unlimited (EB01 H): the benefit model has no unlimited maximum, kept as a note for review";
        } else if (INFORMATIONAL.contains(code)) {
            return "informational (EB01 " + code + "), kept as a note"
                    + (FOLLOW_UP.contains(code) ? "; the payer asks for a manual follow-up" : "");
        }
        return null;
    }

    /**
     * The EB's targets, one per dental service type (EB13 procedure or BENEFITCLASS first); the plan as a whole when
     * it names none. Service type 32 is the waiting period itself, never a target.
     */
    private static List<Target> targets(Block block, boolean withGeneral) {
        var targets = new ArrayList<Target>();
        for (String serviceType : block.eb().repetitions(3)) {
            String procedure = procedure(block.eb());
            String category = procedure != null ? null : category(block, serviceType);
            if (procedure != null || category != null) {
                targets.add(new Target(serviceType, category, procedure));
            } else if (withGeneral && GENERAL.contains(serviceType)) {
                targets.add(Target.general(serviceType));
            }
        }
        if (block.eb().repetitions(3).isEmpty() && (procedure(block.eb()) != null || benefitClass(block) != null)) {
            targets.add(new Target("", benefitClass(block), procedure(block.eb())));
        }
        if (withGeneral && targets.isEmpty()) {
            targets.add(Target.general(""));
        }
        return targets;
    }

    private static void readFor(
            Block block, String serviceType, LocalDate planBegin, boolean inverted, List<Item> items) {
        var eb = block.eb();
        String procedure = procedure(eb);
        String category = procedure != null ? null : category(block, serviceType);
        boolean general = procedure == null && category == null;
        if (general && !GENERAL.contains(serviceType) && benefitClass(block) == null) {
            items.add(item(Kind.not_understood, block, null, "service type " + serviceType + " is not a dental one"));
            return;
        }
        var target = new Target(serviceType, category, procedure);
        switch (eb.element(1)) {
            case "A" -> items.add(coinsurance(block, target, inverted));
            case "B" -> items.add(copayment(block, target));
            case "C" -> items.add(deductible(block, target, general));
            case "F" -> limitations(block, target, general, items);
            case "E", "I" -> items.add(rule(block, target, BenefitType.exclusion, null, null, null, null, null, null));
            case "D" -> {
                if (block.hsd().isEmpty()) {
                    items.add(item(Kind.fact, block, null, "benefit description, kept as a note"));
                } else {
                    limitations(block, target, general, items);
                }
            }
            default ->
                items.add(item(
                        Kind.not_understood,
                        block,
                        null,
                        "EB01 '" + eb.element(1) + "' is not read into a benefit rule"));
        }
        waitingPeriod(block, target, planBegin).ifPresent(items::add);
    }

    record Target(String serviceType, String category, String procedure) {

        static Target general(String serviceType) {
            return new Target(serviceType, null, null);
        }

        Proposed rule(
                BenefitType type,
                CoverageLevel level,
                BigDecimal amount,
                TimePeriod period,
                QuantityQualifier qualifier,
                Integer quantity) {
            return new Proposed(
                    type,
                    serviceType,
                    category,
                    procedure,
                    level,
                    null,
                    amount,
                    period,
                    qualifier,
                    quantity,
                    null,
                    null,
                    null,
                    false);
        }
    }

    private static Item coinsurance(Block block, Target target, boolean inverted) {
        BigDecimal share = decimal(block.eb().element(8));
        if (share == null || share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            return item(Kind.not_understood, block, null, "coinsurance without a percent (EB08) between 0 and 1");
        }
        // EB08 is the patient's share as a decimal, or the insurer's for a carrier marked coinsurance_inverted; the
        // benefit stores what insurance pays.
        int percent = share.movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValue();
        boolean waived = block.messages().stream().anyMatch(m -> m.toUpperCase().contains("DEDUCTIBLE WAIVED"));
        var proposed = target.rule(BenefitType.coinsurance, null, null, null, null, null)
                .withPercent(inverted ? percent : 100 - percent, waived);
        Item item = item(Kind.rule, block, proposed, null);
        return inverted
                ? withNote(item, "EB08 read as the insurer's share (the carrier's coinsurance_inverted)")
                : item;
    }

    private static Item copayment(Block block, Target target) {
        BigDecimal amount = decimal(block.eb().element(7));
        if (amount == null) {
            return item(Kind.not_understood, block, null, "copayment without an amount (EB07)");
        }
        return rule(block, target, BenefitType.copayment, null, amount, TimePeriod.none, null, null, null);
    }

    private static Item deductible(Block block, Target target, boolean general) {
        var eb = block.eb();
        BigDecimal amount = decimal(eb.element(7));
        if (amount == null) {
            return item(
                    Kind.not_understood, block, null, "deductible without an amount (EB07); an empty amount is not 0");
        }
        boolean family = FAMILY.contains(eb.element(2));
        TimePeriod period = eb.element(6).isEmpty() ? null : period(eb.element(6));
        if (period == null && !eb.element(6).isEmpty()) {
            return item(Kind.not_understood, block, null, "time period '" + eb.element(6) + "' (EB06) is not read");
        }
        BenefitType type = family && general ? BenefitType.family_deductible : BenefitType.deductible;
        CoverageLevel level = family ? CoverageLevel.family : CoverageLevel.individual;
        return rule(block, target, type, level, amount, period, null, null, null);
    }

    private static void limitations(Block block, Target target, boolean general, List<Item> items) {
        var eb = block.eb();
        BigDecimal amount = decimal(eb.element(7));
        if (amount != null) {
            items.add(maximum(block, target, general, amount));
            return;
        }
        boolean read = false;
        if (eb.element(9).equals("S7") || eb.element(9).equals("S8")) {
            Integer age = integer(eb.element(10));
            if (age == null || age <= 0 || age > 120) {
                items.add(item(Kind.not_understood, block, null, "age limit without an age (EB10)"));
            } else if (eb.element(9).equals("S7")) {
                items.add(rule(
                        block,
                        target,
                        BenefitType.limitation,
                        null,
                        null,
                        TimePeriod.none,
                        QuantityQualifier.age_limit,
                        age,
                        null));
            } else {
                items.add(ageMinimum(block, target, age));
            }
            read = true;
        }
        if ((eb.element(9).equals("VS") || eb.element(9).equals("P6"))
                && block.hsd().isEmpty()) {
            items.add(countPerPeriod(block, target));
            read = true;
        }
        for (Segment hsd : block.hsd()) {
            items.add(frequency(block, target, hsd));
            read = true;
        }
        if (!read) {
            items.add(
                    item(Kind.not_understood, block, null, "limitation with no amount, age (EB09) or frequency (HSD)"));
        }
    }

    private static Item maximum(Block block, Target target, boolean general, BigDecimal amount) {
        var eb = block.eb();
        TimePeriod period = eb.element(6).isEmpty() ? null : period(eb.element(6));
        if (period == null && !eb.element(6).isEmpty()) {
            return item(Kind.not_understood, block, null, "time period '" + eb.element(6) + "' (EB06) is not read");
        }
        boolean family = FAMILY.contains(eb.element(2));
        if ("Ortho".equals(target.category()) && period == TimePeriod.lifetime) {
            return rule(
                    block,
                    new Target(target.serviceType(), null, null),
                    BenefitType.ortho_lifetime_max,
                    CoverageLevel.individual,
                    amount,
                    TimePeriod.lifetime,
                    null,
                    null,
                    null);
        }
        if (general) {
            return family
                    ? rule(
                            block,
                            target,
                            BenefitType.family_annual_max,
                            CoverageLevel.family,
                            amount,
                            period,
                            null,
                            null,
                            null)
                    : rule(
                            block,
                            target,
                            BenefitType.annual_max,
                            CoverageLevel.individual,
                            amount,
                            period,
                            null,
                            null,
                            null);
        }
        // A category's own maximum (implants, TMJ) is a limitation with an amount, never folded into annual_max.
        return rule(block, target, BenefitType.limitation, null, amount, period, null, null, null);
    }

    /** HSD02 per HSD06 × HSD05 (x12-benefits-mapping §9) in the benefit model's frequency shapes. */
    private static Item frequency(Block block, Target target, Segment hsd) {
        Integer count = integer(hsd.element(2));
        String unit = hsd.element(5);
        Integer periods = hsd.element(6).isEmpty() ? 1 : integer(hsd.element(6));
        if (count == null || count <= 0 || count > 100 || periods == null || periods <= 0) {
            return item(Kind.not_understood, block, null, "frequency " + hsd.text() + " has no count or period");
        }
        if (count == 1 && (unit.equals("34") || unit.equals("21")) && periods <= 100) {
            var qualifier = unit.equals("34") ? QuantityQualifier.months : QuantityQualifier.years;
            return rule(block, target, BenefitType.limitation, null, null, TimePeriod.none, qualifier, periods, hsd);
        }
        TimePeriod period = switch (unit) {
            case "23" -> periods == 1 ? TimePeriod.calendar_year : null;
            case "22" -> periods == 1 ? TimePeriod.service_year : null;
            case "32" -> TimePeriod.lifetime;
            case "21" -> periods == 1 ? TimePeriod.years : null;
            case "34" -> periods == 12 ? TimePeriod.number_in_last_12_months : null;
            default -> null;
        };
        if (period == null) {
            return item(
                    Kind.not_understood,
                    block,
                    null,
                    "frequency " + hsd.text() + " has no equivalent in the benefit model");
        }
        return count(block, target, period, count, hsd);
    }

    /** {@code count} services per {@code period}, read from an HSD or (null) from EB09/EB10. */
    private static Item count(Block block, Target target, TimePeriod period, int count, Segment hsd) {
        return rule(
                block,
                target,
                BenefitType.limitation,
                null,
                null,
                period,
                QuantityQualifier.number_of_services,
                count,
                hsd);
    }

    /** EB09 VS (visits) or P6 (services) with EB10: that many per the EB06 period (§6). */
    private static Item countPerPeriod(Block block, Target target) {
        var eb = block.eb();
        Integer count = integer(eb.element(10));
        TimePeriod period = eb.element(6).isEmpty() ? null : period(eb.element(6));
        if (count == null
                || count <= 0
                || count > 100
                || (period == null && !eb.element(6).isEmpty())) {
            return item(
                    Kind.not_understood,
                    block,
                    null,
                    "a count (EB09 " + eb.element(9) + ") without a quantity (EB10) or with a period (EB06) not read");
        }
        return count(block, target, period, count, null);
    }

    private static Item ageMinimum(Block block, Target target, int age) {
        var proposed = target.rule(BenefitType.limitation, null, null, TimePeriod.none, QuantityQualifier.none, null)
                .withAgeMin(age);
        return item(Kind.rule, block, proposed, null);
    }

    /** A benefit begin (DTP*348) later than the plan's begin means the benefit waits until then (§2). */
    private static java.util.Optional<Item> waitingPeriod(Block block, Target target, LocalDate planBegin) {
        LocalDate benefitBegin = block.date("348");
        if (planBegin == null
                || benefitBegin == null
                || !benefitBegin.isAfter(planBegin)
                || !block.eb().element(1).equals("A")) {
            return java.util.Optional.empty();
        }
        long months = java.time.temporal.ChronoUnit.MONTHS.between(planBegin, benefitBegin);
        if (months < 1 || months > 120) {
            return java.util.Optional.empty();
        }
        var proposed = target.rule(BenefitType.waiting_period, null, null, null, null, null)
                .withWaitingMonths((int) months);
        return java.util.Optional.of(
                derived(block, proposed, "derived: benefit begins " + benefitBegin + ", plan " + planBegin));
    }

    /** A rule no EB01 states but the loop implies, marked derived, with the EB's MSG text beside it. */
    static Item derived(Block block, Proposed proposed, String how) {
        return withNote(item(Kind.rule, block, proposed, null), how);
    }

    private static Item withNote(Item item, String note) {
        return new Item(
                item.kind(),
                item.position(),
                item.segment(),
                item.proposed(),
                item.reason(),
                concat(item.notes(), note));
    }

    private static Item rule(
            Block block,
            Target target,
            BenefitType type,
            CoverageLevel level,
            BigDecimal amount,
            TimePeriod period,
            QuantityQualifier qualifier,
            Integer quantity,
            Segment hsd) {
        var proposed = target.rule(type, level, amount, period, qualifier, quantity);
        Item item = item(Kind.rule, block, proposed, null);
        return hsd == null
                ? item
                : new Item(
                        item.kind(),
                        item.position(),
                        item.segment(),
                        proposed,
                        null,
                        concat(item.notes(), "frequency from " + hsd.text()));
    }

    static Item item(Kind kind, Block block, Proposed proposed, String reason) {
        return new Item(kind, block.eb().position(), block.text(), proposed, reason, block.messages());
    }

    private static List<String> concat(List<String> notes, String note) {
        var all = new ArrayList<>(notes);
        all.add(note);
        return List.copyOf(all);
    }

    private static java.util.Optional<Accumulator> accumulator(Block block, String network) {
        var eb = block.eb();
        String code = eb.element(1);
        BigDecimal amount = decimal(eb.element(7));
        if (!(code.equals("C") || code.equals("F")) || amount == null) {
            return java.util.Optional.empty();
        }
        boolean family = FAMILY.contains(eb.element(2));
        String benefit = (family ? "family_" : "") + (code.equals("C") ? "deductible" : "maximum");
        String accumulator =
                REMAINING.contains(eb.element(6)) ? "remaining" : USED.equals(eb.element(6)) ? "used" : "limit";
        String serviceType =
                eb.repetitions(3).isEmpty() ? "" : eb.repetitions(3).get(0);
        return java.util.Optional.of(
                new Accumulator(benefit, accumulator, network, serviceType, amount, eb.element(6)));
    }

    private static java.util.Optional<LastVisit> lastVisit(Block block) {
        String code = procedure(block.eb());
        LocalDate date = block.date("304");
        if (code == null || date == null || date.isAfter(LocalDate.now().plusDays(1)) || date.getYear() < 1900) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new LastVisit(code, date, block.eb().position()));
    }

    /** EB13 is qualifier:code; AD is a CDT code. Other code sets (CPT, HCPCS) are not the practice's procedures. */
    private static String procedure(Segment eb) {
        String qualifier = eb.component(13, 1);
        String code = eb.component(13, 2);
        return qualifier.equals("AD") && code.matches("[A-Z0-9]{1,10}") ? code : null;
    }

    private static String category(Block block, String serviceType) {
        String fromClass = benefitClass(block);
        return fromClass != null ? fromClass : CATEGORIES.get(serviceType);
    }

    private static String benefitClass(Block block) {
        for (String message : block.messages()) {
            String upper = message.toUpperCase();
            if (upper.startsWith("BENEFITCLASS=")) {
                return BENEFIT_CLASSES.get(
                        upper.substring("BENEFITCLASS=".length()).strip());
            }
        }
        return null;
    }

    /**
     * EB12: Y in network, N out of network, W both; U or blank unknown, then the plan description EB05 decides when it
     * says so ("NON CONTRACTED", "OUT OF NETWORK"; "IN NETWORK"), else both (§6).
     */
    static String networkOf(Segment eb) {
        return switch (eb.element(12)) {
            case "Y" -> "in";
            case "N" -> "out";
            case "W" -> "both";
            default -> {
                String description = eb.element(5).toUpperCase().replace('-', ' ');
                if (description.matches(".*\\b(NON ?CONTRACTED|OUT OF NETWORK|NON ?PARTICIPATING)\\b.*")) {
                    yield "out";
                }
                yield description.matches(".*\\bIN NETWORK\\b.*") ? "in" : "both";
            }
        };
    }

    private static TimePeriod period(String eb06) {
        return switch (eb06) {
            case "23" -> TimePeriod.calendar_year;
            case "22" -> TimePeriod.service_year;
            case "32" -> TimePeriod.lifetime;
            case "21", "25" -> TimePeriod.years;
            case "", "27" -> TimePeriod.none;
            default -> null;
        };
    }

    private static BigDecimal decimal(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Integer integer(String text) {
        BigDecimal value = decimal(text);
        if (value == null
                || value.stripTrailingZeros().scale() > 0
                || value.abs().compareTo(BigDecimal.valueOf(100000)) > 0) {
            return null;
        }
        return value.intValue();
    }
}
