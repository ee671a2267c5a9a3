package io.bitewing.benefit;

import io.bitewing.benefit.BenefitRules.DuplicateKey;
import io.bitewing.plan.Plan;
import io.bitewing.plan.PlanService;
import io.bitewing.shared.Ids;
import io.bitewing.shared.audit.AuditLog;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.FieldProblem;
import io.bitewing.shared.web.Page;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's benefits as a whole: replacing them, adding a set to a new plan, copying them from another plan, cloning
 * the plan with them.
 */
@Service
@Transactional(readOnly = true)
public class BenefitSetService {

    record Copied(
            @Schema(description = "Number of benefits copied.")
            int count,

            @Schema(description = "Source benefits skipped because the plan already has the same rule.")
            int skipped) {}

    private static final String PLAN_ENTITY = "insurance_plan";

    private final BenefitRepository benefits;
    private final BenefitChecks checks;
    private final PlanService plans;
    private final AuditLog audit;

    BenefitSetService(BenefitRepository benefits, BenefitChecks checks, PlanService plans, AuditLog audit) {
        this.benefits = benefits;
        this.checks = checks;
        this.plans = plans;
        this.audit = audit;
    }

    /**
     * Makes the rows the plan's live benefits, all or nothing: every row is checked first (422 naming
     * {@code ["body", "benefits", i, field]}, including rows repeating an earlier row's rule), then the plan's
     * benefits are deleted and the rows inserted in one batch. With a base version, the set must not have moved on
     * since (409). Answers the plan's new benefits and the set's new version.
     */
    @Transactional
    BenefitSetPage replace(Tenant tenant, UUID planId, BenefitRequests.BulkSet body) {
        List<BenefitDraft> drafts = checked(tenant, plans.get(tenant, planId).benefitYearStartMonth(), body.benefits());
        write(tenant, planId, drafts, body.baseVersion());
        int version = benefits.setVersion(tenant.orgId(), planId);
        return BenefitSetPage.of(Page.single(benefits.findAllLive(tenant.orgId(), BenefitOwner.plan(planId))), version);
    }

    /**
     * Makes the rows the plan's live benefits as a bulk set does (checked first, 422 naming
     * {@code ["body", "benefits", i, field]}), unless the plan's live benefits already are these rules with these
     * values, in any order: then nothing is written, no version moves and no audit is recorded, so importing the same
     * benefits again changes nothing. The set's version read for the comparison is the base of the write (409 if it
     * moved on). Answers whether the set was replaced.
     */
    @Transactional
    public boolean replaceIfDifferent(Tenant tenant, UUID planId, List<BenefitRequests.Create> rows) {
        List<BenefitDraft> drafts = checked(tenant, plans.get(tenant, planId).benefitYearStartMonth(), rows);
        int version = benefits.setVersion(tenant.orgId(), planId);
        var current = new HashMap<BenefitDraft, Integer>();
        benefits.findAllLive(tenant.orgId(), BenefitOwner.plan(planId))
                .forEach(b -> current.merge(BenefitDraft.of(b), 1, Integer::sum));
        var wanted = new HashMap<BenefitDraft, Integer>();
        drafts.forEach(d -> wanted.merge(d, 1, Integer::sum));
        if (wanted.equals(current)) {
            return false;
        }
        write(tenant, planId, drafts, version);
        return true;
    }

    private void write(Tenant tenant, UUID planId, List<BenefitDraft> drafts, Integer baseVersion) {
        int current = benefits.lockSetVersion(tenant.orgId(), planId);
        if (baseVersion != null && baseVersion != current) {
            throw ApiException.Conflict.staleVersion(current);
        }
        var owner = BenefitOwner.plan(planId);
        benefits.deleteAll(tenant.orgId(), owner);
        benefits.insertAll(
                tenant.orgId(), owner, drafts.stream().map(d -> Ids.newId()).toList(), drafts);
        audit.record(tenant, PLAN_ENTITY, planId, "set_benefits", Set.of("benefits"));
    }

    /**
     * Checks rows meant for a plan whose benefit year starts in {@code benefitYearStartMonth} (null: January) exactly
     * as a bulk set checks them, writing nothing: a 422 lists every problem of every row at
     * {@code ["body", "benefits", i, field]}. Lets a caller refuse a set before it writes the plan the set is for.
     */
    public void check(Tenant tenant, Integer benefitYearStartMonth, List<BenefitRequests.Create> rows) {
        checked(tenant, benefitYearStartMonth, rows);
    }

