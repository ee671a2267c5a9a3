package io.bitewing.feeschedule;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request bodies of the fee endpoints. */
public final class FeeRequests {

    private FeeRequests() {}

    /** The most rows one bulk create takes. */
    public static final int MAX_BULK = 100_000;

    public record Create(
            @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2)
            BigDecimal amount,

            UUID clinicUuid,
            LocalDate dateEffective,

            @DecimalMin("0") @Digits(integer = 10, fraction = 2)
            BigDecimal patientAmount,

            @NotNull @Schema(description = "UUID of the procedure code.")
            UUID procedureCodeUuid,

            UUID providerUuid) {}

    /** A row of a bulk load: the fee of {@link Create}, its code named by UUID or by the code itself. */
    public record BulkItem(
            @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2)
            BigDecimal amount,

            UUID clinicUuid,
            LocalDate dateEffective,

            @DecimalMin("0") @Digits(integer = 10, fraction = 2)
            BigDecimal patientAmount,

            @Schema(description = "UUID of the procedure code; give this or procedure_code, exactly one.")
            UUID procedureCodeUuid,

            UUID providerUuid,

            @Size(max = 20)
            @Schema(
                    description = "The procedure code itself, e.g. D0120 (any case), instead of "
                            + "procedure_code_uuid; a code unknown in the organisation is a 422 naming this field.")
            String procedureCode) {

        /** The fee with its code resolved to {@code codeId}. */
        Create withCode(UUID codeId) {
            return new Create(amount, clinicUuid, dateEffective, patientAmount, codeId, providerUuid);
        }
    }

    public record Update(
            @DecimalMin("0") @Digits(integer = 10, fraction = 2)
            BigDecimal amount,

            @NotNull @Schema(description = FeeScheduleRequests.BASE_VERSION)
            Integer baseVersion,

            UUID clinicUuid,
            LocalDate dateEffective,

            @DecimalMin("0") @Digits(integer = 10, fraction = 2)
            BigDecimal patientAmount,

            UUID providerUuid) {}

    public record BulkCreate(
            @NotNull @Size(min = 1, max = MAX_BULK) @Schema(description = "List of fee entries to create.")
            List<@NotNull @Valid BulkItem> fees) {}

    public record BulkUpdateItem(
            @NotNull UUID feeUuid,

            @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2)
            BigDecimal amount,

            @NotNull @Schema(description = FeeScheduleRequests.BASE_VERSION)
            Integer baseVersion) {}

    public record BulkUpdate(
            @NotNull @Size(min = 1, max = 500) @Schema(description = "List of fee updates (max 500 per request).")
            List<@NotNull @Valid BulkUpdateItem> fees) {}

    public record Resolve(
            LocalDate asOfDate,
            UUID clinicUuid,

            @NotNull @Schema(description = "UUID of the procedure code to resolve.")
            UUID procedureCodeUuid,

            UUID providerUuid) {}
}
