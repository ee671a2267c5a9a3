package io.bitewing.estimate.engine;

import io.bitewing.estimate.engine.BenefitRow.BenefitType;
import java.util.List;

/** Whether the plan never covers the code: any matching targeted exclusion; untargeted ones are ignored (estimation-rules.md §3, §9.4). */
final class CheckExclusion {
    private CheckExclusion() {}

    static boolean excluded(List<BenefitRow> rows, String code, CodeCategories cats, Integer age) {
        return MatchBenefits.matching(
                                rows,
                                r -> r.type() == BenefitType.EXCLUSION && !(r.target() instanceof Target.General),
                                code,
                                cats,
                                age)
                        .size()
                > 0;
    }
}
