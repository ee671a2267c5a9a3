package io.bitewing.practice.patient;

import io.bitewing.practice.patient.Patient.Gender;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Request bodies of the patient endpoints. */
public final class PatientRequests {

    static final String NOT_IN_FUTURE = "must not be in the future";

    private PatientRequests() {}

    public record Create(
            @NotBlank @Size(max = 100) @Schema(description = "Given name.")
            String firstName,

            @NotBlank @Size(max = 100) @Schema(description = "Family name.")
            String lastName,

            @Size(max = 100) String middleName,

            @PastOrPresent(message = NOT_IN_FUTURE)
            @Schema(description = "Date of birth, YYYY-MM-DD; not in the future.")
            LocalDate birthdate,

            @Schema(description = "One of: female, male, other, unknown.")
            Gender gender,

            @Size(max = 200) String addressLine1,
            @Size(max = 200) String addressLine2,
            @Size(max = 100) String city,
            @Size(max = 50) String state,
            @Size(max = 20) String zipCode,
            @Size(max = 50) String phone,
            @Email @Size(max = 254) String email) {}

    record Update(
            @NotNull @Schema(description = "Current version for optimistic concurrency — rejected with 409 if stale.")
            Integer baseVersion,

            @Pattern(regexp = ".*\\S.*", message = "must not be blank") @Size(max = 100)
            String firstName,

            @Pattern(regexp = ".*\\S.*", message = "must not be blank") @Size(max = 100)
            String lastName,

            @Size(max = 100) String middleName,
            @PastOrPresent(message = NOT_IN_FUTURE) LocalDate birthdate,
            Gender gender,
            @Size(max = 200) String addressLine1,
            @Size(max = 200) String addressLine2,
            @Size(max = 100) String city,
            @Size(max = 50) String state,
            @Size(max = 20) String zipCode,
            @Size(max = 50) String phone,
            @Email @Size(max = 254) String email) {}
}
