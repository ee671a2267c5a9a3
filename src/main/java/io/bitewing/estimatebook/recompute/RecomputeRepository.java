package io.bitewing.estimatebook.recompute;

import io.bitewing.shared.db.Rows;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The recompute in SQL, set-based: a handful of statements whatever the number of codes, plans or evidence rows.
 * Work tables live for the job's transaction only. Reads of the plan, carrier and fee tables are the read model the
 * computation needs; nothing outside the book's own tables is written.
 */
@Repository
class RecomputeRepository {

    /** What the job needs to know about the book. */
    record Book(
            String ruleType,
            String claimMatchMethod,
            boolean excludeOverUcr,
            boolean archived,
            String scheduleName,
            boolean scheduleArchived) {}

    /** An active step in walk order; {@code since} is the oldest service date its window admits (null: no window). */
    record Step(UUID id, int priorityOrder, String ruleType, LocalDate since) {
        /** The fallback of an allowed_from_claims book: its claim match method, unwindowed, after every step. */
        static Step claimsFallback(String claimMatchMethod) {
            return new Step(null, 0, claimMatchMethod, null);
        }

        String source() {
            return id == null ? "fallback:allowed_from_claims:" + ruleType : priorityOrder + ":" + ruleType;
        }
    }

    /**
     * How each evidence step matches a target plan: the evidence's key and the target's key. The carrier group
     * compares names, the group number compares trimmed upper case. Keys are fixed text, never user input.
     */
    private static final Map<String, String[]> KEYS = Map.of(
            "insurance_plan", new String[] {"e.plan_id", "plan_id"},
            "group_number", new String[] {"nullif(upper(btrim(e.group_number)), '')", "group_key"},
            "insurance_carrier", new String[] {"e.carrier_id", "carrier_id"},
            "insurance_carrier_group",
                    new String[] {"nullif(lower(btrim(ec.carrier_group_name)), '')", "carrier_group_key"});

    private final JdbcClient jdbc;

    RecomputeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Book> findBook(UUID org, UUID bookId) {
        return jdbc.sql("""
                select b.rule_type, b.claim_match_method, b.exclude_over_ucr, b.deleted_at is not null as archived, s.name as schedule_name,
                       coalesce(s.deleted_at is not null, false) as schedule_archived
                from estimate_book b
                left join fee_schedule s on s.org_id = b.org_id and s.id = b.allowed_fee_schedule_id
                where b.org_id = :org and b.id = :book
                """)
                .param("org", org)
                .param("book", bookId)
                .query((rs, n) -> new Book(
                        rs.getString("rule_type"),
                        rs.getString("claim_match_method"),
                        rs.getBoolean("exclude_over_ucr"),
                        rs.getBoolean("archived"),
                        rs.getString("schedule_name"),
                        rs.getBoolean("schedule_archived")))
                .optional();
    }

    List<Step> findActiveSteps(UUID org, UUID bookId, LocalDate asOf) {
        return jdbc.sql("""
                select id, priority_order, rule_type,
                       case limit_type when 'none' then null
                            else cast(:asOf - case limit_type when 'years' then make_interval(years => limit_value)
                                                              when 'months' then make_interval(months => limit_value)
                                                              when 'weeks' then make_interval(weeks => limit_value)
                                                              else make_interval(days => limit_value) end as date)
                       end as since
                from estimate_book_rule_step
                where org_id = :org and estimate_book_id = :book and is_active
                order by priority_order
                """)
                .param("org", org)
                .param("book", bookId)
                .param("asOf", asOf)
                .query((rs, n) -> new Step(
                        Rows.uuid(rs, "id"),
                        rs.getInt("priority_order"),
                        rs.getString("rule_type"),
                        Rows.date(rs, "since")))
                .list();
    }

