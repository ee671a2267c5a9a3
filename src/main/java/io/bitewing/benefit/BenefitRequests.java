package io.bitewing.benefit;

import io.bitewing.benefit.Benefit.BenefitType;
import io.bitewing.benefit.Benefit.CoverageLevel;
import io.bitewing.benefit.Benefit.QuantityQualifier;
import io.bitewing.benefit.Benefit.TimePeriod;
import io.bitewing.practice.procedurecode.ProcedureCode.TreatArea;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Request bodies of the benefit endpoints. The benefit rules (which fields each type takes, ranges, defaults) live in
 * {@link BenefitRules}, so one create, a patch and every bulk row are checked alike.
 */
public final class BenefitRequests {

    static final int MAX_BULK = 500;

    private static final String TYPE = "Benefit type. One of: coinsurance, deductible, annual_max, ortho_lifetime_max, "
            + "exclusion, limitation, waiting_period, copayment, family_deductible, family_annual_max, active_coverage "
            + "(stored and shown, applied by no estimate).";
    private static final String TARGET = "At most one of coverage_category_uuid, code_group_uuid and "
            + "procedure_code_uuid; none makes a general benefit.";
    private static final String AMOUNT = "For deductible, family_deductible, annual_max, family_annual_max, "
            + "ortho_lifetime_max and copayment (required) and limitation (optional); >= 0. A category deductible of 0 "
            + "means the deductible does not apply to that category.";
    private static final String TIME_PERIOD =
            "Defaults to calendar_year when the plan's benefit year starts in January "
                    + "(or is unset), service_year otherwise; none for frequency limitations in years or months and age "
                    + "limits; lifetime for ortho_lifetime_max.";

    private BenefitRequests() {}

    public record Create(
            @NotNull @Schema(description = TYPE, example = "coinsurance")
            BenefitType benefitType,

            @Schema(description = TARGET) UUID coverageCategoryUuid,
            @Schema(description = TARGET) UUID codeGroupUuid,
            @Schema(description = TARGET) UUID procedureCodeUuid,

            @Schema(
                    description =
                            "none, individual or family. Defaults to family for family_deductible and "
                                    + "family_annual_max, individual for deductible, annual_max and ortho_lifetime_max, none otherwise.")
            CoverageLevel coverageLevel,

            @Schema(description = "Coinsurance only (required there), 0-100.", example = "80")
            Integer percent,

            @DecimalMin("0") @DecimalMax("9999999999.99") @Schema(description = AMOUNT, example = "50.00")
            BigDecimal monetaryAmt,

            @Schema(description = TIME_PERIOD, example = "calendar_year")
            TimePeriod timePeriod,

            @Schema(description = "Defaults to none. age_limit needs quantity > 0.")
            QuantityQualifier quantityQualifier,

            @Schema(description = "0-100.", example = "2") Integer quantity,

            @Schema(description = "Frequency limitations only.")
            TreatArea treatArea,

            @Schema(description = "0-120, not above age_max.")
            Integer ageMin,

            @Schema(description = "0-120.") Integer ageMax,

            @Schema(
                    description =
                            "waiting_period only, 0-120; or give quantity with quantity_qualifier months or years.")
            Integer waitingPeriodMonths,

            @Schema(description = "Defaults to false.") Boolean isDeductibleExempt,

            @Schema(description = "Procedure code whose fee this benefit pays instead.")
            UUID substitutionCodeUuid,

            @Size(max = 20)
            @Schema(
                    description = "The procedure code itself, e.g. D2740 (any case), instead of procedure_code_uuid; "
                            + "a code unknown in the organisation is a 422 naming this field.",
                    example = "D2740")
            String procedureCode) {}

    public record Update(
            @NotNull @Schema(description = "Current version for optimistic concurrency — rejected with 409 if stale.")
            Integer baseVersion,

            @Schema(description = TYPE) BenefitType benefitType,
            @Schema(description = TARGET) UUID coverageCategoryUuid,
            @Schema(description = TARGET) UUID codeGroupUuid,
            @Schema(description = TARGET) UUID procedureCodeUuid,

            @Schema(
                    description = "none, individual or family. Changing benefit_type without it applies the new "
                            + "type's default.")
            CoverageLevel coverageLevel,

            Integer percent,

            @DecimalMin("0") @DecimalMax("9999999999.99") @Schema(description = AMOUNT)
            BigDecimal monetaryAmt,

            TimePeriod timePeriod,
            QuantityQualifier quantityQualifier,
            Integer quantity,
            TreatArea treatArea,
            Integer ageMin,
            Integer ageMax,
            Integer waitingPeriodMonths,
            Boolean isDeductibleExempt,
            UUID substitutionCodeUuid) {}

    public record BulkSet(
            @NotNull @Size(max = MAX_BULK) @Schema(description = "List of benefit definitions to set.")
            List<@NotNull @Valid Create> benefits,

            @Schema(
                    description = "benefit_set_version of the set this replaces, as the benefit list answered it; "
                            + "when it is no longer current the answer is 409 and nothing changes. Optional.")
            Integer baseVersion) {}

    public record Clone(
            @Size(max = 200)
            @Schema(description = "Group name of the new plan; defaults to the source's with \" (Copy)\".")
            String newGroupName,

            @Size(max = 50) @Schema(description = "Group number of the new plan; defaults to the source's.")
            String newGroupNumber) {}
}
