package io.bitewing.payor;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The subscriber described inline (Payor's SubscriberCreateInline): matched by name and birth date, else created. */
record PayorSubscriber(
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @Size(max = 100) String middleName,

        @Schema(description = "Date of birth (the date part is kept).")
        Instant dob,

        @Schema(description = "female, male, other or unknown.") @Size(max = 20)
        String gender,

        @Size(max = 50) String insuredMemberId,
        @Size(max = 200) String address,
        @Size(max = 200) String address2,
        @Size(max = 100) String city,
        @Size(max = 50) String state,
        @Size(max = 20) String zip) {}
