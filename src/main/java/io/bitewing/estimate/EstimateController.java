package io.bitewing.estimate;

import io.bitewing.shared.auth.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/{org_id}/insurance")
@Tag(
        name = "Estimates",
        description = "Insurance estimates for planned procedures and the benefits a patient has "
                + "left, from the plans, benefits, fee schedules and claim history on file.")
class EstimateController {

    private final EstimateService estimates;

    EstimateController(EstimateService estimates) {
        this.estimates = estimates;
    }

    @PostMapping("/estimates")
    @Operation(
            summary = "Estimate procedures",
            description = "Estimate what each of the patient's plans pays for "
                    + "1-500 planned procedures, with deductibles, maximums, frequencies, write-offs and coordination of "
                    + "benefits, each line naming what limited it. Nothing is stored. Raises 404 if the patient does not "
                    + "exist, 422 for an unknown procedure code (naming its index), a patient plan not the patient's, or a "
                    + "missing location when the organisation has several.")
    Estimate estimate(Tenant tenant, @Valid @RequestBody EstimateRequests.Create body) {
        return estimates.estimate(tenant, body);
    }

    @GetMapping("/patients/{patient_uuid}/remaining-benefits")
    @Operation(
            summary = "Get remaining benefits",
            description = "For each of the patient's active plans, primary "
                    + "first: the benefit year and each maximum and deductible with total, used, pending and remaining "
                    + "amounts as of the date. Raises 404 if the patient does not exist.")
    Estimate.RemainingBenefits remaining(
            Tenant tenant,
            @PathVariable("patient_uuid") UUID patientId,
            @Parameter(description = "Date to report for; defaults to today.")
                    @RequestParam(name = "as_of_date", required = false)
                    LocalDate asOfDate) {
        return estimates.remaining(tenant, patientId, asOfDate);
    }
}
