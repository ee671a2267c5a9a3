package io.bitewing.practice.patient;

import io.bitewing.practice.PersonName;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** Lightweight reference to a patient, as other resources embed it. */
public record PatientRef(
        @Schema(description = "Patient UUID.") UUID id,

        @Schema(description = "Display name, \"Last, First\".")
        String name) {

    public static PatientRef of(Patient patient) {
        return new PatientRef(patient.id(), PersonName.display(patient.lastName(), patient.firstName()));
    }
}
