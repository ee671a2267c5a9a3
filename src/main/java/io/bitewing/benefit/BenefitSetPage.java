package io.bitewing.benefit;

import io.bitewing.shared.web.Page;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A page of a plan's benefits, with the version of the whole set a bulk set may name as its base. */
record BenefitSetPage(
        List<Benefit> items,
        int page,
        int pageSize,
        long total,

        @Schema(
                description = "Version of the plan's benefit set, moved on by every create, update, delete and bulk "
                        + "set of its benefits. Send it as base_version of a bulk set so edits made since are not "
                        + "overwritten.")
        int benefitSetVersion) {

    static BenefitSetPage of(Page<Benefit> page, int version) {
        return new BenefitSetPage(page.items(), page.page(), page.pageSize(), page.total(), version);
    }
}
