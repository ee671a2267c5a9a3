package io.bitewing.payor;

import io.bitewing.eligibility.EligibilityAnswer;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping(PayorAccess.PREFIX)
@Tag(name = "Payor")
class PayorController {

    private final PayorService payors;
    private final PayorBodies bodies;
    private final PayorPatches patches;

    PayorController(PayorService payors, PayorBodies bodies, PayorPatches patches) {
        this.payors = payors;
        this.bodies = bodies;
        this.patches = patches;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create Payor",
            description = "Records an eligibility vendor's patient-insurance answer in one transaction: the carrier "
                    + "(insurance_id: a carrier uuid or its electronic payer id), the plan (carrier + group_number, "
                    + "created when absent), the subscriber (subscriber_id, or the inline subscriber matched by name "
                    + "and birth date before creating; the patient for self), the subscription (insured_member_id), "
                    + "the patient plan at the ordinal payor_responsibility names, and the eligibility record. A "
                    + "second answer for the same coverage refreshes the record. 422 for a value Bitewing cannot "
                    + "hold (quaternary: at most three plans in force), naming the field; nothing is kept then.")
    Payor create(
            Tenant tenant,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @io.swagger.v3.oas.annotations.media.Content(
                                            schema =
                                                    @io.swagger.v3.oas.annotations.media.Schema(
                                                            implementation = PayorCreate.Document.class)))
                    @RequestBody
                    JsonNode body) {
        return payors.create(tenant, bodies.coverage(body), bodies.answer(body));
    }

    @GetMapping("/{payor_id}")
    @Operation(summary = "Get Payor", description = "One payor by id. Raises 404 if it does not exist.")
    Payor get(Tenant tenant, @PathVariable("payor_id") UUID id) {
        return payors.get(tenant, id);
    }

    @GetMapping
    @Operation(
            summary = "List Payors",
            description = "The payors of a patient (patient_id required), paged. Raises 404 for an unknown patient.")
    Page<Payor> list(
            Tenant tenant,
            @Parameter(description = "The patient's uuid.") @RequestParam(name = "patient_id") UUID patientId,
            PageRequest page) {
        return payors.list(tenant, patientId, page);
    }

    @PatchMapping("/{payor_id}")
    @Operation(
            summary = "Update Payor",
            description = "A fresh eligibility answer: the fields sent replace those on file, the rest stay. "
                    + "version (the payor's, as last read) is required: 409 if stale. The coverage itself "
                    + "(patient_id, insurance_id, group_number, subscriber) does not move; post a new payor for "
                    + "other coverage.")
    Payor patch(
            Tenant tenant,
            @PathVariable("payor_id") UUID id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @io.swagger.v3.oas.annotations.media.Content(
                                            schema =
                                                    @io.swagger.v3.oas.annotations.media.Schema(
                                                            implementation = PayorCreate.Document.class)))
                    @RequestBody
                    JsonNode body) {
        EligibilityAnswer answer = patches.merged(tenant, id, body);
        return payors.refresh(tenant, id, answer);
    }
}
