package io.bitewing.opendental;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A procedure code as Open Dental's ProcedureCodes API shows it, in its field order up to DateTStamp. Fields
 * Bitewing keeps nothing for read Open Dental's defaults; the Canadian, medical and claim-note fields after
 * DateTStamp are left out, as there is nothing behind them.
 */
@Schema(name = "OpenDental.ProcedureCode", description = "A procedure code in Open Dental's shape.")
record OdProcedureCode(
        @JsonProperty("CodeNum") long codeNum,
        @JsonProperty("ProcCode") String procCode,
        @JsonProperty("Descript") String descript,

        @JsonProperty("AbbrDesc") @Schema(description = "Always \"\": Bitewing keeps no abbreviation.")
        String abbrDesc,

        @JsonProperty("ProcTime") @Schema(description = "Always \"/X/\", Open Dental's default.")
        String procTime,

        @JsonProperty("ProcCat") @Schema(description = "Always 0: categories are text here.")
        long procCat,

        @JsonProperty("procCat") @Schema(description = "The code's category; \"\" for none.")
        String procCatName,

        @JsonProperty("TreatArea") @Schema(description = "None, Surf, Tooth, Mouth, Quad, Sextant, Arch or ToothRange.")
        String treatArea,

        @JsonProperty("NoBillIns") String noBillIns,
        @JsonProperty("IsProsth") String isProsth,
        @JsonProperty("DefaultNote") String defaultNote,
        @JsonProperty("IsHygiene") String isHygiene,
        @JsonProperty("AlternateCode1") String alternateCode1,
        @JsonProperty("MedicalCode") String medicalCode,
        @JsonProperty("IsTaxed") String isTaxed,
        @JsonProperty("PaintType") String paintType,
        @JsonProperty("LaymanTerm") String laymanTerm,
        @JsonProperty("IsCanadianLab") String isCanadianLab,
        @JsonProperty("BaseUnits") int baseUnits,

        @JsonProperty("SubstitutionCode") @Schema(description = "The code insurance pays instead; \"\" for none.")
        String substitutionCode,

        @JsonProperty("SubstOnlyIf") @Schema(description = "Always, Molar, SecondMolar, Never or Posterior.")
        String substOnlyIf,

        @JsonProperty("DateTStamp") @Schema(description = "Last changed, yyyy-MM-dd HH:mm:ss UTC.")
        String dateTStamp) {}
