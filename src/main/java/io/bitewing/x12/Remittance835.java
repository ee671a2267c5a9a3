package io.bitewing.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One 835 transaction set read into its payment: the payer's trace (TRN), the total (BPR02), and each claim (CLP)
 * with its patient (NM1*QC, else the insured NM1*IL), dates and service lines (SVC) with their adjustments (CAS) and
 * allowed amount (AMT*B6). Pure: amounts as the payer wrote them, nothing matched yet.
 */
record Remittance835(String trace, String payerName, BigDecimal paidTotal, List<Claim> claims) {

    record Adjustment(String group, String reason, BigDecimal amount) {}

    record Claim(
            int position,
            String text,
            String claimRef,
            String status,
            BigDecimal billed,
            BigDecimal paid,
            BigDecimal patientResponsibility,
            String payerClaimRef,
            String memberId,
            String lastName,
            String firstName,
            LocalDate statementDate,
            List<Adjustment> adjustments,
            List<Line> lines) {

        /** CLP02 22: the payer takes back an earlier payment of this claim. */
        boolean reversal() {
            return status.equals("22");
        }

        /** CLP02 4: denied. */
        boolean denied() {
            return status.equals("4");
        }
    }

    record Line(
            int position,
            String text,
            String qualifier,
            String procedureCode,
            BigDecimal billed,
            BigDecimal paid,
            int units,
            LocalDate serviceDate,
            BigDecimal allowed,
            List<Adjustment> adjustments) {

        /** Deductible: CAS group PR, reason 1. */
        BigDecimal deductible() {
            return sum("PR", "1");
        }

        /** Contractual write-off: every CAS of group CO. */
        BigDecimal writeOff() {
            return sum("CO", null);
        }

        /** What the patient owes: every CAS of group PR (deductible, coinsurance, copay, …). */
        BigDecimal patientResponsibility() {
            return sum("PR", null);
        }

        /** The reason codes (CARC) of the line's adjustments, group and code, e.g. CO-96. */
        List<String> reasons() {
            return adjustments.stream()
                    .map(a -> a.group() + "-" + a.reason())
                    .distinct()
                    .toList();
        }

        private BigDecimal sum(String group, String reason) {
            BigDecimal total = null;
            for (Adjustment a : adjustments) {
                if (a.group().equals(group) && (reason == null || a.reason().equals(reason))) {
                    total = total == null ? a.amount() : total.add(a.amount());
                }
            }
            return total;
        }
    }

    /** Every transaction set of the interchange, in order. */
    static List<Remittance835> all(List<Segment> segments) {
        var out = new ArrayList<Remittance835>();
        Builder current = null;
        for (Segment s : segments) {
            if (s.tag().equals("ST")) {
                current = new Builder();
            } else if (s.tag().equals("SE") && current != null) {
                out.add(current.build());
                current = null;
            } else if (current != null) {
                current.add(s);
            }
        }
        return out;
    }

    private static final class Builder {
        String trace;
        String payerName;
        BigDecimal paidTotal;
        final List<Claim> claims = new ArrayList<>();
        ClaimBuilder claim;
        LineBuilder line;

        void add(Segment s) {
            switch (s.tag()) {
                case "BPR" -> paidTotal = decimal(s.element(2));
                case "TRN" -> {
                    if (trace == null) {
                        trace = s.element(2) + (s.element(3).isEmpty() ? "" : "/" + s.element(3));
                    }
                }
                case "N1" -> {
                    if (s.element(1).equals("PR")) {
                        payerName = s.element(2);
                    }
                }
                case "LX", "PLB" -> closeClaim();
                case "CLP" -> {
                    closeClaim();
                    claim = new ClaimBuilder(s);
                }
                case "SVC" -> {
                    if (claim != null) {
                        closeLine();
                        line = new LineBuilder(s);
                    }
                }
                default -> {
                    if (line != null) {
                        line.add(s);
                    } else if (claim != null) {
                        claim.add(s);
                    }
                }
            }
        }

        void closeLine() {
            if (line != null) {
                claim.lines.add(line.build());
                line = null;
            }
        }