    /**
     * The work tables: the plans the book computes for (its scope), the codes it knows (evidence or its manual
     * schedule), the manual schedule's fee and the office (UCR) fee per code on the run's date, and the results.
     * The UCR fee is the highest plain fee among the UCR schedules in force at the organisation's locations: a book
     * has no location, and the estimator caps the allowed fee at each location's own fee anyway.
     */
    void prepare(UUID org, UUID bookId, LocalDate asOf) {
        // The medians sort every evidence row a step reads; in memory rather than on disk, for this transaction only.
        jdbc.sql("set local work_mem = '64MB'").update();
        jdbc.sql("""
                create temp table recompute_target on commit drop as
                select p.id as plan_id, p.carrier_id, nullif(upper(btrim(p.group_number)), '') as group_key,
                       nullif(lower(btrim(c.carrier_group_name)), '') as carrier_group_key
                from estimate_book b
                join insurance_plan p on p.org_id = b.org_id and p.deleted_at is null
                 and case b.scope_type when 'plan' then p.id = b.plan_id
                                       when 'carrier' then p.carrier_id = b.carrier_id
                                       else p.plan_type = 'category_percentage' end
                join carrier c on c.org_id = p.org_id and c.id = p.carrier_id
                where b.org_id = :org and b.id = :book
                """).param("org", org).param("book", bookId).update();
        jdbc.sql("""
                create temp table recompute_code on commit drop as
                select pc.id as procedure_code_id
                from procedure_code pc
                where pc.org_id = :org
                  and exists (select 1 from estimate_book_evidence e  -- one index probe per code, not a scan
                              where e.org_id = :org and e.estimate_book_id = :book and e.procedure_code_id = pc.id)
                union
                select f.procedure_code_id
                from estimate_book b join fee f on f.org_id = b.org_id and f.fee_schedule_id = b.allowed_fee_schedule_id
                where b.org_id = :org and b.id = :book
                """).param("org", org).param("book", bookId).update();
        jdbc.sql("""
                create temp table recompute_manual on commit drop as
                select distinct on (f.procedure_code_id) f.procedure_code_id, f.amount
                from estimate_book b join fee f on f.org_id = b.org_id and f.fee_schedule_id = b.allowed_fee_schedule_id
                where b.org_id = :org and b.id = :book and f.date_effective <= :asOf
                  and f.clinic_id is null and f.provider_id is null
                order by f.procedure_code_id, f.date_effective desc
                """)
                .param("org", org)
                .param("book", bookId)
                .param("asOf", asOf)
                .update();
        jdbc.sql("""
                create temp table recompute_ucr on commit drop as
                select x.procedure_code_id, max(x.amount) as amount
                from (select distinct on (a.fee_schedule_id, f.procedure_code_id) f.procedure_code_id, f.amount
                      from fee_schedule_assignment a
                      join fee_schedule s on s.org_id = a.org_id and s.id = a.fee_schedule_id and s.deleted_at is null
                      join fee f on f.org_id = a.org_id and f.fee_schedule_id = a.fee_schedule_id
                      join recompute_code c on c.procedure_code_id = f.procedure_code_id
                      where a.org_id = :org and a.deleted_at is null and a.assignment_kind = 'ucr'
                        and a.plan_id is null and a.carrier_id is null
                        and a.effective_start <= :asOf and (a.effective_end is null or a.effective_end >= :asOf)
                        and f.date_effective <= :asOf and f.clinic_id is null and f.provider_id is null
                      order by a.fee_schedule_id, f.procedure_code_id, f.date_effective desc) x
                group by x.procedure_code_id
                """).param("org", org).param("asOf", asOf).update();
        jdbc.sql("analyze recompute_target, recompute_code").update();
        jdbc.sql("""
                create temp table recompute_result (
                  plan_id uuid, procedure_code_id uuid, step_id uuid, source text, fee numeric, samples integer,
                  primary key (plan_id, procedure_code_id)
                ) on commit drop
                """).update();
    }

    /**
     * One evidence step for every target and code still without a fee: the median allowed amount of the evidence
     * that shares the target's key (plan, group number, carrier or carrier group) within the step's window. The
     * allowed amount is allowed_override when the payer stated it, else the payment; secondary-claim payments are
     * left out (they reflect coordination, not the allowance).
     */
    boolean isEvidenceMatch(String ruleType) {
        return ruleType != null && KEYS.containsKey(ruleType);
    }

    int applyEvidenceStep(UUID org, UUID bookId, Step step) {
        String[] key = KEYS.get(step.ruleType());
        String carrierJoin = step.ruleType().equals("insurance_carrier_group")
                ? " join carrier ec on ec.org_id = e.org_id and ec.id = e.carrier_id"
                : "";
        return jdbc.sql("""
                with open_code as (  -- codes some target still lacks a fee for: only their evidence is read
                  select c.procedure_code_id from recompute_code c
                  where exists (select 1 from recompute_target t
                                where not exists (select 1 from recompute_result r
                                                  where r.plan_id = t.plan_id
                                                    and r.procedure_code_id = c.procedure_code_id)))
                insert into recompute_result (plan_id, procedure_code_id, step_id, source, fee, samples)
                select t.plan_id, s.procedure_code_id, :step, :source, s.median, s.samples
                from recompute_target t
                join (select %1$s as key, e.procedure_code_id,
                             percentile_cont(0.5) within group
                               (order by coalesce(e.allowed_override, e.insurance_payment_amount)) as median,
                             count(*) as samples
                      from estimate_book_evidence e%3$s
                      where e.org_id = :org and e.estimate_book_id = :book
                        and coalesce(e.claim_role, 'primary') <> 'secondary'
                        and coalesce(e.allowed_override, e.insurance_payment_amount) is not null
                        and (cast(:since as date) is null or e.procedure_service_date >= :since)
                        and %1$s in (select %2$s from recompute_target)
                        and e.procedure_code_id in (select procedure_code_id from open_code)
                      group by 1, 2) s on s.key = t.%2$s
                on conflict (plan_id, procedure_code_id) do nothing
                """.formatted(key[0], key[1], carrierJoin))
                .param("org", org)
                .param("book", bookId)
                .param("step", step.id())
                .param("source", step.source())
                .param("since", step.since())
                .update();
    }

