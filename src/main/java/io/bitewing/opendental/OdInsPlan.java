package io.bitewing.opendental;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An insurance plan as Open Dental's InsPlans API shows it. The fee schedule, claim form, employer, billing type and
 * blue book numbers have no home here (fee schedules are assigned through the native API) and read 0 / "false".
 */
@Schema(name = "OpenDental.InsPlan", description = "An insurance plan in Open Dental's shape.")
record OdInsPlan(
        @JsonProperty("PlanNum") long planNum,
        @JsonProperty("GroupName") String groupName,
        @JsonProperty("GroupNum") String groupNum,
        @JsonProperty("PlanNote") String planNote,
        @JsonProperty("FeeSched") long feeSched,

        @JsonProperty("PlanType")
        @Schema(description = "\"\" (Percentage), \"p\" (PPO), \"f\" (Flat Copay), \"c\" " + "(Capitation).")
        String planType,

        @JsonProperty("ClaimFormNum") long claimFormNum,
        @JsonProperty("ClaimsUseUCR") String claimsUseUcr,
        @JsonProperty("CopayFeeSched") long copayFeeSched,
        @JsonProperty("EmployerNum") long employerNum,
        @JsonProperty("CarrierNum") long carrierNum,
        @JsonProperty("IsMedical") String isMedical,
        @JsonProperty("FilingCode") long filingCode,
        @JsonProperty("ShowBaseUnits") String showBaseUnits,
        @JsonProperty("CodeSubstNone") String codeSubstNone,
        @JsonProperty("IsHidden") String isHidden,

        @JsonProperty("MonthRenew") @Schema(description = "1-12; 0 for the calendar year.")
        int monthRenew,

        @JsonProperty("FilingCodeSubtype") long filingCodeSubtype,
        @JsonProperty("CobRule") String cobRule,
        @JsonProperty("SecUserNumEntry") long secUserNumEntry,
        @JsonProperty("SecDateEntry") String secDateEntry,
        @JsonProperty("SecDateTEdit") String secDateTEdit,
        @JsonProperty("BillingType") long billingType,
        @JsonProperty("ExclusionFeeRule") String exclusionFeeRule,
        @JsonProperty("ManualFeeSchedNum") long manualFeeSchedNum,
        @JsonProperty("IsBlueBookEnabled") String isBlueBookEnabled,

        @JsonProperty("InsPlansZeroWriteOffsOnAnnualMaxOverride")
        String zeroWriteOffsOnAnnualMaxOverride,

        @JsonProperty("InsPlansZeroWriteOffsOnFreqOrAgingOverride")
        String zeroWriteOffsOnFreqOrAgingOverride) {}
