package io.bitewing.x12;

import io.bitewing.x12.Eligibility271.Block;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Another or additional payer a 271 reports (EB*R, x12-benefits-mapping §2): a coordination-of-benefits hint for
 * review, read from the EB's 2120 loop (the first NM1 between LS and LE), its REF identifiers and DTP*290.
 */
@Schema(description = "Another or additional payer the 271 reported (EB*R): a coordination-of-benefits hint.")
record OtherPayer(
        @Schema(description = "Position of the EB*R segment in the interchange (1 = ISA).")
        int segmentPosition,

        @Schema(description = "NM101 of the 2120 loop: PR payer, PRP primary, SEP secondary, TTP tertiary payer, …")
        String entityCode,

        @Schema(description = "NM103: the other payer's name; null when the loop names none.")
        String name,

        @Schema(description = "NM108: what the identifier is (PI payer id, NI NAIC code, …).")
        String idQualifier,

        @Schema(description = "NM109: the other payer's identifier.")
        String id,

        @Schema(description = "DTP*290 (coordination of benefits): the other coverage's first day.")
        LocalDate coverageFrom,

        @Schema(description = "DTP*290 as a range: the other coverage's last day.")
        LocalDate coverageTo,

        @Schema(description = "EB04 insurance type (e.g. GP group policy, MA Medicare part A).")
        String insuranceType,

        @Schema(description = "EB05 plan coverage description.")
        String planDescription,

        @Schema(
                description =
                        "REF identifiers of the EB (qualifier and value, e.g. 6P group number, IG policy number).")
        List<Reference> references) {

    record Reference(String qualifier, String value) {}

    static OtherPayer of(Block block) {
        var eb = block.eb();
        Segment nm1 = null;
        boolean inLoop = false;
        var references = new ArrayList<Reference>();
        for (Segment s : block.other()) {
            switch (s.tag()) {
                case "LS" -> inLoop = true;
                case "LE" -> inLoop = false;
                case "NM1" -> nm1 = inLoop && nm1 == null ? s : nm1;
                case "REF" -> references.add(new Reference(s.element(1), s.element(2)));
                default -> {}
            }
        }
        Segment cob = block.dtp().stream()
                .filter(d -> d.element(1).equals("290"))
                .findFirst()
                .orElse(null);
        return new OtherPayer(
                eb.position(),
                nm1 == null ? null : blankToNull(nm1.element(1)),
                nm1 == null ? null : blankToNull(nm1.element(3)),
                nm1 == null ? null : blankToNull(nm1.element(8)),
                nm1 == null ? null : blankToNull(nm1.element(9)),
                cob == null ? null : Eligibility271.dateOf(cob),
                cob == null || cob.element(2).equals("D8") ? null : Eligibility271.endOf(cob),
                blankToNull(eb.element(4)),
                blankToNull(eb.element(5)),
                List.copyOf(references));
    }

    /** One line for the eligibility record's COB notes. */
    String describe() {
        var out = new StringBuilder("Other payer reported in a 271: ").append(name == null ? "(not named)" : name);
        if (id != null) {
            out.append(" (")
                    .append(idQualifier == null ? "" : idQualifier + " ")
                    .append(id)
                    .append(')');
        }
        if (coverageFrom != null) {
            out.append(", coverage from ").append(coverageFrom);
        }
        if (coverageTo != null) {
            out.append(" to ").append(coverageTo);
        }
        return out.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
