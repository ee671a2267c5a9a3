package io.bitewing.opendental;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** A benefit as Open Dental's Benefits API shows it, in its field order; -1 marks an empty Percent or MonetaryAmt. */
@Schema(name = "OpenDental.Benefit", description = "A benefit in Open Dental's shape.")
record OdBenefit(
        @JsonProperty("BenefitNum") long benefitNum,

        @JsonProperty("PlanNum") @Schema(description = "The plan; 0 for a patient override.")
        long planNum,

        @JsonProperty("PatPlanNum") @Schema(description = "The patient plan of an override; else 0.")
        long patPlanNum,

        @JsonProperty("CovCatNum") @Schema(description = "Target category; 0 for none.")
        long covCatNum,

        @JsonProperty("BenefitType")
        @Schema(
                description = "ActiveCoverage, CoInsurance, Deductible, CoPayment, Exclusions, Limitations or "
                        + "WaitingPeriod.")
        String benefitType,

        @JsonProperty("Percent") @Schema(description = "0-100; -1 for empty.")
        int percent,

        @JsonProperty("MonetaryAmt") @Schema(description = "The amount; -1.0 for empty.")
        BigDecimal monetaryAmt,

        @JsonProperty("TimePeriod")
        @Schema(description = "None, ServiceYear, CalendarYear, Lifetime, Years or NumberInLast12Months.")
        String timePeriod,

        @JsonProperty("QuantityQualifier")
        @Schema(description = "None, NumberOfServices, AgeLimit, Visits, Years or Months.")
        String quantityQualifier,

        @JsonProperty("Quantity") int quantity,

        @JsonProperty("CodeNum") @Schema(description = "Target procedure code; 0 for none.")
        long codeNum,

        @JsonProperty("procCode") @Schema(description = "The target code's text; \"\" for none.")
        String procCode,

        @JsonProperty("CoverageLevel") @Schema(description = "None, Individual or Family.")
        String coverageLevel,

        @JsonProperty("SecDateTEntry") @Schema(description = "Created, yyyy-MM-dd HH:mm:ss UTC.")
        String secDateTEntry,

        @JsonProperty("SecDateTEdit") @Schema(description = "Last edited, yyyy-MM-dd HH:mm:ss UTC.")
        String secDateTEdit,

        @JsonProperty("CodeGroupNum") @Schema(description = "Target code group; 0 for none.")
        long codeGroupNum,

        @JsonProperty("TreatArea") @Schema(description = "None, Surf, Tooth, Mouth, Quad, Sextant, Arch or ToothRange.")
        String treatArea) {}
