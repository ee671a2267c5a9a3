package io.bitewing.opendental;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** A patient's coverage through a subscriber (a patient plan) as Open Dental's PatPlans API shows it. */
@Schema(name = "OpenDental.PatPlan", description = "A patient plan in Open Dental's shape.")
record OdPatPlan(
        @JsonProperty("PatPlanNum") long patPlanNum,
        @JsonProperty("PatNum") long patNum,
        @JsonProperty("Ordinal") int ordinal,
        @JsonProperty("IsPending") String isPending,
        @JsonProperty("Relationship") String relationship,
        @JsonProperty("PatID") String patId,
        @JsonProperty("InsSubNum") long insSubNum,
        @JsonProperty("OrthoAutoFeeBilledOverride") java.math.BigDecimal orthoAutoFeeBilledOverride,
        @JsonProperty("OrthoAutoNextClaimDate") String orthoAutoNextClaimDate,
        @JsonProperty("SecDateTEntry") String secDateTEntry,
        @JsonProperty("SecDateTEdit") String secDateTEdit) {}
