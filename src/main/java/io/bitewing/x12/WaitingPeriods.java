package io.bitewing.x12;

import io.bitewing.benefit.Benefit.BenefitType;
import io.bitewing.x12.BenefitReading.Item;
import io.bitewing.x12.BenefitReading.Kind;
import io.bitewing.x12.BenefitReading.Target;
import io.bitewing.x12.Eligibility271.Block;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Waiting periods a 271 states, which no EB01 code carries (x12-benefits-mapping §2): an EB with service type 32
 * (Plan Waiting Period) and its months in EB09/EB10 or an HSD, and MSG text such as "WAITING PERIOD 6 MONTHS FOR BASIC
 * SERVICES". Every reading is marked derived and keeps the MSG text beside it; "NO WAITING PERIOD" is a fact.
 */
final class WaitingPeriods {

    static final String PLAN_WAITING_PERIOD = "32";

    /** Service classes payers name in waiting-period text, to our categories (§4: basic = restorative, major). */
    private static final Map<String, List<String>> CLASSES = Map.ofEntries(
            Map.entry("BASIC", List.of("Restorative")),
            Map.entry("MAJOR", List.of("Crowns", "Prosth", "Maxillofacial Prosth")),
            Map.entry("PREVENTIVE", List.of("Preventive")),
            Map.entry("DIAGNOSTIC", List.of("Diagnostic")),
            Map.entry("RESTORATIVE", List.of("Restorative")),
            Map.entry("ENDODONTIC", List.of("Endo")),
            Map.entry("PERIODONTIC", List.of("Perio")),
            Map.entry("ORAL SURGERY", List.of("Oral Surgery")),
            Map.entry("CROWN", List.of("Crowns")),
            Map.entry("PROSTHODONTIC", List.of("Prosth")),
            Map.entry("IMPLANT", List.of("Implants")),
            Map.entry("ORTHODONTIC", List.of("Ortho")));

    private static final Pattern NONE =
            Pattern.compile("\\bNO\\s+WAITING\\s+PERIODS?\\b|\\bWAITING\\s+PERIODS?\\s+(?:IS\\s+|ARE\\s+)?WAIVED\\b");
    private static final Pattern STATED = Pattern.compile("\\bWAIT(?:ING)?\\s+PERIODS?\\b");
    private static final Pattern DURATION =
            Pattern.compile("\\b(\\d{1,3})\\s*-?\\s*(MONTHS?|MOS?|MTHS?|YEARS?|YRS?)\\b");

    private WaitingPeriods() {}

    /** True when the EB names service type 32: the block is read here alone. */
    static boolean isPlanWaitingPeriod(Block block) {
        return block.eb().repetitions(3).contains(PLAN_WAITING_PERIOD);
    }

    /**
     * EB03 32: the months from EB09 MN (or YY, in years) with EB10, else from an HSD (HSD01 MN with HSD02, or HSD05 34
     * / 21 with HSD06), else from the MSG text; the wait applies to the other service types listed beside 32, the
     * classes the MSG names, or the whole plan.
     */
    static List<Item> fromPlanWaitingPeriod(Block block, List<Target> others) {
        Integer months = months(block);
        String source = months == null ? null : "derived: plan waiting period (EB03 32) of " + months + " months";
        if (months == null) {
            for (String message : block.messages()) {
                Integer stated = stated(message);
                if (stated != null) {
                    months = stated;
                    source = "derived from MSG: " + message;
                    break;
                }
            }
        }
        if (months == null) {
            return List.of(BenefitReading.item(
                    Kind.not_understood,
                    block,
                    null,
                    "plan waiting period (EB03 32) without its months (EB09 MN or YY with EB10, or an HSD)"));
        }
        List<Target> targets = new ArrayList<>(others);
        for (String message : block.messages()) {
            classTargets(message).forEach(targets::add);
        }
        if (targets.isEmpty()) {
            targets.add(Target.general(PLAN_WAITING_PERIOD));
        }
        return rules(block, targets, months, source);
    }

    /**
     * Waiting periods in the MSG text of any EB: a duration is a derived rule for the classes the text names, else for
     * the EB's own targets; "NO WAITING PERIOD" is a fact; a waiting period without a duration is not understood.
     */
    static List<Item> fromMessages(Block block, List<Target> own) {
        var items = new ArrayList<Item>();
        for (String message : block.messages()) {
            String upper = message.toUpperCase();
            if (NONE.matcher(upper).find()) {
                items.add(
                        BenefitReading.item(Kind.fact, block, null, "the payer states no waiting period: " + message));
            } else if (STATED.matcher(upper).find()) {
                Integer months = stated(message);
                if (months == null) {
                    items.add(BenefitReading.item(
                            Kind.not_understood,
                            block,
                            null,
                            "a waiting period in MSG text without a duration in months or years: " + message));
                    continue;
                }
                List<Target> targets = classTargets(message);
                items.addAll(rules(block, targets.isEmpty() ? own : targets, months, "derived from MSG: " + message));
            }
        }
        return items;
    }

    private static List<Item> rules(Block block, List<Target> targets, int months, String source) {
        var seen = new LinkedHashSet<Target>(targets);
        return seen.stream()
                .map(target -> {
                    var proposed = target.rule(BenefitType.waiting_period, null, null, null, null, null)
                            .withWaitingMonths(months);
                    return BenefitReading.derived(block, proposed, source);
                })
                .toList();
    }

    private static Integer months(Block block) {
        var eb = block.eb();
        Integer quantity = BenefitReading.integer(eb.element(10));
        if (quantity != null && quantity > 0) {
            switch (eb.element(9)) {
                case "MN" -> {
                    return quantity;
                }
                case "YY" -> {
                    return quantity * 12;
                }
                default -> {}
            }
        }
        for (Segment hsd : block.hsd()) {
            Integer count = BenefitReading.integer(hsd.element(2));
            Integer periods = BenefitReading.integer(hsd.element(6));
            if (hsd.element(1).equals("MN") && count != null && count > 0) {
                return count;
            }
            if (periods != null && periods > 0 && hsd.element(5).equals("34")) {
                return periods;
            }
            if (periods != null && periods > 0 && hsd.element(5).equals("21")) {
                return periods * 12;
            }
        }
        return null;
    }

    /** The duration a waiting-period text states, in months; null when it states none (or says there is none). */
    static Integer stated(String message) {
        String upper = message.toUpperCase();
        if (NONE.matcher(upper).find() || !STATED.matcher(upper).find()) {
            return null;
        }
        Matcher m = DURATION.matcher(upper);
        if (!m.find()) {
            return null;
        }
        int n = Integer.parseInt(m.group(1));
        return m.group(2).startsWith("Y") ? n * 12 : n;
    }

    private static List<Target> classTargets(String message) {
        String upper = message.toUpperCase();
        Set<String> categories = new LinkedHashSet<>();
        CLASSES.entrySet().stream()
                .filter(e -> Pattern.compile("\\b" + e.getKey()).matcher(upper).find())
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> categories.addAll(e.getValue()));
        return categories.stream()
                .map(c -> new Target(PLAN_WAITING_PERIOD, c, null))
                .toList();
    }
}
