package io.bitewing.feeschedule;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A fee schedule as the reference's {@code FeeScheduleOut} shows it. */
public record FeeSchedule(
        @Schema(description = "Fee schedule UUID.") UUID id,
        @Schema(description = "Display name.") String name,

        @Schema(
                description =
                        "Schedule type. One of: normal, copay, out_of_network, fixed_benefit, allowed, manual_blue_book.")
        Type feeSchedType,

        @Schema(description = "Purpose. One of: office, insurance, allowed.")
        Purpose purpose,

        @Schema(description = "Status. One of: active, archived.")
        Status status,

        String notes,

        @Schema(description = "Number of active assignments using this schedule.")
        int assignmentCount,

        @Schema(description = "Number of note entries attached to this schedule.")
        int notesCount,

        @Schema(description = "Version for optimistic concurrency.")
        int version,

        Instant createdAt,
        Instant updatedAt,
        Instant deletedAt) {

    public enum Status {
        active,
        archived
    }

    public enum Purpose {
        office,
        insurance,
        allowed
    }

    /** The schedule types; each allows the purposes it can serve, the first being its default. */
    public enum Type {
        normal(Purpose.office, Purpose.insurance),
        copay(Purpose.insurance),
        out_of_network(Purpose.insurance),
        fixed_benefit(Purpose.insurance),
        allowed(Purpose.allowed),
        manual_blue_book(Purpose.allowed);

        private final Purpose defaultPurpose;
        private final Set<Purpose> purposes;

        Type(Purpose defaultPurpose, Purpose... others) {
            this.defaultPurpose = defaultPurpose;
            var all = new java.util.LinkedHashSet<Purpose>();
            all.add(defaultPurpose);
            all.addAll(java.util.List.of(others));
            this.purposes = Set.copyOf(all);
        }

        public Purpose defaultPurpose() {
            return defaultPurpose;
        }

        public boolean allows(Purpose purpose) {
            return purposes.contains(purpose);
        }
    }
}
