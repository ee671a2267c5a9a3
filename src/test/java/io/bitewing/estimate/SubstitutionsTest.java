package io.bitewing.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitewing.practice.procedurecode.ProcedureCode.SubstitutionCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tooth conditions of a downgrade, over every universal tooth number (1–32 permanent, A–T primary), a blank tooth
 * and no tooth, for each condition. Molars are 1–3, 14–19, 30–32 and the primary A, B, I, J, K, L, S, T; premolars
 * 4–5, 12–13, 20–21, 28–29; second molars 2, 15, 18, 31 and the primary A, J, K, T.
 */
class SubstitutionsTest {

    private static final Set<String> MOLARS = Set.of(
            "1", "2", "3", "14", "15", "16", "17", "18", "19", "30", "31", "32", "A", "B", "I", "J", "K", "L", "S",
            "T");
    private static final Set<String> PREMOLARS = Set.of("4", "5", "12", "13", "20", "21", "28", "29");
    private static final Set<String> SECOND_MOLARS = Set.of("2", "15", "18", "31", "A", "J", "K", "T");

    static Stream<Arguments> everyToothUnderEveryCondition() {
        var teeth = new ArrayList<String>();
        IntStream.rangeClosed(1, 32).forEach(n -> teeth.add(String.valueOf(n)));
        IntStream.rangeClosed('A', 'T').forEach(c -> teeth.add(String.valueOf((char) c)));
        teeth.addAll(List.of("", " ", "a", " 3 "));
        teeth.add(null);
        var cases = new ArrayList<Arguments>();
        for (String tooth : teeth) {
            String t = tooth == null ? null : tooth.strip().toUpperCase();
            boolean blank = t == null || t.isEmpty();
            cases.add(Arguments.of(tooth, null, true));
            cases.add(Arguments.of(tooth, SubstitutionCondition.always, true));
            cases.add(Arguments.of(tooth, SubstitutionCondition.never, false));
            cases.add(Arguments.of(
                    tooth, SubstitutionCondition.posterior, !blank && (MOLARS.contains(t) || PREMOLARS.contains(t))));
            cases.add(Arguments.of(tooth, SubstitutionCondition.molar, !blank && MOLARS.contains(t)));
            cases.add(Arguments.of(tooth, SubstitutionCondition.second_molar, !blank && SECOND_MOLARS.contains(t)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "tooth [{0}], condition {1}: downgrade applies {2}")
    @MethodSource("everyToothUnderEveryCondition")
    void aDowngradeAppliesToTheTeethItsConditionNames(String tooth, SubstitutionCondition condition, boolean applies) {
        assertThat(Substitutions.appliesTo(condition, tooth)).isEqualTo(applies);
    }

    @ParameterizedTest(name = "tooth [{0}] is no tooth: only always applies")
    @MethodSource("notTeeth")
    void aToothThatIsNoToothTakesOnlyAnUnconditionalDowngrade(String tooth) {
        assertThat(Substitutions.appliesTo(SubstitutionCondition.always, tooth)).isTrue();
        for (var condition : List.of(
                SubstitutionCondition.posterior,
                SubstitutionCondition.molar,
                SubstitutionCondition.second_molar,
                SubstitutionCondition.never)) {
            assertThat(Substitutions.appliesTo(condition, tooth))
                    .as(condition.name())
                    .isFalse();
        }
    }

    static Stream<String> notTeeth() {
        return Stream.of("0", "33", "99", "U", "Z", "9999999999", "1-3", "UL");
    }
}
