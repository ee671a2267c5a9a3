package io.bitewing.draft;

import io.bitewing.plan.Plan.PlanType;
import io.bitewing.shared.web.Ref;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a reviewer chooses from: the live carriers, plans and patients closest to the draft, best first, at most ten
 * of each. Each says its score and the reasons behind it (docs/decisions.md, "Insurance drafts").
 */
@Schema(
        description = "Matching candidates for review, best first (at most 10 of each), each with a score and the "
                + "reasons behind it.")
public record DraftCandidates(
        List<CarrierCandidate> carriers, List<PlanCandidate> plans, List<PatientCandidate> patients) {

    static final int LIMIT = 10;

    @Schema(
            description = "A carrier: score = 2 for the same electronic id + 1 for the same matching name + the "
                    + "trigram similarity (0-1) of the matching names.")
    public record CarrierCandidate(
            UUID id,
            String carrierName,
            String electronicId,
            BigDecimal score,

            @Schema(description = "Any of: electronic_id, name, similar_name.")
            List<String> reasons) {}

    @Schema(
            description = "A plan: score = 2 for the same group number + 1 when it belongs to the draft's carrier (or "
                    + "best carrier candidate) + the trigram similarity (0-1) of the group names.")
    public record PlanCandidate(
            UUID id,
            String groupName,
            String groupNumber,
            PlanType planType,
            Ref carrier,
            BigDecimal score,

            @Schema(description = "Any of: group_number, carrier, similar_group_name.")
            List<String> reasons) {}

    @Schema(
            description = "A patient who may be the subscriber (the patient for relationship self, else patients "
                    + "with the subscriber's last name or birthdate): score = 3 for the patient themself, + 1 for the same "
                    + "first and last name, + 1 for the same birthdate, + the trigram similarity (0-1) of the names.")
    public record PatientCandidate(
            UUID id,
            String name,
            LocalDate birthdate,
            BigDecimal score,

            @Schema(description = "Any of: self, name, birthdate, similar_name.")
            List<String> reasons) {}

    /** The draft and its candidates: the answer of draft get. */
    public record Review(
            @Schema(description = "Full insurance draft output.")
            Draft draft,

            @Schema(description = "Matching candidates for review.")
            DraftCandidates candidates) {}
}
