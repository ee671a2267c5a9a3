package io.bitewing.eligibility;

import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/{org_id}/insurance/patient-plans/{patient_plan_uuid}/eligibility")
@Tag(name = "Eligibility")
class EligibilityController {

    private final EligibilityService eligibility;

    EligibilityController(EligibilityService eligibility) {
        this.eligibility = eligibility;
    }

    @GetMapping
    @Operation(
            summary = "Get eligibility record",
            description = "The latest eligibility answer recorded for the patient plan, every field typed, services "
                    + "and raw benefits entities as sent. Raises 404 if the patient plan does not exist or has no "
                    + "answer yet.")
    Eligibility get(Tenant tenant, @PathVariable("patient_plan_uuid") UUID patientPlanId) {
        return eligibility.get(tenant, patientPlanId);
    }

    @PutMapping
    @Operation(
            summary = "Record eligibility answer",
            description = "Records a vendor's answer, replacing the last whole (a field left out was not reported) "
                    + "and keeping the last in the history. The first answer creates the record; later ones need "
                    + "base_version: 409 if stale, 422 if missing. Stamps the patient plan's eligibility as verified "
                    + "at eligibility_check_date. A reported provider_network_status of in_network or out_of_network "
                    + "decides the network the patient's estimates use. Raises 404 if the patient plan does not "
                    + "exist.")
    Eligibility put(
            Tenant tenant,
            @PathVariable("patient_plan_uuid") UUID patientPlanId,
            @Valid @RequestBody EligibilityAnswer body) {
        return eligibility.record(tenant, patientPlanId, body);
    }

    @GetMapping("/history")
    @Operation(
            summary = "List eligibility answers",
            description = "Every answer recorded for the patient plan as it was sent, newest first, with the "
                    + "record version it produced. Raises 404 if the patient plan does not exist or has no answer.")
    Page<EligibilityService.Answered> history(
            Tenant tenant, @PathVariable("patient_plan_uuid") UUID patientPlanId, PageRequest page) {
        return eligibility.history(tenant, patientPlanId, page);
    }
}
