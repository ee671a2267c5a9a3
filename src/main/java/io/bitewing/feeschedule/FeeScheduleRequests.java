package io.bitewing.feeschedule;

import io.bitewing.feeschedule.FeeSchedule.Purpose;
import io.bitewing.feeschedule.FeeSchedule.Status;
import io.bitewing.feeschedule.FeeSchedule.Type;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request bodies of the fee schedule endpoints. */
public final class FeeScheduleRequests {

    private FeeScheduleRequests() {}

    static final String BASE_VERSION = "Current version for optimistic concurrency — rejected with 409 if stale.";

    public record Create(
            @NotNull
            @Schema(
                    description = "Immutable type for this schedule. One of: normal, copay, out_of_network, "
                            + "fixed_benefit, allowed, manual_blue_book.")
            Type feeSchedType,

            @NotBlank @Size(max = 200) @Schema(description = "Display name for the fee schedule.")
            String name,

            @Size(max = 4000) String notes,

            @Schema(
                    description =
                            "Defaults by type: normal → office; copay, out_of_network, fixed_benefit → insurance; "
                                    + "allowed, manual_blue_book → allowed.")
            Purpose purpose,

            Status status) {}

    public record Update(
            @NotNull @Schema(description = BASE_VERSION) Integer baseVersion,
            Type feeSchedType,

            @Pattern(regexp = ".*\\S.*", message = "must not be blank") @Size(max = 200)
            String name,

            @Size(max = 4000) String notes,
            Purpose purpose,
            Status status) {}

    public record Copy(
            @NotBlank @Size(max = 200) @Schema(description = "Name for the copied fee schedule.")
            String newName,

            @DecimalMin(value = "-100", inclusive = false)
            @DecimalMax("1000")
            @Digits(integer = 4, fraction = 4)
            @Schema(description = "Percent added to every fee (negative lowers them), rounded half-up to cents.")
            BigDecimal percentageAdjustment) {}

    public enum Direction {
        increase,
        decrease
    }

    public record Undulate(
            @NotNull @Schema(description = BASE_VERSION) Integer baseVersion,

            @NotNull @Schema(description = "Direction of adjustment. One of: increase, decrease.")
            Direction direction,

            @NotNull
            @DecimalMin(value = "0", inclusive = false)
            @DecimalMax("1000")
            @Digits(integer = 4, fraction = 4)
            @Schema(description = "Percent to apply; a decrease may not exceed 100.")
            BigDecimal percentage) {}

    public record Compare(
            @NotNull @Size(min = 2, max = 3) @Schema(description = "UUIDs of fee schedules to compare (2-3 required).")
            List<@NotNull UUID> scheduleUuids) {}

    public record CreateNote(
            @Size(max = 200) String author,

            @NotNull @Schema(description = "Date the note was entered.")
            LocalDate dateEntry,

            @NotBlank @Size(max = 4000) @Schema(description = "Note text content.")
            String note) {}
}
