package io.bitewing.x12;

import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.FieldProblem;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads an interchange with StAEDI, validating its envelopes (ISA/IEA, GS/GE, ST/SE: control numbers and counts),
 * into {@link Segment}s. Anything that is not a well-formed interchange of the expected transaction set in a version
 * we read is refused with a 422 naming the segment position, before anything is written.
 */
final class X12Reader {

    /** More segments than any real day's batch holds; a larger body is refused rather than read into memory. */
    static final int MAX_SEGMENTS = 200_000;

    static final Set<String> VERSIONS = Set.of("004010", "005010");

    /** What was read: every segment in order, the transaction sets found (ST01, GS08 of each) and the envelopes. */
    record Interchange(
            List<Segment> segments, List<String> transactionTypes, List<String> versions, List<Envelope> envelopes) {}

    /**
     * One ISA…IEA of the body: its ISA's position and control number (ISA13), its text exactly as sent (line breaks
     * between segments dropped), the one transaction set type it carries and the positions of its ST segments.
     */
    record Envelope(
            int position, String controlNumber, String text, String transactionType, List<Integer> transactionSets) {}

    private X12Reader() {}

    /** Reads the body; {@code transactionType} is the ST01 every transaction set must carry (271, 835, 270). */
    static Interchange read(byte[] body, String transactionType) {
        return read(body, Set.of(transactionType));
    }

    /**
     * Reads a body of any number of interchanges, each carrying transaction sets of one of the {@code accepted} types
     * only (a batch's interchanges are imported one by one, each by its type's import).
     */
    static Interchange read(byte[] body, Set<String> accepted) {
        String text = clean(body);
        if (!text.startsWith("ISA")) {
            throw refused(1, "is not an X12 interchange: it must start with an ISA segment", "x12_envelope");
        }
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
        factory.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
        var segments = new ArrayList<Segment>();
        var types = new ArrayList<String>();
        var versions = new ArrayList<String>();
        var ends = new ArrayList<Integer>();
        // StAEDI reads UTF-8 and counts characters, so the offsets of envelopes index into the text.
        try (EDIStreamReader reader =
                factory.createEDIStreamReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            readAll(reader, segments, ends);
        } catch (EDIStreamException e) {
            throw refused(position(e.getLocation(), segments), reason(e), "x12_syntax");
        } catch (ApiException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw refused(segments.size() + 1, "could not be read: " + e.getMessage(), "x12_syntax");
        }
        check(segments, accepted, types, versions);
        return new Interchange(
                List.copyOf(segments), List.copyOf(types), List.copyOf(versions), envelopes(text, segments, ends));
    }

