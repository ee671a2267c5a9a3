package io.bitewing.estimatebook.entry;

import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Patch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/{org_id}/insurance/estimate-books/{book_uuid}")
@Tag(name = "Estimate books")
class EvidenceController {

    /** The reference wraps the step list in {@code items} without paging. */
    record RuleSteps(List<RuleStep> items) {}

    private final EvidenceService evidence;

    EvidenceController(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @GetMapping("/evidence")
    @Operation(
            summary = "List evidence entries",
            description = "List claim payment evidence entries for an estimate "
                    + "book, newest first. Raises 404 if the estimate book does not exist.")
    Page<Evidence> listEvidence(Tenant tenant, @PathVariable("book_uuid") UUID bookId, PageRequest page) {
        return evidence.listEvidence(tenant, bookId, page);
    }

    @PostMapping("/evidence")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create evidence entry",
            description = "Record a claim payment observation as evidence. The "
                    + "allowed amount it teaches is allowed_override when sent, else insurance_payment_amount; secondary-claim "
                    + "rows are kept but not learned from. Raises 404 if the estimate book, procedure code, carrier or plan "
                    + "does not exist; 409 if the book is archived; 422 if the carrier is not the plan's.")
    Evidence createEvidence(
            Tenant tenant,
            @PathVariable("book_uuid") UUID bookId,
            @Valid @RequestBody EntryRequests.CreateEvidence body) {
        return evidence.createEvidence(tenant, bookId, body);
    }

    @GetMapping("/rule-steps")
    @Operation(
            summary = "List rule steps",
            description =
                    "List rule steps for an estimate book, ordered by priority. "
                            + "Set active_only=true to filter to active steps only. Raises 404 if the estimate book does not exist.")
    RuleSteps listSteps(
            Tenant tenant,
            @PathVariable("book_uuid") UUID bookId,
            @Parameter(description = "Only return active rule steps.")
                    @RequestParam(name = "active_only", defaultValue = "false")
                    boolean activeOnly) {
        return new RuleSteps(evidence.listSteps(tenant, bookId, activeOnly));
    }

    @PostMapping("/rule-steps")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create rule step",
            description =
                    "Create a rule step defining fee computation logic. "
                            + "Raises 404 if the estimate book does not exist; 409 if the book is archived or another step has the "
                            + "priority_order; 422 when limit_value does not fit limit_type (0 with none, at least 1 otherwise).")
    RuleStep createStep(
            Tenant tenant,
            @PathVariable("book_uuid") UUID bookId,
            @Valid @RequestBody EntryRequests.CreateRuleStep body) {
        return evidence.createStep(tenant, bookId, body);
    }

    @PatchMapping("/rule-steps/{step_uuid}")
    @Operation(
            summary = "Update rule step",
            description = "Update mutable fields on a rule step. Raises 404 if the "
                    + "estimate book or rule step does not exist; 409 as for create; 422 as for create.")
    RuleStep updateStep(
            Tenant tenant,
            @PathVariable("book_uuid") UUID bookId,
            @PathVariable("step_uuid") UUID id,
            @Valid @RequestBody EntryRequests.UpdateRuleStep body,
            Patch patch) {
        return evidence.updateStep(tenant, bookId, id, body, patch);
    }

    @DeleteMapping("/rule-steps/{step_uuid}")
    @Operation(
            summary = "Delete rule step",
            description =
                    "Delete a rule step from an estimate book and answer it as "
                            + "it was; allowed fees it produced stay. Raises 404 if the estimate book or rule step does not exist.")
    RuleStep deleteStep(Tenant tenant, @PathVariable("book_uuid") UUID bookId, @PathVariable("step_uuid") UUID id) {
        return evidence.deleteStep(tenant, bookId, id);
    }
}
