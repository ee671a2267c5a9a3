package io.bitewing.draft;

import io.bitewing.patientplan.PatientPlan.Relationship;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** What an imported row says, once read: the inputs of matching and the fields a conversion writes. */
@Schema(description = "The draft's row as read: the fields matching and conversion use, whichever shape it came in.")
public record DraftRow(
        @Schema(description = "The shape the row came in. One of: payor, flat.")
        Format rowFormat,

        @Schema(description = "The row's own id in the source system (Payor id, flat source_ref).")
        String sourceRef,

        String carrierName,

        @Schema(description = "Payer id for electronic claims (Payor insurance.payer_id, flat electronic_id).")
        String electronicId,

        String groupNumber,

        @Schema(description = "Group name (Payor group_description, else plan_name; flat group_name).")
        String groupName,

        @Schema(description = "X12 insurance plan type code of a Payor row (e.g. PR for PPO); null for flat rows.")
        String planTypeCode,

        String subscriberFirstName,
        String subscriberLastName,
        LocalDate subscriberBirthdate,

        @Schema(description = "Member id (Payor insured_member_id, flat subscriber_id_number).")
        String subscriberIdNumber,

        @Schema(description = "The patient's relationship to the subscriber. One of: self, spouse, child, other.")
        Relationship relationshipToSubscriber,

        @Schema(
                description = "Priority the row asks for (Payor payor_responsibility primary=1, secondary=2, "
                        + "tertiary=3); null: the lowest free one at conversion.")
        Integer ordinal,

        LocalDate dateEffective,
        LocalDate dateTerm) {

    public enum Format {
        payor,
        flat
    }
}
