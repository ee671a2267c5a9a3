package io.bitewing.draft;

import io.bitewing.draft.Draft.ReviewStatus;
import io.bitewing.shared.auth.Tenant;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/{org_id}/insurance/drafts")
@Tag(
        name = "Insurance drafts",
        description = "Insurance details imported from outside (intake forms, another "
                + "practice system, eligibility vendors), matched to carrier, plan and subscriber, reviewed, then converted "
                + "into a subscription and a patient plan.")
class DraftController {

    private final DraftService drafts;
    private final DraftConversion conversion;

    DraftController(DraftService drafts, DraftConversion conversion) {
        this.drafts = drafts;
        this.conversion = conversion;
    }

    @GetMapping
    @Operation(
            summary = "List drafts",
            description = "List insurance drafts with optional patient and status " + "filters, newest first.")
    Page<Draft> list(
            Tenant tenant,
            @Parameter(description = "Filter drafts by patient UUID.")
                    @RequestParam(name = "patient_uuid", required = false)
                    UUID patientUuid,
            @Parameter(description = "Filter by review status. One of: pending, matched, converted, rejected, error.")
                    @RequestParam(name = "review_status", required = false)
                    ReviewStatus reviewStatus,
            PageRequest page) {
        return drafts.list(tenant, patientUuid, reviewStatus, page);
    }

    @GetMapping("/{draft_uuid}")
    @Operation(summary = "Get draft with candidates", description = """
            Retrieve a single draft with its matching candidates. Returns the draft plus candidate carriers, plans, \
            and patients for the review UI, best first, at most 10 of each, each with a score and its reasons. \
            Carriers: 2 for the same electronic id, 1 for the same matching name (lower case, punctuation and \
            trailing Inc/Co/Corp/Company/LLC/Ltd dropped), plus the trigram similarity of the names. Plans (of the \
            matched carrier, else of the three best carriers, and any plan with the group number): 2 for the same \
            group number, 1 for the draft's carrier, plus the similarity of the group names. Patients (subscriber \
            candidates: the patient for relationship self, else other patients with the subscriber's last name or \
            birthdate): 3 for the patient themself, 1 for the same first and last name, 1 for the same birthdate, \
            plus the similarity of the names. Raises 404 if the draft does not exist.""")
    DraftCandidates.Review get(Tenant tenant, @PathVariable("draft_uuid") UUID id) {
        return drafts.get(tenant, id);
    }

    @PostMapping("/import")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Import drafts", description = """
            Import raw insurance data as draft records for review. Each row (1-200) becomes a separate draft keeping \
            the raw row in raw_data_json. A row is Payor-shaped (the Payor resource of a Payor API: \
            insurance {name, payer_id}, group_number, group_description, plan_name, plan_type (X12), \
            insured_member_id, relationship_to_subscriber, payor_responsibility primary|secondary|tertiary, \
            coverage_from, coverage_to, subscriber {first_name, last_name, dob, insured_member_id}, id as \
            source_ref; other Payor fields are kept but not read) or flat (carrier_name, electronic_id, \
            group_number, group_name, subscriber_first_name, subscriber_last_name, subscriber_dob, \
            subscriber_id_number, relationship, date_effective, date_term, source_ref). Dates are YYYY-MM-DD or \
            ISO date-times. Relationships: self (also employee), spouse (also life_partner), child, anything else \
            of the Payor list as other. A row needs a carrier (name or electronic id), a member id and a \
            relationship (a row that is not a JSON object is a 422); a row that mixes both shapes, has a field of the wrong type, an unknown \
            value or a coverage ending before it starts becomes a draft in status error with error_reason. \
            Auto-matching runs for all rows in one query: the carrier by electronic id, then by matching name; \
            the plan by that carrier and the group number (without case); the subscriber is the patient for \
            relationship self, else the one other patient with the subscriber's name and birthdate. A draft with \
            all three is matched, otherwise pending; an ambiguous match (two equally good) counts as none. \
            Answers 201 {items (one draft per row, in row order), total, matched, pending, error}. Raises 404 if \
            the patient does not exist (or is archived); 422 for an invalid envelope or a row that cannot be stored \
            (a NUL character, a number beyond range).""")
    DraftsImported importRows(Tenant tenant, @Valid @RequestBody DraftRequests.Import body) {
        return drafts.importRows(tenant, body);
    }

