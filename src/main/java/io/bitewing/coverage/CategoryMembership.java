package io.bitewing.coverage;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Which coverage categories a procedure code belongs to (estimation-rules.md §2 "Category" and §3; the defaults and their
 * examples in default-coverage-categories.md). Plain Java so the rule can be read and tested on its own.
 *
 * <ul>
 *   <li>Spans are inclusive ranges of codes compared as strings: D0274 lies in D0200–D0399.</li>
 *   <li>A category contains a code when one of its inclusion spans covers it and none of its exclusion spans does.</li>
 *   <li>When several categories contain a code the one lower in the list wins: the highest {@code item_order}, and
 *       among equal orders the highest id (ids are time-ordered, so the newest), matching the list order
 *       {@code item_order, id}.</li>
 * </ul>
 * Codes are compared as given; {@link #normalise} them first, as the API does before storing a span.
 */
public final class CategoryMembership {

    /** One span of a category. */
    public record Range(String fromCode, String toCode, boolean isExclusion) {

        public boolean covers(String code) {
            return fromCode.compareTo(code) <= 0 && code.compareTo(toCode) <= 0;
        }
    }

    /** A category as the rule sees it: its place in the list and its spans. */
    public record Candidate(UUID id, int itemOrder, List<Range> ranges) {}

    /** List order; the last candidate in it wins. UUIDs compare unsigned, as PostgreSQL orders them. */
    static final Comparator<Candidate> LIST_ORDER = Comparator.comparingInt(Candidate::itemOrder)
            .thenComparing(Candidate::id, CategoryMembership::compareUnsigned);

    private CategoryMembership() {}

    /** True when an inclusion span covers the code and no exclusion span does. */
    public static boolean contains(Collection<Range> ranges, String code) {
        boolean included = false;
        for (Range range : ranges) {
            if (range.covers(code)) {
                if (range.isExclusion()) {
                    return false;
                }
                included = true;
            }
        }
        return included;
    }

    /** Every candidate that contains the code, in list order. */
    public static List<Candidate> containing(Collection<Candidate> candidates, String code) {
        return candidates.stream()
                .filter(c -> contains(c.ranges(), code))
                .sorted(LIST_ORDER)
                .toList();
    }

    /** The category whose coinsurance, deductible and limitations apply to the code; empty when none contains it. */
    public static Optional<Candidate> winner(Collection<Candidate> candidates, String code) {
        return candidates.stream().filter(c -> contains(c.ranges(), code)).max(LIST_ORDER);
    }

    /** Upper case without surrounding spaces, so that d2750 and D2750 compare alike. */
    public static String normalise(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    private static int compareUnsigned(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