    /**
     * Adds the rows to the plan's benefits, all or nothing: checked as {@link #check} does (422), then 409 when the plan
     * already has one of their rules, then inserted in one batch with one audit record per benefit created. Answers
     * the plan's live benefits.
     */
    @Transactional
    public List<Benefit> createAll(Tenant tenant, UUID planId, List<BenefitRequests.Create> rows) {
        List<BenefitDraft> drafts = checked(tenant, plans.get(tenant, planId).benefitYearStartMonth(), rows);
        var owner = BenefitOwner.plan(planId);
        Set<DuplicateKey> present = new HashSet<>();
        benefits.findAllLive(tenant.orgId(), owner)
                .forEach(b -> present.add(BenefitRules.duplicateKey(BenefitDraft.of(b))));
        for (BenefitDraft draft : drafts) {
            if (present.contains(BenefitRules.duplicateKey(draft))) {
                throw new ApiException.Conflict("A live benefit with the " + BenefitRules.sameRule(draft.benefitType())
                        + " already exists on the plan");
            }
        }
        List<UUID> ids = drafts.stream().map(d -> Ids.newId()).toList();
        benefits.insertAll(tenant.orgId(), owner, ids, drafts);
        audit.recordAll(tenant, BenefitService.ENTITY, ids, "create", Set.of("benefit_type"));
        return benefits.findAllLive(tenant.orgId(), owner);
    }

    /**
     * Adds copies of the source plan's live benefits to the plan, never removing any: a source benefit whose rule the
     * plan already has is skipped. Both plans must exist (404) and differ (422).
     */
    @Transactional
    Copied copyFrom(Tenant tenant, UUID planId, UUID sourcePlanId) {
        plans.get(tenant, planId);
        plans.get(tenant, sourcePlanId);
        if (planId.equals(sourcePlanId)) {
            throw new ApiException.Invalid(List.of(
                    FieldProblem.at(List.of("path", "source_plan_uuid"), "must differ from plan_uuid", "value_error")));
        }
        var owner = BenefitOwner.plan(planId);
        Set<DuplicateKey> present = new HashSet<>();
        benefits.findAllLive(tenant.orgId(), owner)
                .forEach(b -> present.add(BenefitRules.duplicateKey(BenefitDraft.of(b))));
        List<Benefit> source = benefits.findAllLive(tenant.orgId(), BenefitOwner.plan(sourcePlanId));
        var copies = new ArrayList<BenefitDraft>();
        for (Benefit b : source) {
            BenefitDraft draft = BenefitDraft.of(b);
            if (present.add(BenefitRules.duplicateKey(draft))) {
                copies.add(draft);
            }
        }
        if (!copies.isEmpty()) {
            benefits.insertAll(
                    tenant.orgId(), owner, copies.stream().map(d -> Ids.newId()).toList(), copies);
            audit.record(tenant, PLAN_ENTITY, planId, "copy_benefits", Set.of("benefits"));
        }
        return new Copied(copies.size(), source.size() - copies.size());
    }

    /** A new plan with the source's settings ({@link PlanService#copy}) and a copy of its live benefits, at once. */
    @Transactional
    Plan clone(Tenant tenant, UUID planId, BenefitRequests.Clone body) {
        Plan copy = plans.copy(
                tenant, planId, body == null ? null : body.newGroupName(), body == null ? null : body.newGroupNumber());
        List<BenefitDraft> drafts = benefits.findAllLive(tenant.orgId(), BenefitOwner.plan(planId)).stream()
                .map(BenefitDraft::of)
                .toList();
        benefits.insertAll(
                tenant.orgId(),
                BenefitOwner.plan(copy.id()),
                drafts.stream().map(d -> Ids.newId()).toList(),
                drafts);
        return copy;
    }

    /** The rows with their defaults, after every rule and reference check (422 naming each row's problems). */
    private List<BenefitDraft> checked(Tenant tenant, Integer benefitYearStart, List<BenefitRequests.Create> rows) {
        List<UUID> codeIds = checks.procedureCodeIds(tenant, rows, BenefitSetService::row);
        List<BenefitDraft> drafts = IntStream.range(0, rows.size())
                .mapToObj(
                        i -> BenefitRules.withDefaults(BenefitDraft.of(rows.get(i), codeIds.get(i)), benefitYearStart))
                .toList();
        checks.require(tenant, drafts, BenefitSetService::row, field -> true);
        requireDistinct(drafts);
        return drafts;
    }

    /** Two rows of one set may not be the same rule; the later one is named. */
    private static void requireDistinct(List<BenefitDraft> drafts) {
        var firstRow = new HashMap<DuplicateKey, Integer>();
        var problems = new ArrayList<FieldProblem>();
        for (int i = 0; i < drafts.size(); i++) {
            Integer first = firstRow.putIfAbsent(BenefitRules.duplicateKey(drafts.get(i)), i);
            if (first != null) {
                problems.add(FieldProblem.at(
                        row(i),
                        "repeats the rule of benefits[" + first + "]: "
                                + BenefitRules.sameRule(drafts.get(i).benefitType()),
                        "value_error"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiException.Invalid(problems);
        }
    }

    private static List<Object> row(int index) {
        return List.of("body", "benefits", index);
    }
}
