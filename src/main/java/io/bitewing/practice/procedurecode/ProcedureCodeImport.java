package io.bitewing.practice.procedurecode;

import static io.bitewing.practice.procedurecode.ProcedureCodeRequests.CATEGORY_MAX;
import static io.bitewing.practice.procedurecode.ProcedureCodeRequests.CODE;
import static io.bitewing.practice.procedurecode.ProcedureCodeRequests.CODE_MESSAGE;
import static io.bitewing.practice.procedurecode.ProcedureCodeRequests.DESCRIPTION_MAX;

import io.bitewing.practice.procedurecode.ProcedureCode.TreatArea;
import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.CsvText;
import io.bitewing.shared.web.StrictStrings;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;

/**
 * Reads an import body into rows and checks each one, before anything is written. A body that cannot be read as a
 * whole (malformed JSON or CSV, a wrong header, too many rows) is a 422; a row that fails a check is reported with
 * its number and skipped. Rows are numbered from 0 in JSON (the array index) and from 1 in CSV (data records after
 * the header, blank lines not counted, so row 1 is normally line 2 of the file).
 */
final class ProcedureCodeImport {

    static final int MAX_ROWS = 5000;
    static final List<String> COLUMNS = List.of("code", "description", "category", "treat_area");
    private static final Pattern CODE_PATTERN = Pattern.compile(CODE);
    private static final Set<String> TREAT_AREAS =
            Arrays.stream(TreatArea.values()).map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new));

    private ProcedureCodeImport() {}

    /** A row that passed every check: code upper-case, blanks turned into null, treat_area defaulted to none. */
    record Row(int row, String code, String description, String category, TreatArea treatArea) {}

    record RowError(
            @Schema(description = "Row number: 0-based array index for JSON, 1-based data record for CSV.")
            int row,

            @Schema(description = "Where in the body: [\"body\", row, field].")
            List<Object> loc,

            String msg) {}

    /** The rows to write, in input order, and the problems of those skipped. */
    record Checked(List<Row> rows, List<RowError> errors) {}

    static Checked fromJson(JsonNode body) {
        if (body == null || !body.isArray()) {
            throw invalid("must be a list of procedure codes");
        }
        requireRowCount(body.size());
        var checker = new Checker();
        for (int i = 0; i < body.size(); i++) {
            JsonNode item = body.get(i);
            if (!item.isObject()) {
                checker.reject(i, null, "must be an object");
                continue;
            }
            var values = new HashMap<String, String>();
            boolean readable = true;
            for (var property : item.properties()) {
                String field = property.getKey();
                JsonNode value = property.getValue();
                if (!COLUMNS.contains(field)) {
                    checker.reject(i, field, "Extra inputs are not permitted");
                    readable = false;
                } else if (value.isString()) {
                    values.put(field, value.stringValue());
                } else if (!value.isNull()) {
                    checker.reject(i, field, "must be a valid string");
                    readable = false;
                }
            }
            if (readable) {
                checker.check(i, values);
            }
        }
        return checker.result();
    }

    static Checked fromCsv(byte[] bytes) {
        String text = CsvText.decode(bytes, "must be CSV with the header " + String.join(",", COLUMNS));
        try (var parser = CSVParser.parse(text, CsvText.FORMAT)) {
            requireHeader(parser.getHeaderNames());
            var checker = new Checker();
            int row = 0;
            for (CSVRecord record : parser) {
                requireRowCount(++row);
                if (record.size() > COLUMNS.size()) {
                    checker.reject(row, null, "has " + record.size() + " values; the header names " + COLUMNS.size());
                    continue;
                }
                var values = new HashMap<String, String>();
                COLUMNS.forEach(column -> values.put(column, record.isSet(column) ? record.get(column) : null));
                checker.check(row, values);
            }
            requireRowCount(row);
            return checker.result();
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw invalid("is not valid CSV: " + CsvText.rootMessage(e));
        }
    }

    private static void requireHeader(List<String> header) {
        if (header.size() != COLUMNS.size() || !new HashSet<>(header).equals(new HashSet<>(COLUMNS))) {
            throw invalid("must start with the header " + String.join(",", COLUMNS));
        }
    }

    /** An import of nothing is a mistake in the caller's export, not a successful no-op. */
    private static void requireRowCount(int rows) {
        if (rows == 0) {
            throw invalid("must hold at least one procedure code");
        }
        if (rows > MAX_ROWS) {
            throw invalid("must hold at most " + MAX_ROWS + " rows; split the import");
        }
    }

    private static ApiException.Invalid invalid(String msg) {
        return CsvText.invalid(msg);
    }

    /** Checks rows one by one; a code repeated within the import is kept at its first row only. */
    private static final class Checker {
        private final List<Row> rows = new ArrayList<>();
        private final List<RowError> errors = new ArrayList<>();
        private final Map<String, Integer> firstRowOfCode = new HashMap<>();

        void reject(int row, String field, String msg) {
            var loc = new ArrayList<Object>(List.of("body", row));
            if (field != null) {
                loc.add(field);
            }
            errors.add(new RowError(row, loc, msg));
        }

        void check(int row, Map<String, String> values) {
            String code = blankToNull(values.get("code"));
            String description = blankToNull(values.get("description"));
            String category = blankToNull(values.get("category"));
            String treatArea = blankToNull(values.get("treat_area"));
            int before = errors.size();
            if (code == null) {
                reject(row, "code", "Field required");
            } else if (!CODE_PATTERN.matcher(code).matches()) {
                reject(row, "code", CODE_MESSAGE);
            }
            if (description == null) {
                reject(row, "description", "Field required");
            } else if (description.length() > DESCRIPTION_MAX) {
                reject(row, "description", "must be at most " + DESCRIPTION_MAX + " characters");
            }
            for (String field : COLUMNS) {
                if (StrictStrings.hasNul(values.get(field))) {
                    reject(row, field, StrictStrings.NUL_MESSAGE);
                }
            }
            if (category != null && category.length() > CATEGORY_MAX) {
                reject(row, "category", "must be at most " + CATEGORY_MAX + " characters");
            }
            if (treatArea != null && !TREAT_AREAS.contains(treatArea)) {
                reject(row, "treat_area", "must be one of: " + String.join(", ", TREAT_AREAS));
            }
            if (errors.size() > before) {
                return;
            }
            String normalised = ProcedureCodeRequests.normalise(code);
            Integer first = firstRowOfCode.putIfAbsent(normalised, row);
            if (first != null) {
                reject(row, "code", "repeats the code of row " + first);
                return;
            }
            rows.add(new Row(
                    row,
                    normalised,
                    description,
                    category,
                    treatArea == null ? TreatArea.none : TreatArea.valueOf(treatArea)));
        }

        Checked result() {
            return new Checked(List.copyOf(rows), List.copyOf(errors));
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
