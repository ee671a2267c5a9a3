package io.bitewing.estimate;

import io.bitewing.practice.procedurecode.ProcedureCode.SubstitutionCondition;
import java.util.Locale;
import java.util.Set;

/** Universal tooth numbers (1–32 permanent, A–T primary) and the substitution conditions that depend on them. */
final class Teeth {

    private static final Set<String> PRIMARY_MOLARS = Set.of("A", "B", "I", "J", "K", "L", "S", "T");
    private static final Set<String> PRIMARY_SECOND_MOLARS = Set.of("A", "J", "K", "T");

    private Teeth() {}

    /** Whether a downgrade with this condition applies to the tooth; a condition other than always needs a tooth. */
    static boolean satisfies(SubstitutionCondition condition, String tooth) {
        if (condition == null || condition == SubstitutionCondition.always) {
            return true;
        }
        if (condition == SubstitutionCondition.never || tooth == null || tooth.isBlank()) {
            return false;
        }
        String t = tooth.strip().toUpperCase(Locale.ROOT);
        if (!t.chars().allMatch(Character::isDigit)) {
            return switch (condition) {
                case posterior, molar -> PRIMARY_MOLARS.contains(t);
                case second_molar -> PRIMARY_SECOND_MOLARS.contains(t);
                default -> false;
            };
        }
        int n = Integer.parseInt(t);
        return switch (condition) {
            case posterior -> (n >= 1 && n <= 5) || (n >= 12 && n <= 21) || (n >= 28 && n <= 32);
            case molar -> (n >= 1 && n <= 3) || (n >= 14 && n <= 19) || (n >= 30 && n <= 32);
            case second_molar -> n == 2 || n == 15 || n == 18 || n == 31;
            default -> false;
        };
    }
}
