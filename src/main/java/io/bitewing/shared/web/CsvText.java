package io.bitewing.shared.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * What every CSV import reads: a body that is strictly UTF-8 (a spreadsheet's byte-order mark dropped), parsed with a
 * header line, blank lines skipped and values trimmed. Problems with the body as a whole are 422s located at
 * {@code body}.
 */
public final class CsvText {

    /** RFC 4180 with a header record, empty lines ignored and values trimmed. */
    public static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private CsvText() {}

    /** The body as text; a 422 when it is missing, blank or not UTF-8 ({@code expected} says what it should be). */
    public static String decode(byte[] bytes, String expected) {
        String body = bytes == null ? null : utf8(bytes);
        if (body == null || body.isBlank()) {
            throw invalid(expected);
        }
        return body.startsWith("\uFEFF") ? body.substring(1) : body; // spreadsheet exports add a BOM
    }

    /** Strictly UTF-8: a byte that is not would otherwise be stored as U+FFFD over good data. */
    private static String utf8(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            throw invalid("must be UTF-8 text; the bytes near offset " + in.position() + " are not");
        }
    }

    public static ApiException.Invalid invalid(String msg) {
        return new ApiException.Invalid(List.of(FieldProblem.at(List.of("body"), msg, "value_error")));
    }

    /** The innermost message of a parser failure, for "is not valid CSV: …". */
    public static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** A CSV value as written for export: quoted when it holds a comma, quote or line break. */
    public static String quote(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