    /** The segments of the interchange's {@code index}-th transaction set (1-based), ST to SE. */
    static List<Segment> transactionSet(List<Segment> segments, int index) {
        int seen = 0;
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).tag().equals("ST") && ++seen == index) {
                int end = i;
                while (end < segments.size() - 1 && !segments.get(end).tag().equals("SE")) {
                    end++;
                }
                return segments.subList(i, end + 1);
            }
        }
        throw new IllegalArgumentException("no transaction set " + index);
    }

    /**
     * Each interchange's text runs from the end of the one before to the end of its IEA (StAEDI's character offset);
     * one with transaction sets of two types is refused, so that each interchange has one import.
     */
    private static List<Envelope> envelopes(String text, List<Segment> segments, List<Integer> ends) {
        var envelopes = new ArrayList<Envelope>();
        Segment isa = null;
        String type = null;
        var sets = new ArrayList<Integer>();
        for (Segment s : segments) {
            switch (s.tag()) {
                case "ISA" -> {
                    isa = s;
                    type = null;
                    sets.clear();
                }
                case "ST" -> {
                    if (type != null && !type.equals(s.element(1))) {
                        throw refused(
                                s.position(),
                                "(ST01) is a " + s.element(1) + " transaction set in an interchange of " + type
                                        + "s; send each type in its own interchange",
                                "x12_transaction");
                    }
                    type = s.element(1);
                    sets.add(s.position());
                }
                case "IEA" -> {
                    int k = envelopes.size();
                    int start = k == 0 ? 0 : ends.get(k - 1);
                    envelopes.add(new Envelope(
                            isa.position(),
                            isa.element(13),
                            text.substring(start, ends.get(k)).strip(),
                            type,
                            List.copyOf(sets)));
                }
                default -> {}
            }
        }
        return List.copyOf(envelopes);
    }

    private static void readAll(EDIStreamReader reader, List<Segment> segments, List<Integer> ends)
            throws EDIStreamException {
        List<List<List<String>>> elements = null;
        String tag = null;
        boolean ended = true;
        while (reader.hasNext()) {
            EDIStreamEvent event = reader.next();
            if (event.isError()) {
                Location at = reader.getLocation();
                throw refused(
                        Math.max(1, at.getSegmentPosition()),
                        "(" + at.getSegmentTag() + ") "
                                + describe(reader.getErrorType().name()),
                        "x12_syntax");
            }
            switch (event) {
                case START_SEGMENT -> {
                    if (segments.size() >= MAX_SEGMENTS) {
                        throw refused(
                                segments.size() + 1,
                                "too many segments: at most " + MAX_SEGMENTS + " are read in one request",
                                "x12_size");
                    }
                    tag = reader.getText();
                    elements = new ArrayList<>();
                    ended = false;
                }
                case ELEMENT_DATA -> put(elements, reader.getLocation(), reader.getText());
                case END_SEGMENT -> {
                    segments.add(new Segment(segments.size() + 1, tag, elements));
                    if (tag.equals("IEA")) {
                        ends.add(reader.getLocation().getCharacterOffset());
                    }
                    ended = true;
                }
                case END_INTERCHANGE -> ended = true;
                default -> {}
            }
        }
        if (!ended
                || segments.isEmpty()
                || !"IEA".equals(segments.get(segments.size() - 1).tag())) {
            throw refused(segments.size() + 1, "is truncated: the interchange ends without its IEA", "x12_envelope");
        }
    }

    private static void put(List<List<List<String>>> elements, Location at, String value) {
        int element = at.getElementPosition();
        while (elements.size() < element) {
            elements.add(new ArrayList<>());
        }
        List<List<String>> repetitions = elements.get(element - 1);
        int occurrence = Math.max(1, at.getElementOccurrence());
        while (repetitions.size() < occurrence) {
            repetitions.add(new ArrayList<>());
        }
        List<String> components = repetitions.get(occurrence - 1);
        int component = Math.max(1, at.getComponentPosition());
        while (components.size() < component) {
            components.add("");
        }
        components.set(component - 1, value == null ? "" : value);
    }

    /** Every transaction set must be one expected, in a version we read. */
    private static void check(List<Segment> segments, Set<String> expected, List<String> types, List<String> versions) {
        String reads = String.join(" or ", new java.util.TreeSet<>(expected));
        String version = null;
        for (Segment s : segments) {
            if (s.tag().equals("GS")) {
                version = s.element(8);
                String base = version.length() >= 6 ? version.substring(0, 6) : version;
                if (!VERSIONS.contains(base)) {
                    throw refused(
                            s.position(),
                            "(GS08) version '" + version + "' is not read here; send 004010 or 005010",
                            "x12_version");
                }
            } else if (s.tag().equals("ST")) {
                if (!expected.contains(s.element(1))) {
                    throw refused(
                            s.position(),
                            "(ST01) is a " + s.element(1) + " transaction set; this endpoint reads " + reads,
                            "x12_transaction");
                }
                types.add(s.element(1));
                versions.add(version);
            }
        }
        if (types.isEmpty()) {
            throw refused(segments.size(), "holds no " + reads + " transaction set", "x12_transaction");
        }
    }

    /** The request body's bytes; an unreadable stream is refused like an unreadable interchange. */
    static byte[] bytes(java.io.InputStream body) {
        try {
            return body.readAllBytes();
        } catch (IOException e) {
            throw refused(1, "could not be read: " + e.getMessage(), "x12_syntax");
        }
    }

    /** Strips a UTF-8 byte order mark and line breaks around segments (several payers end lines with CRLF). */
    private static String clean(byte[] body) {
        if (body == null) {
            return "";
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.replace("\r", "").replace("\n", "").strip();
    }

    private static int position(Location at, List<Segment> read) {
        return at == null || at.getSegmentPosition() < 1 ? read.size() + 1 : at.getSegmentPosition();
    }

    private static String reason(EDIStreamException e) {
        String message = e.getMessage() == null ? "malformed" : e.getMessage();
        int cut = message.indexOf("; in ");
        return "could not be read: " + (cut > 0 ? message.substring(0, cut) : message);
    }

    private static String describe(String error) {
        return error.toLowerCase().replace('_', ' ');
    }

    static ApiException.Invalid refused(int position, String msg, String type) {
        return new ApiException.Invalid(List.of(
                FieldProblem.at(List.of("body", "segment", position), "segment " + position + " " + msg, type)));
    }
}
