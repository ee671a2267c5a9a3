package io.bitewing.feeassignment;

import io.bitewing.shared.web.Ref;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A fee schedule put into a slot (location, kind, carrier?, plan?) for a range of dates. */
public record FeeAssignment(
        @Schema(description = "Assignment UUID.") UUID id,
        @Schema(description = "The fee schedule assigned.") Ref feeSchedule,

        @Schema(description = "Location this assignment applies to.")
        Ref location,

        @Schema(
                description =
                        "Kind of assignment. One of: ucr, primary, copay, out_of_network, allowed, manual_blue_book.")
        Kind assignmentKind,

        @Schema(description = "Carrier of a carrier-level assignment; null for a location default.")
        Ref carrier,

        @Schema(description = "Plan of a plan-specific assignment; named by its group name.")
        Ref insurancePlan,

        @Schema(description = "The estimate book an allowed or manual_blue_book assignment reads allowed fees from.")
        Ref estimateBook,

        @Schema(description = "Start date of this assignment.")
        LocalDate effectiveStart,

        @Schema(description = "Last day of this assignment (inclusive); null while open-ended.")
        LocalDate effectiveEnd,

        String notes,

        @Schema(description = "Version for optimistic concurrency.")
        int version,

        Instant createdAt,
        Instant updatedAt,

        @Schema(description = "When the assignment was archived; null while live.")
        Instant deletedAt) {

    /**
     * What a schedule is used for in a slot. Each kind takes schedules of one purpose (office, insurance or allowed);
     * copay also takes fixed-benefit schedules.
     */
    public enum Kind {
        ucr,
        primary,
        copay,
        out_of_network,
        allowed,
        manual_blue_book;

        /** Whether a schedule of this purpose and type may fill a slot of this kind. */
        public boolean accepts(String purpose, String feeSchedType) {
            return switch (this) {
                case ucr -> purpose.equals("office");
                case primary, out_of_network -> purpose.equals("insurance");
                case copay -> purpose.equals("insurance") || feeSchedType.equals("fixed_benefit");
                case allowed, manual_blue_book -> purpose.equals("allowed");
            };
        }

        /** The purpose this kind expects, for messages. */
        String expectedPurpose() {
            return switch (this) {
                case ucr -> "office";
                case primary, out_of_network -> "insurance";
                case copay -> "insurance (or a fixed_benefit schedule)";
                case allowed, manual_blue_book -> "allowed";
            };
        }
    }

    /** The level of the slot hierarchy an assignment sits at. */
    public enum Level {
        plan,
        carrier,
        location;

        static Level of(UUID planId, UUID carrierId) {
            return planId != null ? plan : carrierId != null ? carrier : location;
        }
    }

    public Level level() {
        return Level.of(insurancePlan == null ? null : insurancePlan.id(), carrier == null ? null : carrier.id());
    }

    /** Live and in force on {@code date}. */
    public boolean activeOn(LocalDate date) {
        return deletedAt == null
                && !effectiveStart.isAfter(date)
                && (effectiveEnd == null || !effectiveEnd.isBefore(date));
    }
}
