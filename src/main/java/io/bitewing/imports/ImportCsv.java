package io.bitewing.imports;

import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.CsvText;
import io.bitewing.shared.web.FieldProblem;
import io.bitewing.shared.web.JsonBodies;
import io.bitewing.shared.web.StrictStrings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An import as CSV: a header naming the columns (any order, each a field of the JSON body the route also takes),
 * then one record a row. Rows are numbered from 1, the first data record after the header (blank lines not
 * counted); a blank cell is a field not given. Values are typed by the field they fill, so a row then goes through
 * the same strict reading as a JSON row.
 */
final class ImportCsv {

    /** One data record: its number and its non-blank values by column, trimmed. */
    record Line(int row, Map<String, String> values) {}

    private ImportCsv() {}

    /** The JSON names of a request record's fields, in declaration order, as a CSV header names them. */
    static List<String> columns(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(c -> JsonBodies.jsonName(c.getName()))
                .toList();
    }

    /**
     * The data records, in order. The body as a whole is a 422 at {@code body} when it is not UTF-8 CSV, names a
     * column not in {@code columns} (or one twice), holds no row or more than {@code maxRows}; a record with more
     * values than the header, or a NUL, is a problem at its row.
     */
    static List<Line> read(byte[] bytes, List<String> columns, int maxRows, List<FieldProblem> problems) {
        String text = CsvText.decode(bytes, "must be CSV with a header naming its columns");
        var lines = new ArrayList<Line>();
        try (var parser = CSVParser.parse(text, CsvText.FORMAT)) {
            requireHeader(parser.getHeaderNames(), columns);
            int row = 0;
            for (CSVRecord record : parser) {
                if (++row > maxRows) {
                    throw CsvText.invalid("must hold at most " + maxRows + " rows; split the import");
                }
                Line line = line(row, record, parser.getHeaderNames(), problems);
                if (line != null) {
                    lines.add(line);
                }
            }
            if (row == 0) {
                throw CsvText.invalid("must hold at least one row after the header");
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw CsvText.invalid("is not valid CSV: " + CsvText.rootMessage(e));
        }
        return lines;
    }

    private static Line line(int row, CSVRecord record, List<String> header, List<FieldProblem> problems) {
        if (record.size() > header.size()) {
            problems.add(problem(row, null, "has " + record.size() + " values; the header names " + header.size()));
            return null;
        }
        var values = new LinkedHashMap<String, String>();
        for (int i = 0; i < record.size(); i++) {
            String value = record.get(i);
            if (StrictStrings.hasNul(value)) {
                problems.add(problem(row, header.get(i), StrictStrings.NUL_MESSAGE));
                return null;
            }
            if (value != null && !value.isBlank()) {
                values.put(header.get(i), value.strip());
            }
        }
        return new Line(row, values);
    }

    /** Unknown columns are refused rather than ignored: a misspelt column would otherwise drop its values unseen. */
    private static void requireHeader(List<String> header, List<String> columns) {
        var seen = new HashSet<String>();
        for (String name : header) {
            if (!seen.add(name)) {
                throw CsvText.invalid("names the column '" + name + "' twice");
            }
            if (!columns.contains(name)) {
                throw CsvText.invalid(
                        "names an unknown column '" + name + "'; the columns are: " + String.join(", ", columns));
            }
        }
    }

    /**
     * The values that fill fields of {@code type} as a JSON object: numbers and booleans as JSON numbers and
     * booleans, everything else as text for the strict reader (enums, dates and UUIDs are checked there). A value
     * that is not a number or boolean where one is wanted is a problem at its column.
     */
    static ObjectNode typed(Map<String, String> values, Class<? extends Record> type, int row, List<FieldProblem> out) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (RecordComponent component : type.getRecordComponents()) {
            String field = JsonBodies.jsonName(component.getName());
            String value = values.get(field);
            if (value == null) {
                continue;
            }
            Class<?> kind = component.getType();
            try {
                if (kind == Integer.class || kind == int.class) {
                    node.put(field, Integer.parseInt(value));
                } else if (kind == BigDecimal.class) {
                    node.put(field, new BigDecimal(value));
                } else if (kind == Boolean.class || kind == boolean.class) {
                    node.put(field, bool(value));
                } else {
                    node.put(field, value);
                }
            } catch (IllegalArgumentException e) {
                out.add(problem(
                        row,
                        field,
                        "must be a valid "
                                + (kind == Boolean.class
                                        ? "boolean (true or false)"
                                        : kind == BigDecimal.class ? "decimal number" : "integer")));
            }
        }
        return node;
    }

    private static boolean bool(String value) {
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException(value);
    }

    static List<Object> at(int row) {
        return List.of("body", row);
    }

    static FieldProblem problem(int row, String column, String msg) {
        var loc = new ArrayList<>(at(row));
        if (column != null) {
            loc.add(column);
        }
        return FieldProblem.at(loc, msg, "value_error");
    }

    /** Every problem found, at most {@code max} of them, as one 422; nothing when there is none. */
    static void requireNone(List<FieldProblem> problems, int max) {
        if (!problems.isEmpty()) {
            throw new ApiException.Invalid(problems.subList(0, Math.min(max, problems.size())));
        }
    }
}
