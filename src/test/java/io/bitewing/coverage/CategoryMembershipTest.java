package io.bitewing.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitewing.coverage.CategoryMembership.Candidate;
import io.bitewing.coverage.CategoryMembership.Range;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategoryMembershipTest {

    /** The defaults a new organisation gets, with ids whose order follows the list. */
    private static final List<Candidate> DEFAULTS = defaults();

    private static final List<String> NAMES =
            CoverageDefaults.DEFAULTS.stream().map(d -> d.name()).toList();

    @ParameterizedTest(name = "spans [{0}] contain {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "D0200-D0399         | D0274 | true",
                "D0200-D0399         | D0200 | true",
                "D0200-D0399         | D0399 | true",
                "D0200-D0399         | D0199 | false",
                "D0200-D0399         | D0400 | false",
                "D0000-D0999         | D02   | true",
                "D0000-D0999         | D09999| false",
                "D0200-D0399         | d0274 | false",
                "D2000-D2999 !D2750-D2750 | D2750 | false",
                "D2000-D2999 !D2750-D2750 | D2740 | true",
                "!D2750-D2750        | D2750 | false",
                "D2000-D2999 D2700-D2799 | D2750 | true",
                "''                  | D0120 | false"
            })
    void aCodeIsInACategoryWhenAnInclusionSpanCoversItAndNoExclusionSpanDoes(
            String spans, String code, boolean expected) {
        assertThat(CategoryMembership.contains(ranges(spans), code)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} belongs to {1}")
    @CsvSource({
        "D2750, Crowns",
        "D0274, X-Ray",
        "D0120, Diagnostic",
        "D1110, Preventive",
        "D2391, Restorative",
        "D3330, Endo",
        "D4341, Perio",
        "D5110, Prosth",
        "D5950, Maxillofacial Prosth",
        "D6010, Implants",
        "D6240, Prosth",
        "D7140, Oral Surgery",
        "D8080, Ortho",
        "D9230, Adjunctive",
        "D7999, Oral Surgery",
        "D9999, Adjunctive"
    })
    void amongTheDefaultsTheCategoryLowestInTheListWins(String code, String category) {
        assertThat(CategoryMembership.winner(DEFAULTS, code)).map(this::name).hasValue(category);
    }

    @ParameterizedTest(name = "{0} is in no default category")
    @CsvSource({"X1234", "E0100", "C9999", "''"})
    void codesOutsideEverySpanHaveNoCategory(String code) {
        assertThat(CategoryMembership.winner(DEFAULTS, code)).isEmpty();
    }

    @ParameterizedTest(name = "{0} lies in {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "D2750 | General, Restorative, Crowns",
                "D0274 | General, Diagnostic, X-Ray",
                "D8080 | Ortho",
                "D9230 | General, Adjunctive",
                "D1110 | General, Preventive"
            })
    void everyContainingCategoryIsListedInListOrderSoOrthoStaysOutsideGeneral(String code, String categories) {
        assertThat(CategoryMembership.containing(DEFAULTS, code))
                .map(this::name)
                .containsExactly(categories.split(", "));
    }

    @Test
    void theNewestCategoryWinsWhenTwoShareAnItemOrder() {
        var older = new Candidate(UUID.fromString("01900000-0000-7000-8000-000000000001"), 4, ranges("D2000-D2999"));
        var newer = new Candidate(UUID.fromString("01900000-0000-7000-8000-000000000002"), 4, ranges("D2700-D2799"));
        assertThat(CategoryMembership.winner(List.of(newer, older), "D2750")).hasValue(newer);
        assertThat(CategoryMembership.winner(List.of(older, newer), "D2750")).hasValue(newer);
    }

    @Test
    void idsCompareUnsignedAsPostgresOrdersThem() {
        var low = new Candidate(UUID.fromString("70000000-0000-7000-8000-000000000000"), 1, ranges("D0000-D9999"));
        var high = new Candidate(UUID.fromString("f0000000-0000-7000-8000-000000000000"), 1, ranges("D0000-D9999"));
        assertThat(CategoryMembership.winner(List.of(high, low), "D0120")).hasValue(high);
    }

    @ParameterizedTest(name = "''{0}'' normalises to ''{1}''")
    @CsvSource({"d2750, D2750", "' D2750 ', D2750", "D2750, D2750"})
    void codesAreComparedUpperCaseWithoutSurroundingSpaces(String given, String normalised) {
        assertThat(CategoryMembership.normalise(given)).isEqualTo(normalised);
    }

    private String name(Candidate candidate) {
        return NAMES.get(DEFAULTS.indexOf(candidate));
    }

    /** "D2000-D2999 !D2750-D2750": space-separated ranges, a leading ! marks an exclusion. */
    private static List<Range> ranges(String spans) {
        return Arrays.stream(spans.trim().split("\\s+"))
                .filter(s -> !s.isEmpty())
                .map(s -> {
                    boolean exclusion = s.startsWith("!");
                    String[] bounds = (exclusion ? s.substring(1) : s).split("-");
                    return new Range(bounds[0], bounds[1], exclusion);
                })
                .toList();
    }

    private static List<Candidate> defaults() {
        var candidates = new ArrayList<Candidate>();
        for (int order = 0; order < CoverageDefaults.DEFAULTS.size(); order++) {
            candidates.add(new Candidate(
                    new UUID(0, order),
                    order,
                    CoverageDefaults.DEFAULTS.get(order).spans()));
        }
        return candidates;
    }
}
