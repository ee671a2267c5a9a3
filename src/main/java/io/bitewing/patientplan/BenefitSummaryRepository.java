package io.bitewing.patientplan;

import io.bitewing.shared.db.Rows;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The benefit totals a patient plan shows: a read model over the benefit module's table. Totals are the plan's own
 * general rows (no category, code group or code); the ortho lifetime maximum may target the ortho category. Where a
 * plan states one total for several time periods, the largest is shown. Patient overrides are not summed in: they
 * show in the patient plan's effective benefits.
 */
@Repository
class BenefitSummaryRepository {

    private final JdbcClient jdbc;

    BenefitSummaryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Totals per insurance plan, in one query; plans without any of these benefits are absent. */
    Map<UUID, BenefitsSummary> forPlans(UUID org, Collection<UUID> planIds) {
        var summaries = new HashMap<UUID, BenefitsSummary>();
        jdbc.sql("""
                select b.plan_id,
                       max(b.monetary_amt) filter (where b.benefit_type = 'annual_max') as annual_max,
                       max(b.monetary_amt) filter (where b.benefit_type = 'family_annual_max') as family_annual_max,
                       max(b.monetary_amt) filter (where b.benefit_type = 'deductible') as deductible,
                       max(b.monetary_amt) filter (where b.benefit_type = 'family_deductible') as family_deductible,
                       max(b.monetary_amt) filter (where b.benefit_type = 'ortho_lifetime_max') as ortho_max
                from benefit b
                where b.org_id = :org and b.plan_id = any(:plans) and b.deleted_at is null
                  and b.benefit_type in ('annual_max', 'family_annual_max', 'deductible', 'family_deductible',
                                         'ortho_lifetime_max')
                  and (b.benefit_type = 'ortho_lifetime_max'
                       or (b.coverage_category_id is null and b.code_group_id is null and b.procedure_code_id is null))
                group by b.plan_id
                """)
                .param("org", org).param("plans", planIds.toArray(UUID[]::new))
                .query((rs, n) -> summaries.put(Rows.uuid(rs, "plan_id"), BenefitsSummary.totals(
                        rs.getBigDecimal("annual_max"), rs.getBigDecimal("family_annual_max"),
                        rs.getBigDecimal("deductible"), rs.getBigDecimal("family_deductible"),
                        rs.getBigDecimal("ortho_max"))))
                .list();
        return summaries;
    }
}
