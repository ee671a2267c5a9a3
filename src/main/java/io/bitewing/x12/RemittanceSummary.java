package io.bitewing.x12;

import io.bitewing.shared.money.MoneyString;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** What an 835 import did. */
record RemittanceSummary(
        @Schema(description = "The interchange kept for this import; null when every remittance was imported before.")
        UUID interchangeUuid,

        @Schema(description = "True when every transaction set's trace (TRN) was imported before: nothing changed.")
        boolean alreadyImported,

        int transactionSets,
        int claims,
        int lines,

        @Schema(description = "Lines posted (or reversed) for a matched patient plan and code.")
        int matched,

        @Schema(description = "Lines (or claims without lines) sent to the review list.")
        int unmatched,

        @Schema(description = "Earlier lines taken back by reversals (CLP02 22).")
        int reversed,

        @Schema(description = "Lines paid nothing with a reason code (denials).")
        int denied,

        @Schema(description = "Lines paying more on a service an earlier remittance paid.")
        int supplemental,

        @Schema(description = "Pending history rows the payments closed.")
        int pendingClosed,

        @Schema(description = "Estimate-book evidence rows written.")
        int evidenceRows,

        @MoneyString BigDecimal billed,
        @MoneyString BigDecimal paid,
        @MoneyString BigDecimal patientResponsibility,

        @Schema(description = "Transaction sets skipped because their trace was imported before, and where.")
        List<AlreadyImported> skipped) {

    record AlreadyImported(String traceNumber, UUID interchangeUuid) {}

    static RemittanceSummary nothingNew(int transactionSets, List<AlreadyImported> skipped) {
        return new RemittanceSummary(
                null,
                true,
                transactionSets,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2),
                List.copyOf(skipped));
    }

    /** Counts as an import goes. */
    static final class Counter {
        int claims;
        int lines;
        int matched;
        int unmatched;
        int reversed;
        int denied;
        int supplemental;
        int pendingClosed;
        int evidence;
        BigDecimal billed = BigDecimal.ZERO.setScale(2);
        BigDecimal paid = BigDecimal.ZERO.setScale(2);
        BigDecimal patientResponsibility = BigDecimal.ZERO.setScale(2);

        RemittanceSummary summary(UUID interchangeId, int transactionSets, List<AlreadyImported> skipped) {
            return new RemittanceSummary(
                    interchangeId,
                    false,
                    transactionSets,
                    claims,
                    lines,
                    matched,
                    unmatched,
                    reversed,
                    denied,
                    supplemental,
                    pendingClosed,
                    evidence,
                    billed,
                    paid,
                    patientResponsibility,
                    List.copyOf(skipped));
        }
    }
}
