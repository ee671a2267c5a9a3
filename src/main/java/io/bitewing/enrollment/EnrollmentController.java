package io.bitewing.enrollment;

import io.bitewing.shared.auth.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/{org_id}/insurance/enrollments")
@Tag(
        name = "Enrollments",
        description = "One-call enrollment: cover a patient, creating or reusing the subscriber, "
                + "carrier, plan, benefits and subscription in one transaction.")
class EnrollmentController {

    private final EnrollmentService enrollments;

    EnrollmentController(EnrollmentService enrollments) {
        this.enrollments = enrollments;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Enroll patient", description = """
            Cover a patient with insurance in one call, in one transaction: on any failure nothing is created.
            The subscriber is subscriber_uuid, or a new patient from the inline subscriber, or (with neither and \
            relationship_to_subscriber self) the patient. The plan is insurance_plan_uuid, or the inline plan: its \
            carrier is carrier_uuid or the inline carrier, reused when a live carrier has the same name \
            (case-insensitive); the plan is reused when a live plan of that carrier has the same group_number, and \
            then its settings and benefits stay as they are and the inline ones are ignored (see notices); otherwise \
            the plan is created with its benefits, all checked before anything is written. The subscription is reused \
            when the subscriber already holds the plan through an active subscription under the same \
            subscriber_id_number, else created with date_effective. Then the patient plan is created with the \
            patient plan rules (at most three active plans, free ordinal, relationship self exactly when the patient \
            is the subscriber).
            Answers 201 {plan, subscription, patient_plan, benefits (the plan's live benefits), created {subscriber, \
            carrier, plan, subscription, patient_plan}, reused {carrier, plan, subscription}, notices [{loc, msg}]}. \
            Raises 404 for an unknown or archived patient, subscriber, plan or carrier; 422 when both or neither of \
            subscriber_uuid/subscriber, insurance_plan_uuid/plan or plan.carrier_uuid/plan.carrier are given, and for \
            any invalid field, located in this body (e.g. ["body", "plan", "benefits", 2, "percent"]); 409 when the \
            patient is already covered by the subscription. Honours Idempotency-Key.""")
    Enrollment enroll(Tenant tenant, @Valid @RequestBody EnrollmentRequests.Create body) {
        return enrollments.enroll(tenant, body);
    }
}
