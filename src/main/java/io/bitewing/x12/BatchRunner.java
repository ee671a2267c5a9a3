package io.bitewing.x12;

import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.DatabaseUnavailable;
import io.bitewing.shared.web.FieldProblem;
import io.bitewing.x12.BenefitReading.Network;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The background half of a batch: each item imported by the synchronous route's service, in its own transaction, so
 * one item refused (no patient plan matches, say) goes to the report without undoing the others; its outcome and the
 * batch's progress are committed after it. The run itself fails only when the database does.
 */
@Component
class BatchRunner {

    /** An item still to import. */
    record Pending(int ordinal, String transactionSet, int interchangePosition, Integer setIndex, String raw) {}

    private static final Logger log = LoggerFactory.getLogger(BatchRunner.class);

    private final BatchRepository batches;
    private final EligibilityImportService eligibility;
    private final RemittanceService remittances;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final io.bitewing.shared.audit.AuditLog audit;

    BatchRunner(
            BatchRepository batches,
            EligibilityImportService eligibility,
            RemittanceService remittances,
            PlatformTransactionManager transactions,
            JsonMapper json,
            io.bitewing.shared.audit.AuditLog audit) {
        this.batches = batches;
        this.eligibility = eligibility;
        this.remittances = remittances;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
        this.audit = audit;
    }

    /** Imports the batch's items not yet imported. Safe to run again for the same batch (a revived job). */
    void execute(UUID org, UUID batchId) {
        try {
            var claimed = transaction.execute(s -> batches.claim(org, batchId));
            if (claimed == null || claimed.isEmpty()) {
                return;
            }
            var tenant = new Tenant(org, claimed.get().actorTokenId());
            var network = Network.valueOf(claimed.get().network());
            for (Pending item : batches.pending(org, batchId)) {
                Outcome outcome = importOne(tenant, item, network);
                transaction.executeWithoutResult(s -> batches.finishItem(
                        org,
                        batchId,
                        item.ordinal(),
                        outcome.status(),
                        outcome.interchangeId(),
                        outcome.result() == null ? null : json.writeValueAsString(outcome.result()),
                        json.writeValueAsString(outcome.errors())));
            }
            transaction.executeWithoutResult(s -> {
                batches.complete(org, batchId);
                finished(tenant, batchId, "complete");
            });
        } catch (RuntimeException e) {
            String error = "the batch stopped: " + e.getClass().getSimpleName();
            log.warn("X12 batch {} failed: {}", batchId, error, e);
            transaction.executeWithoutResult(s -> {
                batches.fail(org, batchId, error);
                finished(new Tenant(org, null), batchId, "fail");
            });
        }
    }

    private record Outcome(String status, UUID interchangeId, Map<String, Object> result, List<FieldProblem> errors) {}

    private Outcome importOne(Tenant tenant, Pending item, Network network) {
        byte[] body = item.raw().getBytes(StandardCharsets.UTF_8);
        try {
            if (item.transactionSet().equals("835")) {
                RemittanceSummary summary = remittances.import835(tenant, body);
                return new Outcome(
                        summary.alreadyImported() ? "already_imported" : "imported",
                        summary.interchangeUuid(),
                        json.convertValue(summary, Map.class),
                        List.of());
            }
            var imported = eligibility.import271(tenant, body, item.setIndex(), network);
            var result = new LinkedHashMap<String, Object>();
            result.put("coverage", imported.coverage());
            result.put("outside_office_rows_added", imported.outsideOfficeRowsAdded());
            result.put("change_set_uuid", imported.changeSet().id());
            result.put("counts", imported.changeSet().counts());
            return new Outcome("imported", imported.changeSet().interchangeUuid(), result, List.of());
        } catch (ApiException.Invalid e) {
            return new Outcome("failed", null, null, inBody(e.problems(), item.interchangePosition()));
        } catch (ApiException e) {
            return new Outcome(
                    "failed", null, null, List.of(at(item.interchangePosition(), e.getMessage(), "x12_import")));
        } catch (RuntimeException e) {
            // An item the database refuses (a value beyond a column, a constraint) fails alone; a database that does
            // not answer stops the run, since no later item could be imported either.
            if (DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            log.warn(
                    "X12 batch item {} failed: {}", item.ordinal(), e.getClass().getSimpleName());
            String msg = "could not be imported: the database refused it ("
                    + e.getClass().getSimpleName() + ")";
            return new Outcome("failed", null, null, List.of(at(item.interchangePosition(), msg, "x12_import")));
        }
    }

    /**
     * Positions the item's import named count from its own ISA; the report counts in the whole body. A problem with
     * no segment (the patient plan match) is placed at the item's ISA.
     */
    private static List<FieldProblem> inBody(List<FieldProblem> problems, int interchangePosition) {
        var out = new ArrayList<FieldProblem>();
        for (FieldProblem p : problems) {
            boolean segment = p.loc().size() == 3
                    && "segment".equals(p.loc().get(1))
                    && p.loc().get(2) instanceof Integer;
            if (segment) {
                int own = (Integer) p.loc().get(2);
                int inBody = own + interchangePosition - 1;
                String prefix = "segment " + own + " ";
                String msg = p.msg().startsWith(prefix)
                        ? "segment " + inBody + " " + p.msg().substring(prefix.length())
                        : p.msg();
                out.add(at(inBody, msg, p.type()));
            } else {
                out.add(at(interchangePosition, p.msg(), p.type()));
            }
        }
        return out;
    }

    private static FieldProblem at(int position, String msg, String type) {
        return FieldProblem.at(List.of("body", "segment", position), msg, type);
    }

    /** The batch's end is a change like any write, so the change feed tells integrators a batch finished. */
    private void finished(Tenant tenant, UUID batchId, String action) {
        audit.record(tenant, BatchService.ENTITY, batchId, action, Set.of("status", "finished_at"));
    }
}