    /** A schedule step or fallback (manual: the book's schedule; ucr: the office fee) for every code still open. */
    int applyFee(UUID stepId, String source, boolean manual) {
        return jdbc.sql("""
                insert into recompute_result (plan_id, procedure_code_id, step_id, source, fee, samples)
                select t.plan_id, f.procedure_code_id, :step, :source, f.amount, 0
                from recompute_target t cross join %s f
                on conflict (plan_id, procedure_code_id) do nothing
                """.formatted(manual ? "recompute_manual" : "recompute_ucr"))
                .param("step", stepId)
                .param("source", source)
                .update();
    }

    /** exclude_over_ucr: no allowed fee above the office fee; then cents. */
    void capAndRound(boolean capAtUcr) {
        if (capAtUcr) {
            jdbc.sql("""
                    update recompute_result r set fee = u.amount
                    from recompute_ucr u where u.procedure_code_id = r.procedure_code_id and r.fee > u.amount
                    """).update();
        }
        jdbc.sql("update recompute_result set fee = round(fee, 2)").update();
    }

    /** One log row per entry whose fee is new or differs from the current one; answers how many. */
    int logChanges(UUID org, UUID bookId, UUID runId) {
        return jdbc.sql("""
                insert into estimate_book_adjustment_log (org_id, id, estimate_book_id, procedure_code_id, plan_id,
                    estimate_book_run_id, change_reason, description, previous_allowed_fee, new_allowed_fee,
                    delta_allowed_fee)
                select :org, uuid_v7(), :book, r.procedure_code_id, r.plan_id, :run, 'recompute',
                       'Recomputed from step ' || r.source, f.allowed_fee, r.fee, r.fee - f.allowed_fee
                from recompute_result r
                left join estimate_book_allowed_fee f on f.org_id = :org and f.estimate_book_id = :book
                 and f.resolution_scope_type = 'insurance_plan' and f.plan_id = r.plan_id
                 and f.procedure_code_id = r.procedure_code_id
                where f.allowed_fee is distinct from r.fee
                """)
                .param("org", org)
                .param("book", bookId)
                .param("run", runId)
                .update();
    }

    /** Writes every result as the plan's entry for the code, replacing what was there. */
    void writeEntries(UUID org, UUID bookId, UUID runId) {
        jdbc.sql("""
                insert into estimate_book_allowed_fee (org_id, id, estimate_book_id, procedure_code_id,
                    resolution_scope_type, plan_id, allowed_fee, sample_count, confidence, computed_at,
                    estimate_book_rule_step_id, estimate_book_run_id)
                select :org, uuid_v7(), :book, r.procedure_code_id, 'insurance_plan', r.plan_id, r.fee, r.samples,
                       case when r.samples >= 10 then 'high' when r.samples >= 3 then 'medium' else 'low' end,
                       now(), r.step_id, :run
                from recompute_result r
                on conflict (org_id, estimate_book_id, procedure_code_id, resolution_scope_type, plan_id, carrier_id,
                             group_number)
                do update set allowed_fee = excluded.allowed_fee, sample_count = excluded.sample_count,
                    confidence = excluded.confidence, computed_at = excluded.computed_at, expires_at = null,
                    estimate_book_rule_step_id = excluded.estimate_book_rule_step_id,
                    estimate_book_run_id = excluded.estimate_book_run_id, updated_at = now()
                """)
                .param("org", org)
                .param("book", bookId)
                .param("run", runId)
                .update();
    }

    /** Computed plan entries an earlier run wrote that this run no longer finds (evidence gone, plan out of scope). */
    int removeStale(UUID org, UUID bookId, UUID runId) {
        return jdbc.sql("""
                delete from estimate_book_allowed_fee
                where org_id = :org and estimate_book_id = :book and resolution_scope_type = 'insurance_plan'
                  and estimate_book_run_id is not null and estimate_book_run_id <> :run
                """)
                .param("org", org)
                .param("book", bookId)
                .param("run", runId)
                .update();
    }

    /** Targets, codes and entries computed, and entries per step that yielded them. */
    Map<String, Object> tally() {
        var summary = new LinkedHashMap<String, Object>();
        jdbc.sql("""
                select (select count(*) from recompute_target) as targets,
                       (select count(distinct procedure_code_id) from recompute_result) as codes,
                       (select count(*) from recompute_result) as entries
                """)
                .query((rs, n) -> {
                    summary.put("targets", rs.getLong("targets"));
                    summary.put("codes_computed", rs.getLong("codes"));
                    summary.put("entries_computed", rs.getLong("entries"));
                    return null;
                })
                .list();
        var bySource = new LinkedHashMap<String, Long>();
        jdbc.sql("select source, count(*) as n from recompute_result group by source order by source")
                .query((rs, n) -> bySource.put(rs.getString("source"), rs.getLong("n")))
                .list();
        summary.put("by_step", bySource);
        return summary;
    }
}
