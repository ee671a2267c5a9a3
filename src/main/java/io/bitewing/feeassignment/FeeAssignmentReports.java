package io.bitewing.feeassignment;

import io.bitewing.feeassignment.FeeAssignment.Kind;
import io.bitewing.feeassignment.FeeAssignmentReportRepository.Activity;
import io.bitewing.feeassignment.FeeAssignmentReportRepository.Cell;
import io.bitewing.feeassignment.FeeAssignmentReportRepository.Finding;
import io.bitewing.plan.Plan;
import io.bitewing.plan.PlanService;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.Ref;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read-only views over assignments: their audit trail, the plan × location matrix, a comparison and health checks. */
@Service
@Transactional(readOnly = true)
public class FeeAssignmentReports {

    public record ActivityPage(List<Activity> items, long total) {}

    public record MatrixCell(UUID locationUuid, UUID assignmentUuid, Ref feeSchedule) {}

    public record MatrixRow(Ref insurancePlan, String label, List<MatrixCell> cells) {}

    public record Matrix(Kind kind, List<Ref> locations, List<MatrixRow> rows) {}

    public record LocationComparison(Ref location, UUID assignmentUuid, Ref feeSchedule, String resolutionLevel) {}

    public record Comparison(Ref plan, Kind kind, List<LocationComparison> locations) {}

    public record Issue(
            String issueType,
            String severity,
            String message,
            UUID assignmentUuid,
            Ref location,
            Ref insurancePlan,
            UUID conflictingAssignmentUuid) {}

    public record Validation(List<Issue> issues, Map<String, Object> stats) {}

    private static final Map<String, String> MESSAGES = Map.of(
            "missing_ucr", "No UCR (office) schedule is assigned to this location",
            "missing_primary", "No primary schedule for this in-network plan at this location (plan or carrier level)",
            "archived_schedule", "The assignment's fee schedule is archived",
            "purpose_kind_mismatch", "The fee schedule's purpose does not fit the assignment kind",
            "invalid_estimate_book",
                    "The assignment names an archived estimate book, or one on a kind that does not read books",
            "overlap", "The assignment's dates overlap another assignment in the same slot");

    private final FeeAssignmentReportRepository reports;
    private final PlanService plans;

    FeeAssignmentReports(FeeAssignmentReportRepository reports, PlanService plans) {
        this.reports = reports;
        this.plans = plans;
    }

    /** Audit log entries of assignments, newest first. */
    ActivityPage activity(Tenant tenant, int limit, int offset) {
        if (limit < 1 || limit > 200) {
            throw ApiException.Invalid.query("limit", "must be between 1 and 200");
        }
        if (offset < 0) {
            throw ApiException.Invalid.query("offset", "must be greater than or equal to 0");
        }
        var total = new long[1];
        var items = reports.findActivity(tenant.orgId(), limit, offset, total);
        return new ActivityPage(items, items.isEmpty() ? reports.countActivity(tenant.orgId()) : total[0]);
    }

    /** Plans × live locations for a kind as of today; the first row is the location default (the only one for ucr). */
    Matrix matrix(Tenant tenant, Kind kind, UUID carrierId) {
        var cells = reports.findMatrix(tenant.orgId(), kind, carrierId, FeeAssignmentService.today());
        var locations = new LinkedHashMap<UUID, Ref>();
        var rows = new LinkedHashMap<String, List<Cell>>();
        for (Cell c : cells) {
            locations.putIfAbsent(c.locationId(), new Ref(c.locationId(), c.locationName()));
            rows.computeIfAbsent(String.valueOf(c.planId()), k -> new ArrayList<>())
                    .add(c);
        }
        var out = rows.values().stream()
                .map(row -> {
                    Cell first = row.get(0);
                    return new MatrixRow(
                            first.planId() == null ? null : new Ref(first.planId(), first.planName()),
                            first.planId() == null ? (kind == Kind.ucr ? "UCR" : "Location default") : first.planName(),
                            row.stream()
                                    .map(c -> new MatrixCell(
                                            c.locationId(),
                                            c.assignmentId(),
                                            FeeAssignmentReportRepository.ref(c.scheduleId(), c.scheduleName())))
                                    .toList());
                })
                .toList();
        return new Matrix(kind, List.copyOf(locations.values()), out);
    }

    /** What resolves for one plan at every live location as of today; 404 when the plan is unknown. */
    Comparison compare(Tenant tenant, UUID planId, Kind kind) {
        Plan plan = plans.get(tenant, planId);
        var rows = reports.findComparison(
                tenant.orgId(), plan.id(), plan.carrier().id(), kind, FeeAssignmentService.today());
        return new Comparison(
                new Ref(plan.id(), plan.groupName()),
                kind,
                rows.stream()
                        .map(c -> new LocationComparison(
                                new Ref(c.locationId(), c.locationName()),
                                c.assignmentId(),
                                FeeAssignmentReportRepository.ref(c.scheduleId(), c.scheduleName()),
                                c.level()))
                        .toList());
    }

    /** The health checks as of today, each issue naming its assignment (or its location and plan when none exists). */
    Validation validate(Tenant tenant, UUID locationId) {
        var findings = reports.findProblems(tenant.orgId(), locationId, FeeAssignmentService.today());
        var issues = findings.stream().map(FeeAssignmentReports::issue).toList();
        var byType = issues.stream()
                .collect(Collectors.groupingBy(Issue::issueType, java.util.TreeMap::new, Collectors.counting()));
        var stats = new LinkedHashMap<String, Object>();
        stats.put("assignments_checked", reports.countLive(tenant.orgId(), locationId));
        stats.put("total_issues", issues.size());
        stats.put(
                "errors",
                issues.stream().filter(i -> i.severity().equals("error")).count());
        stats.put(
                "warnings",
                issues.stream().filter(i -> i.severity().equals("warning")).count());
        stats.put("by_type", byType);
        return new Validation(issues, stats);
    }

    private static Issue issue(Finding f) {
        boolean warning =
                f.issueType().equals("missing_primary") || f.issueType().equals("missing_ucr");
        return new Issue(
                f.issueType(),
                warning ? "warning" : "error",
                MESSAGES.get(f.issueType()),
                f.assignmentId(),
                new Ref(f.locationId(), f.locationName()),
                f.planId() == null ? null : new Ref(f.planId(), f.planName()),
                f.otherAssignmentId());
    }
}