    @PutMapping("/{draft_uuid}/match")
    @Operation(summary = "Match draft", description = """
            Manually match a draft to a carrier, plan, and/or subscriber: the fields given replace the current \
            match, those left out keep it. A plan brings its carrier (422 if carrier_uuid names another); a \
            different carrier drops the plan. To create a plan from the draft when only the carrier matched, send \
            create_plan true (with an optional plan_type): convert then creates the plan with the draft's group \
            number and group name under the matched carrier; create_plan false undoes that choice. The draft is \
            matched when carrier, plan (or create_plan) and subscriber are all set, else pending; a rejected draft \
            is reopened. Raises 404 if the draft or any referenced entity does not exist (or is archived); 409 once \
            converted; 422 for a draft in error, an empty body, plan_uuid with create_plan true, create_plan \
            without a carrier, or a subscriber that contradicts the row's relationship (self exactly when the \
            subscriber is the patient).""")
    Draft match(Tenant tenant, @PathVariable("draft_uuid") UUID id, @Valid @RequestBody DraftRequests.Match body) {
        return drafts.match(tenant, id, body);
    }

    @PostMapping("/{draft_uuid}/rematch")
    @Operation(summary = "Re-run matching on a draft", description = """
            Re-run auto-matching on an insurance draft. Clears existing carrier/plan matches and re-runs the \
            auto-match algorithm on the raw row, read again (a draft in error may become readable); a manual \
            match, create_plan, a rejection and a conversion error are cleared. Only allowed on drafts that have \
            not been converted. Raises 404 if the draft does not exist. Raises 409 if the draft has already been \
            converted.""")
    Draft rematch(Tenant tenant, @PathVariable("draft_uuid") UUID id) {
        return drafts.rematch(tenant, id);
    }

    @PostMapping("/{draft_uuid}/reject")
    @Operation(
            summary = "Reject draft",
            description = "Reject a draft with a reason. Sets review_status to "
                    + "'rejected' and keeps the reason in reject_reason; rejecting again replaces it. Rematch or match "
                    + "reopens the draft. Raises 404 if the draft does not exist, 409 once converted, 422 for a missing or "
                    + "blank reason.")
    Draft reject(Tenant tenant, @PathVariable("draft_uuid") UUID id, @Valid @RequestBody DraftRequests.Reject body) {
        return drafts.reject(tenant, id, body);
    }

    @PostMapping("/{draft_uuid}/convert")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Convert draft", description = """
            Convert a matched draft into a subscription and patient plan, in one transaction. With create_plan the \
            plan is created first (the draft's group number and name, under the matched carrier). The subscription \
            is the subscriber's active subscription to the plan under the draft's subscriber id number when there is \
            one (subscription_reused true: a dependant joins the family's subscription), else a new one with the \
            draft's coverage dates. The patient plan takes the draft's relationship and ordinal (the lowest free one \
            when the row gave none). Answers 201 {draft (status converted, linked to both), subscription, \
            patient_plan, subscription_reused}. Raises 404 if the draft does not exist. Raises 422 if the draft is \
            not in 'matched' status, and when a step refuses (the patient already has three plans, the ordinal is \
            taken, a matched record was archived since); 409 when the patient is already covered by the \
            subscription. On any refusal nothing is created and the reason is kept in the draft's conversion_error.""")
    DraftConversion.Converted convert(Tenant tenant, @PathVariable("draft_uuid") UUID id) {
        return conversion.convert(tenant, id);
    }
}
