package io.bitewing.plan;

import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.Items;
import io.bitewing.shared.web.Patch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/{org_id}/insurance/plans/{plan_uuid}/substitutions")
@Tag(
        name = "Plan substitutions",
        description = "Plan-level downgrade links (e.g. posterior composite paid as "
                + "amalgam). They replace the procedure code's own substitution rule for that plan.")
class PlanSubstitutionController {

    private final PlanSubstitutionService substitutions;

    PlanSubstitutionController(PlanSubstitutionService substitutions) {
        this.substitutions = substitutions;
    }

    @GetMapping
    @Operation(
            summary = "List plan substitutions",
            description = "The plan's live substitution links, by code. " + "Raises 404 if the plan does not exist.")
    Items<PlanSubstitution> list(Tenant tenant, @PathVariable("plan_uuid") UUID planId) {
        return new Items<>(substitutions.list(tenant, planId));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create plan substitution",
            description = "Links a procedure code to the code the plan pays "
                    + "it as. Both must be procedure codes of the organisation (422 naming the field otherwise); a second live "
                    + "link for the same code is a 409. condition defaults to always.")
    PlanSubstitution create(
            Tenant tenant,
            @PathVariable("plan_uuid") UUID planId,
            @Valid @RequestBody PlanSubstitutionRequests.Create body) {
        return substitutions.create(tenant, planId, body);
    }

    @PatchMapping("/{substitution_uuid}")
    @Operation(
            summary = "Update plan substitution",
            description = "Changes the substitute code or condition. " + "Raises 409 if base_version does not match.")
    PlanSubstitution update(
            Tenant tenant,
            @PathVariable("plan_uuid") UUID planId,
            @PathVariable("substitution_uuid") UUID id,
            @Valid @RequestBody PlanSubstitutionRequests.Update body,
            Patch patch) {
        return substitutions.update(tenant, planId, id, body, patch);
    }

    @DeleteMapping("/{substitution_uuid}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Delete plan substitution",
            description = "Removes the link; the code's own rule applies again.")
    void delete(Tenant tenant, @PathVariable("plan_uuid") UUID planId, @PathVariable("substitution_uuid") UUID id) {
        substitutions.delete(tenant, planId, id);
    }
}
