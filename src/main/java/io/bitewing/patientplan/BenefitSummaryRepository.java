package io.bitewing.patientplan;

import io.bitewing.shared.db.Rows;
import io.bitewing.shared.money.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The benefit totals and usage a patient plan shows: a read model over the benefit, coverage and claim history
 * modules' tables. Totals are the plan's own general rows (no category, code group or code, no age bounds) of the
 * kinds the estimator caps with (estimation-rules.md §2 "Maximum kinds"): a limitation with an amount and no
 * quantity qualifier is an annual maximum (a family one at family coverage level), as the engine reads it. The ortho
 * lifetime maximum may target the ortho category. Where a plan states one total for several time periods, the largest is
 * shown. Patient overrides are not summed in: they show in the patient plan's effective benefits. Usage sums the
 * claim history as docs/decisions.md ("benefits_summary usage") describes.
 */
@Repository
class BenefitSummaryRepository {

    private final JdbcClient jdbc;

    BenefitSummaryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Totals per insurance plan, in one query; plans without any of these benefits are absent. */
    Map<UUID, BenefitsSummary.Totals> forPlans(UUID org, Collection<UUID> planIds) {
        var summaries = new HashMap<UUID, BenefitsSummary.Totals>();
        jdbc.sql("""
                select b.plan_id,
                       max(b.monetary_amt) filter (where b.benefit_type = 'annual_max'
                           or b.benefit_type = 'limitation' and b.coverage_level <> 'family') as annual_max,
                       max(b.monetary_amt) filter (where b.benefit_type = 'family_annual_max'
                           or b.benefit_type = 'limitation' and b.coverage_level = 'family') as family_annual_max,
                       max(b.monetary_amt) filter (where b.benefit_type = 'deductible') as deductible,
                       max(b.monetary_amt) filter (where b.benefit_type = 'family_deductible') as family_deductible,
                       max(b.monetary_amt) filter (where b.benefit_type = 'ortho_lifetime_max') as ortho_max
                from benefit b
                where b.org_id = :org and b.plan_id = any(:plans) and b.deleted_at is null
                  and (b.benefit_type in ('annual_max', 'family_annual_max', 'deductible', 'family_deductible',
                                          'ortho_lifetime_max')
                       or b.benefit_type = 'limitation' and b.monetary_amt is not null
                          and b.quantity_qualifier = 'none')
                  and b.age_min is null and b.age_max is null
                  and (b.benefit_type = 'ortho_lifetime_max'
                       or (b.coverage_category_id is null and b.code_group_id is null and b.procedure_code_id is null))
                group by b.plan_id
                """)
                .param("org", org)
                .param("plans", planIds.toArray(UUID[]::new))
                .query((rs, n) -> summaries.put(
                        Rows.uuid(rs, "plan_id"),
                        new BenefitsSummary.Totals(
                                rs.getBigDecimal("annual_max"),
                                rs.getBigDecimal("family_annual_max"),
                                rs.getBigDecimal("deductible"),
                                rs.getBigDecimal("family_deductible"),
                                rs.getBigDecimal("ortho_max"))))
                .list();
        return summaries;
    }

    /**
     * History sums of each patient plan for its current benefit year on {@code today} (ortho: lifetime), in one
     * query; family sums cover every patient plan on the same subscription. Unknown ids are absent.
     */
    Map<UUID, BenefitsSummary.Usage> usageFor(UUID org, Collection<UUID> patientPlanIds, LocalDate today) {
        var usage = new HashMap<UUID, BenefitsSummary.Usage>();
        jdbc.sql(USAGE)
                .param("org", org)
                .param("ids", patientPlanIds.toArray(UUID[]::new))
                .param("today", today)
                .query((rs, n) -> {
                    LocalDate start = Rows.date(rs, "year_start");
                    return usage.put(
                            Rows.uuid(rs, "id"),
                            new BenefitsSummary.Usage(
                                    start,
                                    start.plusYears(1).minusDays(1),
                                    amounts(rs, "annual"),
                                    amounts(rs, "family_annual"),
                                    amounts(rs, "deductible"),
                                    amounts(rs, "family_deductible"),
                                    amounts(rs, "ortho")));
                })
                .list();
        return usage;
    }

