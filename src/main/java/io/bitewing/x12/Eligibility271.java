package io.bitewing.x12;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One 271 read into what it says about the patient: who (member id, name, birth date), whether covered, the plan and
 * eligibility dates, and each benefit: an {@code EB} with every segment of its 2110 loop up to the next {@code EB},
 * {@code LS}, {@code HL} or {@code SE} (x12-benefits-mapping §1; all {@code HSD}, not only the first).
 */
record Eligibility271(
        String payerName,
        String memberId,
        String lastName,
        String firstName,
        LocalDate birthDate,
        Coverage coverage,
        String rejectReason,
        String planName,
        LocalDate planBegin,
        LocalDate planEnd,
        LocalDate eligibilityBegin,
        LocalDate eligibilityEnd,
        Instant checkedAt,
        List<Block> benefits) {

    enum Coverage {
        active,
        inactive,
        rejected,
        unknown
    }

    /** One EB and the segments that belong to it. */
    record Block(Segment eb, List<Segment> hsd, List<Segment> dtp, List<Segment> msg, List<Segment> other) {

        String text() {
            var out = new StringBuilder(eb.text());
            hsd.forEach(s -> out.append(s.text()));
            dtp.forEach(s -> out.append(s.text()));
            msg.forEach(s -> out.append(s.text()));
            other.forEach(s -> out.append(s.text()));
            return out.toString();
        }

        List<String> messages() {
            return msg.stream().map(s -> s.element(1)).toList();
        }

        /** The date of a benefit-level DTP with this qualifier (D8, or the start of an RD8); null when absent. */
        static final class Builder {
            final Segment eb;
            final List<Segment> hsd = new ArrayList<>();
            final List<Segment> dtp = new ArrayList<>();
            final List<Segment> msg = new ArrayList<>();
            final List<Segment> other = new ArrayList<>();

            Builder(Segment eb) {
                this.eb = eb;
            }

            Block build() {
                return new Block(eb, List.copyOf(hsd), List.copyOf(dtp), List.copyOf(msg), List.copyOf(other));
            }
        }

        LocalDate date(String qualifier) {
            return dtp.stream()
                    .filter(s -> s.element(1).equals(qualifier))
                    .map(Eligibility271::dateOf)
                    .filter(d -> d != null)
                    .findFirst()
                    .orElse(null);
        }
    }

    private static final Set<String> ACTIVE = Set.of("1", "2", "3", "4", "5");
    private static final Set<String> INACTIVE = Set.of("6", "7", "8");
    private static final Set<String> LOOP_ENDS = Set.of("EB", "HL", "SE");

    /** Reads the first 271 transaction set's deepest patient (the dependent when there is one, else the subscriber). */
    static Eligibility271 of(List<Segment> segments) {
        var b = new Builder();
        Block.Builder current = null;
        boolean inRelatedEntity = false;
        for (Segment s : segments) {
            String tag = s.tag();
            if (current != null && LOOP_ENDS.contains(tag)) {
                b.benefits.add(current.build());
                current = null;
            }
            switch (tag) {
                case "BHT" -> b.checkedAt = instant(s.element(4), s.element(5));
                case "NM1" -> {
                    if (inRelatedEntity && current != null) {
                        current.other.add(s);
                    } else {
                        b.name(s);
                    }
                }
                case "DMG" -> b.birthDate = date(s.element(2));
                case "AAA" -> {
                    b.coverage = Coverage.rejected;
                    b.rejectReason = (b.rejectReason == null ? "" : b.rejectReason + ", ") + s.element(3);
                }
                case "DTP" -> {
                    if (current != null) {
                        current.dtp.add(s);
                    } else {
                        b.subscriberDate(s);
                    }
                }
                case "EB" -> {
                    current = new Block.Builder(s);
                    b.coverageFrom(s);
                }
                case "HSD" -> addTo(current, current == null ? null : current.hsd, s);
                case "MSG" -> addTo(current, current == null ? null : current.msg, s);
                case "LS", "LE" -> {
                    inRelatedEntity = tag.equals("LS");
                    addTo(current, current == null ? null : current.other, s);
                }
                default -> {
                    if (current != null) {
                        current.other.add(s);
                    }
                }
            }
            if (tag.equals("SE")) {
                break;
            }
        }
        if (current != null) {
            b.benefits.add(current.build());
        }
        return b.build();
    }

    private static void addTo(Block.Builder current, List<Segment> list, Segment s) {
        if (list != null) {
            list.add(s);
        }
    }

    /** CCYYMMDD (D8) or the first date of CCYYMMDD-CCYYMMDD (RD8); null when unreadable. */
    static LocalDate dateOf(Segment dtp) {
        return date(dtp.element(3).length() > 8 ? dtp.element(3).substring(0, 8) : dtp.element(3));
    }

    static LocalDate endOf(Segment dtp) {
        String value = dtp.element(3);
        return value.length() == 17 ? date(value.substring(9)) : date(value);
    }

    static LocalDate date(String ccyymmdd) {
        if (ccyymmdd == null || ccyymmdd.length() != 8) {
            return null;
        }
        try {
            return LocalDate.parse(ccyymmdd, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant instant(String date, String time) {
        LocalDate day = date(date);
        if (day == null) {
            return null;
        }
        LocalTime at = LocalTime.MIDNIGHT;
        if (time != null && time.length() >= 4 && time.substring(0, 4).chars().allMatch(Character::isDigit)) {
            int hour = Integer.parseInt(time.substring(0, 2));
            int minute = Integer.parseInt(time.substring(2, 4));
            if (hour < 24 && minute < 60) {
                at = LocalTime.of(hour, minute);
            }
        }
        return day.atTime(at).toInstant(ZoneOffset.UTC);
    }

    private static final class Builder {
        String payerName;
        String memberId;
        String lastName;
        String firstName;
        LocalDate birthDate;
        Coverage coverage = Coverage.unknown;
        String rejectReason;
        String planName;
        LocalDate planBegin;
        LocalDate planEnd;
        LocalDate eligibilityBegin;
        LocalDate eligibilityEnd;
        Instant checkedAt;
        final List<Block> benefits = new ArrayList<>();

        void name(Segment s) {
            switch (s.element(1)) {
                case "PR" -> payerName = s.element(3);
                case "IL", "03" -> {
                    // The dependent (03) follows the subscriber (IL) and is the patient; the member id stays the
                    // subscriber's unless the dependent carries one of their own.
                    lastName = s.element(3);
                    firstName = s.element(4);
                    if (!s.element(9).isEmpty()) {
                        memberId = s.element(9);
                    }
                    birthDate = null;
                }
                default -> {}
            }
        }

        void subscriberDate(Segment s) {
            switch (s.element(1)) {
                case "346" -> planBegin = dateOf(s);
                case "347" -> planEnd = dateOf(s);
                case "291" -> {
                    planBegin = dateOf(s);
                    planEnd = endOf(s);
                }
                case "356" -> eligibilityBegin = dateOf(s);
                case "357" -> eligibilityEnd = dateOf(s);
                case "307" -> {
                    eligibilityBegin = dateOf(s);
                    eligibilityEnd = endOf(s);
                }
                default -> {}
            }
        }

        void coverageFrom(Segment eb) {
            if (coverage == Coverage.rejected) {
                return;
            }
            if (ACTIVE.contains(eb.element(1))) {
                coverage = Coverage.active;
                if (planName == null && !eb.element(5).isEmpty()) {
                    planName = eb.element(5);
                }
            } else if (INACTIVE.contains(eb.element(1)) && coverage != Coverage.active) {
                coverage = Coverage.inactive;
            }
        }

        Eligibility271 build() {
            return new Eligibility271(
                    payerName,
                    memberId,
                    lastName,
                    firstName,
                    birthDate,
                    coverage,
                    rejectReason,
                    planName,
                    planBegin,
                    planEnd,
                    eligibilityBegin,
                    eligibilityEnd,
                    checkedAt,
                    List.copyOf(benefits));
        }
    }
}
