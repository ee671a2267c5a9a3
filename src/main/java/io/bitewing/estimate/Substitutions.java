package io.bitewing.estimate;

import io.bitewing.benefit.Benefit;
import io.bitewing.plan.Plan;
import io.bitewing.plan.PlanSubstitution;
import io.bitewing.practice.procedurecode.ProcedureCode;
import io.bitewing.practice.procedurecode.ProcedureCode.SubstitutionCondition;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The downgrade policy: the code a plan pays a procedure as (estimation-rules.md §4 step 3), and the tooth
 * conditions it depends on, on universal tooth numbers (1–32 permanent, A–T primary). Pure.
 */
final class Substitutions {

    private static final Set<String> PRIMARY_MOLARS = Set.of("A", "B", "I", "J", "K", "L", "S", "T");
    private static final Set<String> PRIMARY_SECOND_MOLARS = Set.of("A", "J", "K", "T");

    private Substitutions() {}

    /**
     * The code the plan pays the procedure as: the substitution code a benefit aimed at the procedure code names (an
     * explicit rule of this plan, whatever its substitution behaviour); else, for a plan that substitutes, its own
     * downgrade link for the code, else the code's substitution code, when the condition holds for the tooth; null
     * when there is none.
     */
    static String substitute(
            Plan.SubstitutionCodeBehavior behavior,
            List<Benefit> benefits,
            Map<String, PlanSubstitution> links,
            ProcedureCode code,
            String tooth) {
        String named = benefits.stream()
                .filter(b -> b.substitutionCode() != null
                        && b.procedureCode() != null
                        && b.procedureCode().code().equals(code.code()))
                .map(b -> b.substitutionCode().code())
                .findFirst()
                .orElse(null);
        if (named != null) {
            return normalise(named);
        }
        if (behavior == Plan.SubstitutionCodeBehavior.none) {
            return null;
        }
        PlanSubstitution link = links.get(code.code());
        if (link != null) {
            return appliesTo(link.condition(), tooth) ? link.substituteCode() : null;
        }
        String substitute = code.substitutionCode();
        if (substitute == null || substitute.isBlank()) {
            return null;
        }
        return appliesTo(code.substitutionCondition(), tooth) ? normalise(substitute) : null;
    }

    /** Whether a downgrade with this condition applies to the tooth; a condition other than always needs a tooth. */
    static boolean appliesTo(SubstitutionCondition condition, String tooth) {
        if (condition == null || condition == SubstitutionCondition.always) {
            return true;
        }
        if (condition == SubstitutionCondition.never || tooth == null || tooth.isBlank()) {
            return false;
        }
        String t = tooth.strip().toUpperCase(Locale.ROOT);
        if (t.length() > 9) {
            return false; // no tooth, and more digits than an int holds
        }
        if (!t.chars().allMatch(Character::isDigit)) {
            return switch (condition) {
                case posterior, molar -> PRIMARY_MOLARS.contains(t);
                case second_molar -> PRIMARY_SECOND_MOLARS.contains(t);
                case always, never -> false;
            };
        }
        int n = Integer.parseInt(t);
        return switch (condition) {
            case posterior -> (n >= 1 && n <= 5) || (n >= 12 && n <= 21) || (n >= 28 && n <= 32);
            case molar -> (n >= 1 && n <= 3) || (n >= 14 && n <= 19) || (n >= 30 && n <= 32);
            case second_molar -> n == 2 || n == 15 || n == 18 || n == 31;
            case always, never -> false;
        };
    }

    static String normalise(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }
}
