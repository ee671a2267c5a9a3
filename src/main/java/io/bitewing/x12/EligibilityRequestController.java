package io.bitewing.x12;

import io.bitewing.shared.auth.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/{org_id}/insurance/patient-plans/{patient_plan_uuid}/x12")
@Tag(name = "X12")
class EligibilityRequestController {

    private final EligibilityRequestService requests;

    EligibilityRequestController(EligibilityRequestService requests) {
        this.requests = requests;
    }

    @GetMapping("/270")
    @Operation(
            summary = "Generate a 270 eligibility request",
            description = "A valid X12 270 (005010X279A1) for the patient plan, to send through the practice's "
                    + "clearinghouse: payer = the plan's carrier (NM1*PR, PI = its electronic_id), provider = the "
                    + "location (NPI, else tax id), subscriber and, for a dependent, the patient; one EQ per service "
                    + "type. Each call takes the organisation's next control number (ISA13/GS06 never repeat within "
                    + "it) and keeps the interchange. 404 for an unknown patient plan or location; 422 for an "
                    + "unknown service type, a carrier without electronic_id or a location without NPI or tax id.")
    EligibilityRequestService.Generated generate(
            Tenant tenant,
            @PathVariable("patient_plan_uuid") UUID patientPlanId,
            @Parameter(description = "Service type codes, comma-separated (default 35): 30, 35, 4, 5, 7, 23-28, 36-41.")
                    @RequestParam(name = "service_types", required = false)
                    List<String> serviceTypes,
            @Parameter(description = "The location sending; optional when the organisation has one live location.")
                    @RequestParam(name = "location_uuid", required = false)
                    UUID locationId) {
        return requests.generate(tenant, patientPlanId, serviceTypes, locationId);
    }
}
