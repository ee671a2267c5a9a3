package io.bitewing.estimate.engine;

import io.bitewing.estimate.engine.BenefitRow.Scope;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which benefit rows match a code, and the most specific of them: code > code group > category > general; among
 * categories the winning one, then the one lower in the list; at an equal target a patient row beats a plan row
 * (estimation-rules.md §3, §11 "Our rule"). Code-group membership is exact (§13 E41 "Our rule").
 */
final class MatchBenefits {
    private MatchBenefits() {}

    static boolean covers(Target target, String code, CodeCategories cats) {
        if (target instanceof Target.Category c) {
            return c.categoryId().equals(cats.winningCategoryId())
                    || cats.categoryIds().contains(c.categoryId());
        }
        if (target instanceof Target.CodeGroup g)
            return code != null && g.codes().contains(code);
        if (target instanceof Target.Code c) return c.code().equals(code);
        return true;
    }

    static boolean appliesAtAge(BenefitRow row, Integer age) {
        if (age == null) return true;
        return (row.ageMin() == null || age >= row.ageMin()) && (row.ageMax() == null || age <= row.ageMax());
    }

    static List<BenefitRow> matching(
            List<BenefitRow> rows, Predicate<BenefitRow> kind, String code, CodeCategories cats, Integer age) {
        return rows.stream()
                .filter(kind)
                .filter(r -> appliesAtAge(r, age))
                .filter(r -> covers(r.target(), code, cats))
                .toList();
    }

    /** The most specific row; later rows win ties, except that patient rows beat plan rows. */
    static Optional<BenefitRow> mostSpecific(List<BenefitRow> matching, CodeCategories cats) {
        BenefitRow best = null;
        for (BenefitRow r : matching) {
            if (best == null || rank(r, cats).compareTo(rank(best, cats)) >= 0) best = r;
        }
        return Optional.ofNullable(best);
    }

    private record Rank(int specificity, int category, int scope) implements Comparable<Rank> {
        public int compareTo(Rank o) {
            int c = Integer.compare(specificity, o.specificity);
            if (c == 0) c = Integer.compare(category, o.category);
            return c != 0 ? c : Integer.compare(scope, o.scope);
        }
    }

    private static Rank rank(BenefitRow r, CodeCategories cats) {
        int category = 0;
        if (r.target() instanceof Target.Category c) {
            category = c.categoryId().equals(cats.winningCategoryId())
                    ? Integer.MAX_VALUE
                    : cats.categoryIds().indexOf(c.categoryId());
        }
        return new Rank(r.target().specificity(), category, r.scope() == Scope.PATIENT ? 1 : 0);
    }
}
