package io.bitewing.benefit;

import io.bitewing.coverage.CoverageCategory;
import io.bitewing.coverage.CoverageCategoryService;
import io.bitewing.coverage.codegroup.CodeGroup;
import io.bitewing.coverage.codegroup.CodeGroupService;
import io.bitewing.practice.procedurecode.ProcedureCode;
import io.bitewing.practice.procedurecode.ProcedureCodeService;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.FieldProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Checks drafts before anything is written: the {@link BenefitRules}, then that every category, code group and
 * procedure code they point at is live in the organisation. An unknown reference in a set is a 422 naming the row
 * and field; for one benefit it is the reference's 404, still naming the field. Lookups are one query per kind of
 * reference, however many drafts.
 */
@Component
class BenefitChecks {

    private final CoverageCategoryService categories;
    private final CodeGroupService codeGroups;
    private final ProcedureCodeService procedureCodes;

    BenefitChecks(
            CoverageCategoryService categories, CodeGroupService codeGroups, ProcedureCodeService procedureCodes) {
        this.categories = categories;
        this.codeGroups = codeGroups;
        this.procedureCodes = procedureCodes;
    }

    /**
     * Each row's procedure code id: its procedure_code_uuid, or the id of the code it names by procedure_code (one
     * query for all rows). A code unknown (or archived) in the organisation, or one named both ways, is a 422 at the
     * row's {@code procedure_code}.
     */
    List<UUID> procedureCodeIds(Tenant tenant, List<BenefitRequests.Create> rows, IntFunction<List<Object>> at) {
        var known = procedureCodes.findByCodes(
                tenant,
                rows.stream()
                        .map(BenefitRequests.Create::procedureCode)
                        .filter(java.util.Objects::nonNull)
                        .map(String::strip)
                        .toList());
        var problems = new ArrayList<FieldProblem>();
        var ids = new ArrayList<UUID>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            ids.add(row.procedureCodeUuid());
            if (row.procedureCode() == null) {
                continue;
            }
            var loc = new ArrayList<Object>(at.apply(i));
            loc.add("procedure_code");
            ProcedureCode code =
                    known.get(ProcedureCodeService.normalise(row.procedureCode().strip()));
            if (row.procedureCodeUuid() != null) {
                problems.add(
                        FieldProblem.at(loc, "give procedure_code_uuid or procedure_code, not both", "value_error"));
            } else if (code == null) {
                problems.add(FieldProblem.at(loc, "unknown procedure code in this organisation", "value_error"));
            } else {
                ids.set(i, code.id());
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiException.Invalid(problems);
        }
        return ids;
    }

    /**
     * 422 listing every problem of every draft, the i-th located under {@code at.apply(i)}, unknown references
     * included: in a set, the client fixes the rows. References are checked for the fields {@code checkReference}
     * accepts, so a patch does not fail over a category archived since.
     */
    void require(
            Tenant tenant, List<BenefitDraft> drafts, IntFunction<List<Object>> at, Predicate<String> checkReference) {
        var problems = new ArrayList<FieldProblem>();
        for (int i = 0; i < drafts.size(); i++) {
            problems.addAll(BenefitRules.check(drafts.get(i), at.apply(i)));
        }
        problems.addAll(unknownReferences(tenant, drafts, at, checkReference));
        if (!problems.isEmpty()) {
            throw new ApiException.Invalid(problems);
        }
    }

    /**
     * One benefit, as the reference answers its create: a broken rule is a 422, then an unknown (or archived)
     * referenced entity is a 404 naming the field.
     */
    void requireOne(Tenant tenant, BenefitDraft draft, Predicate<String> checkReference) {
        var rules = BenefitRules.check(draft, List.of("body"));
        if (!rules.isEmpty()) {
            throw new ApiException.Invalid(rules);
        }
        var unknown = unknownReferences(tenant, List.of(draft), i -> List.of("body"), checkReference);
        if (!unknown.isEmpty()) {
            FieldProblem first = unknown.get(0);
            throw ApiException.NotFound.detail(first.loc().get(first.loc().size() - 1) + ": " + first.msg());
        }
    }

    private List<FieldProblem> unknownReferences(
            Tenant tenant, List<BenefitDraft> drafts, IntFunction<List<Object>> at, Predicate<String> checkReference) {
        Set<UUID> liveCategories =
                categories.findAll(tenant, collect(drafts, BenefitDraft::coverageCategoryId)).stream()
                        .filter(c -> c.deletedAt() == null)
                        .map(CoverageCategory::id)
                        .collect(Collectors.toSet());
        Set<UUID> liveGroups = codeGroups.findAll(tenant, collect(drafts, BenefitDraft::codeGroupId)).stream()
                .filter(g -> g.deletedAt() == null)
                .map(CodeGroup::id)
                .collect(Collectors.toSet());
        var codeIds = collect(drafts, BenefitDraft::procedureCodeId);
        codeIds.addAll(collect(drafts, BenefitDraft::substitutionCodeId));
        Set<UUID> liveCodes = procedureCodes.findByIds(tenant, codeIds).values().stream()
                .filter(c -> c.deletedAt() == null)
                .map(ProcedureCode::id)
                .collect(Collectors.toSet());
        var problems = new ArrayList<FieldProblem>();
        for (int i = 0; i < drafts.size(); i++) {
            BenefitDraft d = drafts.get(i);
            var reference = new Reference(at.apply(i), checkReference, problems);
            reference.require("coverage_category_uuid", d.coverageCategoryId(), liveCategories, "coverage category");
            reference.require("code_group_uuid", d.codeGroupId(), liveGroups, "code group");
            reference.require("procedure_code_uuid", d.procedureCodeId(), liveCodes, "procedure code");
            reference.require("substitution_code_uuid", d.substitutionCodeId(), liveCodes, "procedure code");
        }
        return problems;
    }

    private static Set<UUID> collect(List<BenefitDraft> drafts, Function<BenefitDraft, UUID> field) {
        return drafts.stream().map(field).filter(Objects::nonNull).collect(Collectors.toCollection(HashSet::new));
    }

    /** One draft's reference checks. */
    private record Reference(List<Object> at, Predicate<String> checked, List<FieldProblem> problems) {
        void require(String field, UUID id, Set<UUID> live, String what) {
            if (id != null && checked.test(field) && !live.contains(id)) {
                var loc = new ArrayList<>(at);
                loc.add(field);
                problems.add(FieldProblem.at(
                        loc, "'" + id + "' is not a live " + what + " of this organisation", "value_error"));
            }
        }
    }
}
