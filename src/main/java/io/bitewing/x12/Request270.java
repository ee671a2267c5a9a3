package io.bitewing.x12;

import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A 270 eligibility request (005010X279A1) written with StAEDI's writer: information source (payer), receiver
 * (provider), subscriber and, when the patient is not the subscriber, the dependent, one EQ per service type.
 */
final class Request270 {

    record Person(String lastName, String firstName, LocalDate birthDate, String gender) {}

    record Parties(
            String senderId,
            String receiverId,
            String payerName,
            String payerId,
            String providerName,
            String providerIdQualifier,
            String providerId,
            String memberId,
            Person subscriber,
            Person dependent) {}

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    private Request270() {}

    static String write(Parties p, List<String> serviceTypes, long controlNumber, LocalDateTime now) {
        var out = new ByteArrayOutputStream();
        EDIOutputFactory factory = EDIOutputFactory.newFactory();
        factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
        String control = String.format("%09d", controlNumber % 1_000_000_000L);
        try (EDIStreamWriter w = factory.createEDIStreamWriter(out)) {
            w.startInterchange();
            segment(
                    w,
                    "ISA",
                    "00",
                    " ".repeat(10),
                    "00",
                    " ".repeat(10),
                    "ZZ",
                    pad(p.senderId()),
                    "ZZ",
                    pad(p.receiverId()),
                    now.format(YYMMDD),
                    now.format(HHMM),
                    "^",
                    "00501",
                    control,
                    "0",
                    "P",
                    ":");
            segment(
                    w,
                    "GS",
                    "HS",
                    p.senderId(),
                    p.receiverId(),
                    now.format(CCYYMMDD),
                    now.format(HHMM),
                    String.valueOf(controlNumber),
                    "X",
                    "005010X279A1");
            int count = 0;
            count += segment(w, "ST", "270", "0001", "005010X279A1");
            count += segment(w, "BHT", "0022", "13", "BW" + controlNumber, now.format(CCYYMMDD), now.format(HHMM));
            count += segment(w, "HL", "1", "", "20", "1");
            count += segment(w, "NM1", "PR", "2", p.payerName(), "", "", "", "", "PI", p.payerId());
            count += segment(w, "HL", "2", "1", "21", "1");
            count += segment(
                    w, "NM1", "1P", "2", p.providerName(), "", "", "", "", p.providerIdQualifier(), p.providerId());
            count += segment(w, "HL", "3", "2", "22", p.dependent() == null ? "0" : "1");
            count += segment(w, "TRN", "1", "BW" + controlNumber, "9BITEWING0");
            count += person(w, "IL", p.subscriber(), p.memberId());
            if (p.dependent() == null) {
                count += inquiries(w, serviceTypes, now);
            } else {
                count += segment(w, "HL", "4", "3", "23", "0");
                count += person(w, "03", p.dependent(), null);
                count += inquiries(w, serviceTypes, now);
            }
            segment(w, "SE", String.valueOf(count + 1), "0001");
            segment(w, "GE", "1", String.valueOf(controlNumber));
            segment(w, "IEA", "1", control);
            w.endInterchange();
        } catch (EDIStreamException e) {
            throw new IllegalStateException("a 270 could not be written: " + e.getMessage(), e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int person(EDIStreamWriter w, String entity, Person person, String memberId)
            throws EDIStreamException {
        int count = memberId == null
                ? segment(w, "NM1", entity, "1", clean(person.lastName()), clean(person.firstName()))
                : segment(
                        w,
                        "NM1",
                        entity,
                        "1",
                        clean(person.lastName()),
                        clean(person.firstName()),
                        "",
                        "",
                        "",
                        "MI",
                        clean(memberId));
        if (person.birthDate() != null) {
            count += person.gender() == null
                    ? segment(w, "DMG", "D8", person.birthDate().format(CCYYMMDD))
                    : segment(w, "DMG", "D8", person.birthDate().format(CCYYMMDD), person.gender());
        }
        return count;
    }

    private static int inquiries(EDIStreamWriter w, List<String> serviceTypes, LocalDateTime now)
            throws EDIStreamException {
        int count = segment(w, "DTP", "291", "D8", now.format(CCYYMMDD));
        for (String type : serviceTypes) {
            count += segment(w, "EQ", type);
        }
        return count;
    }

    private static int segment(EDIStreamWriter w, String tag, String... elements) throws EDIStreamException {
        w.writeStartSegment(tag);
        for (String element : elements) {
            if (element == null || element.isEmpty()) {
                w.writeEmptyElement();
            } else {
                w.writeElement(element);
            }
        }
        w.writeEndSegment();
        return 1;
    }

    /** Names as X12 carries them: upper case, no separator characters. */
    static String clean(String text) {
        return text == null
                ? ""
                : text.toUpperCase().replaceAll("[*~:^\\r\\n]", " ").strip();
    }

    private static String pad(String id) {
        String value = clean(id);
        return (value.length() > 15 ? value.substring(0, 15) : value + " ".repeat(15 - value.length()));
    }
}
