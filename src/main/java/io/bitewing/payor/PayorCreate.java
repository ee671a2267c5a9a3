package io.bitewing.payor;

import io.bitewing.eligibility.EligibilityAnswer;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The Payor shape's create body, read in two parts: the coverage to find or make (these fields), and the eligibility
 * answer to record on it (every other field, {@link EligibilityAnswer}'s). {@link PayorBodies} reads both strictly.
 */
record PayorCreate(
        @NotBlank @Size(max = 100) @Schema(description = "The patient's uuid.")
        String patientId,

        @NotBlank
        @Size(max = 100)
        @Schema(description = "The insurance: a carrier uuid, or a carrier's electronic payer id.")
        String insuranceId,

        @Valid @Schema(description = "The subscriber, described inline: matched by name and birth date, else created.")
        PayorSubscriber subscriber,

        @Size(max = 100) @Schema(description = "An existing subscriber's patient uuid.")
        String subscriberId) {

    /** The create body as OpenAPI shows it: these fields and the eligibility answer's, in one object. */
    @Schema(
            name = "PayorCreateRequest",
            description = "Request model for creating a payor (patient-insurance relationship): patient_id, "
                    + "insurance_id, subscriber or subscriber_id, and every field of the eligibility answer.",
            allOf = {PayorCreate.class, EligibilityAnswer.class})
    static final class Document {
        private Document() {}
    }
}
