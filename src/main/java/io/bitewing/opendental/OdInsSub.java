package io.bitewing.opendental;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** A subscriber's hold on a plan (a subscription) as Open Dental's InsSubs API shows it. */
@Schema(name = "OpenDental.InsSub", description = "An insurance subscriber in Open Dental's shape.")
record OdInsSub(
        @JsonProperty("InsSubNum") long insSubNum,
        @JsonProperty("PlanNum") long planNum,

        @JsonProperty("Subscriber") @Schema(description = "The subscriber's PatNum.")
        long subscriber,

        @JsonProperty("DateEffective") String dateEffective,
        @JsonProperty("DateTerm") String dateTerm,
        @JsonProperty("SubscriberID") String subscriberId,
        @JsonProperty("BenefitNotes") String benefitNotes,

        @JsonProperty("ReleaseInfo") @Schema(description = "The plan's release of information.")
        String releaseInfo,

        @JsonProperty("AssignBen") @Schema(description = "The plan's assignment of benefits.")
        String assignBen,

        @JsonProperty("SubscNote") String subscNote,
        @JsonProperty("SecDateTEdit") String secDateTEdit) {}