        void closeClaim() {
            if (claim != null) {
                closeLine();
                claims.add(claim.build());
                claim = null;
            }
        }

        Remittance835 build() {
            closeClaim();
            return new Remittance835(trace, payerName, paidTotal, List.copyOf(claims));
        }
    }

    private static final class ClaimBuilder {
        final Segment clp;
        final StringBuilder text = new StringBuilder();
        String memberId;
        String insuredId;
        String lastName;
        String firstName;
        LocalDate statementDate;
        final List<Adjustment> adjustments = new ArrayList<>();
        final List<Line> lines = new ArrayList<>();

        ClaimBuilder(Segment clp) {
            this.clp = clp;
            text.append(clp.text());
        }

        void add(Segment s) {
            text.append(s.text());
            switch (s.tag()) {
                case "NM1" -> {
                    if (s.element(1).equals("QC")) {
                        lastName = s.element(3);
                        firstName = s.element(4);
                        memberId = s.element(9).isEmpty() ? memberId : s.element(9);
                    } else if (s.element(1).equals("IL")) {
                        insuredId = s.element(9);
                        if (lastName == null) {
                            lastName = s.element(3);
                            firstName = s.element(4);
                        }
                    }
                }
                case "DTM" -> {
                    if ((s.element(1).equals("232") || s.element(1).equals("050")) && statementDate == null) {
                        statementDate = Eligibility271.date(s.element(2));
                    }
                }
                case "CAS" -> adjustments.addAll(adjustments(s));
                default -> {}
            }
        }

        Claim build() {
            return new Claim(
                    clp.position(),
                    text.toString(),
                    clp.element(1),
                    clp.element(2),
                    decimal(clp.element(3)),
                    decimal(clp.element(4)),
                    decimal(clp.element(5)),
                    clp.element(7),
                    memberId != null ? memberId : insuredId,
                    lastName,
                    firstName,
                    statementDate,
                    List.copyOf(adjustments),
                    List.copyOf(lines));
        }
    }

    private static final class LineBuilder {
        final Segment svc;
        final StringBuilder text = new StringBuilder();
        LocalDate serviceDate;
        BigDecimal allowed;
        final List<Adjustment> adjustments = new ArrayList<>();

        LineBuilder(Segment svc) {
            this.svc = svc;
            text.append(svc.text());
        }

        void add(Segment s) {
            text.append(s.text());
            switch (s.tag()) {
                case "DTM" -> {
                    if (s.element(1).equals("472") || s.element(1).equals("150")) {
                        serviceDate = Eligibility271.date(s.element(2));
                    }
                }
                case "CAS" -> adjustments.addAll(adjustments(s));
                case "AMT" -> {
                    if (s.element(1).equals("B6")) {
                        allowed = decimal(s.element(2));
                    }
                }
                default -> {}
            }
        }

        Line build() {
            Integer units = integer(svc.element(5));
            return new Line(
                    svc.position(),
                    text.toString(),
                    svc.component(1, 1),
                    svc.component(1, 2),
                    decimal(svc.element(2)),
                    decimal(svc.element(3)),
                    units == null || units < 1 || units > 999 ? 1 : units,
                    serviceDate,
                    allowed,
                    List.copyOf(adjustments));
        }
    }

    /** CAS01 group, then up to six (reason, amount, quantity) triplets from CAS02. */
    private static List<Adjustment> adjustments(Segment cas) {
        var out = new ArrayList<Adjustment>();
        for (int i = 2; i <= 17; i += 3) {
            BigDecimal amount = decimal(cas.element(i + 1));
            if (!cas.element(i).isEmpty() && amount != null) {
                out.add(new Adjustment(cas.element(1), cas.element(i), amount));
            }
        }
        return out;
    }

    static BigDecimal decimal(String text) {
        if (text == null || text.isEmpty() || text.length() > 18) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer integer(String text) {
        BigDecimal value = decimal(text);
        return value == null || value.stripTrailingZeros().scale() > 0 ? null : value.intValue();
    }
}