    private static BenefitsSummary.Amounts amounts(ResultSet rs, String prefix) throws SQLException {
        return new BenefitsSummary.Amounts(
                Money.of(rs.getBigDecimal(prefix + "_used")), Money.of(rs.getBigDecimal(prefix + "_pending")));
    }

    /**
     * Benefit year start: 1 January, or the 1st of the plan's start month in this year when that month has come,
     * else in the previous year. A row is "general" without a code (adjustments) or with a code inside the General
     * (system) category's spans and outside its exclusion spans; other coded rows (ortho, D8xxx by default) count
     * towards the ortho lifetime maximum instead. outside_office rows carry no money and are left out.
     */
    private static final String USAGE = """
            with pp as (
              select pp.id, pp.subscription_id,
                     case when p.benefit_year_start_month is null
                            then make_date(cast(extract(year from cast(:today as date)) as integer), 1, 1)
                          when p.benefit_year_start_month <= extract(month from cast(:today as date))
                            then make_date(cast(extract(year from cast(:today as date)) as integer), p.benefit_year_start_month, 1)
                          else make_date(cast(extract(year from cast(:today as date)) as integer) - 1, p.benefit_year_start_month, 1)
                     end as year_start
              from patient_plan pp
              join subscription s on s.org_id = pp.org_id and s.id = pp.subscription_id
              join insurance_plan p on p.org_id = s.org_id and p.id = s.insurance_plan_id
              where pp.org_id = :org and pp.id = any(:ids)
            ), h as (
              select h.patient_plan_id, h.subscription_id, h.date_of_service, h.status = 'pending' as pending,
                     coalesce(h.insurance_paid, 0) as paid, coalesce(h.deductible_applied, 0) as ded,
                     (h.procedure_code is null
                      or (exists (select 1 from coverage_span cs
                                  join coverage_category cc on cc.org_id = cs.org_id and cc.id = cs.category_id
                                  where cs.org_id = h.org_id and cc.is_system and cc.deleted_at is null
                                    and not cs.is_exclusion and h.procedure_code between cs.from_code and cs.to_code)
                          and not exists (select 1 from coverage_span cs
                                  join coverage_category cc on cc.org_id = cs.org_id and cc.id = cs.category_id
                                  where cs.org_id = h.org_id and cc.is_system and cc.deleted_at is null
                                    and cs.is_exclusion and h.procedure_code between cs.from_code and cs.to_code))
                     ) as general
              from claim_history h
              where h.org_id = :org and h.deleted_at is null and h.status in ('received', 'pending', 'adjustment')
                and h.subscription_id in (select subscription_id from pp)
            ), j as (
              select pp.id, pp.year_start, h.patient_plan_id = pp.id as own, h.pending, h.general, h.paid, h.ded,
                     h.date_of_service >= pp.year_start
                       and h.date_of_service < cast(pp.year_start + interval '1 year' as date) as in_year
              from pp left join h on h.subscription_id = pp.subscription_id
            )
            select id, year_start,
                   coalesce(sum(paid) filter (where own and in_year and general and not pending), 0) as annual_used,
                   coalesce(sum(paid) filter (where own and in_year and general and pending), 0) as annual_pending,
                   coalesce(sum(paid) filter (where in_year and general and not pending), 0) as family_annual_used,
                   coalesce(sum(paid) filter (where in_year and general and pending), 0) as family_annual_pending,
                   coalesce(sum(ded) filter (where own and in_year and not pending), 0) as deductible_used,
                   coalesce(sum(ded) filter (where own and in_year and pending), 0) as deductible_pending,
                   coalesce(sum(ded) filter (where in_year and not pending), 0) as family_deductible_used,
                   coalesce(sum(ded) filter (where in_year and pending), 0) as family_deductible_pending,
                   coalesce(sum(paid) filter (where own and not general and not pending), 0) as ortho_used,
                   coalesce(sum(paid) filter (where own and not general and pending), 0) as ortho_pending
            from j
            group by id, year_start
            """;
}
