package io.bitewing.feeschedule;

import io.bitewing.shared.web.ApiException;
import io.bitewing.shared.web.CsvText;
import io.bitewing.shared.web.FieldProblem;
import io.bitewing.shared.web.StrictStrings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A fee schedule as CSV: {@code code,amount[,clinic,provider,date_effective]}, one fee a line. Clinic and provider
 * are the UUIDs of a location and a provider (blank: any); a blank date_effective means "always". Rows are numbered
 * from 1, the first data record after the header (blank lines not counted), and a problem is located at
 * {@code ["body", row, column]}.
 */
final class FeeCsv {

    static final List<String> REQUIRED = List.of("code", "amount");
    static final List<String> COLUMNS = List.of("code", "amount", "clinic", "provider", "date_effective");
    static final String HEADER = String.join(",", COLUMNS);

    private FeeCsv() {}

    /** The rows read, in order, as bulk-create rows carrying the code string; row {@code i} is data record i + 1. */
    static List<FeeRequests.BulkItem> read(byte[] bytes) {
        String text = CsvText.decode(bytes, "must be CSV with the header code,amount[,clinic,provider,date_effective]");
        var problems = new ArrayList<FieldProblem>();
        var rows = new ArrayList<FeeRequests.BulkItem>();
        try (var parser = CSVParser.parse(text, CsvText.FORMAT)) {
            requireHeader(parser.getHeaderNames());
            int row = 0;
            for (CSVRecord record : parser) {
                if (++row > FeeRequests.MAX_BULK) {
                    throw CsvText.invalid("must hold at most " + FeeRequests.MAX_BULK + " rows; split the import");
                }
                if (problems.size() >= FeeService.MAX_PROBLEMS) {
                    continue;
                }
                rows.add(row(row, record, parser.getHeaderNames().size(), problems));
            }
            if (row == 0) {
                throw CsvText.invalid("must hold at least one fee");
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw CsvText.invalid("is not valid CSV: " + CsvText.rootMessage(e));
        }
        if (!problems.isEmpty()) {
            throw new ApiException.Invalid(problems);
        }
        return rows;
    }

    private static FeeRequests.BulkItem row(int row, CSVRecord record, int columns, List<FieldProblem> problems) {
        if (record.size() > columns) {
            problems.add(problem(row, null, "has " + record.size() + " values; the header names " + columns));
            return null;
        }
        for (String value : record.values()) {
            if (StrictStrings.hasNul(value)) {
                problems.add(problem(row, null, StrictStrings.NUL_MESSAGE));
                return null;
            }
        }
        String code = value(record, "code");
        if (code == null) {
            problems.add(problem(row, "code", "Field required"));
        } else if (code.length() > 20) {
            problems.add(problem(row, "code", "must be at most 20 characters"));
        }
        BigDecimal amount = amount(row, value(record, "amount"), problems);
        UUID clinic = uuid(row, "clinic", value(record, "clinic"), problems);
        UUID provider = uuid(row, "provider", value(record, "provider"), problems);
        LocalDate date = null;
        String dateText = value(record, "date_effective");
        if (dateText != null) {
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                problems.add(problem(row, "date_effective", "must be a valid date (YYYY-MM-DD)"));
            }
        }
        return new FeeRequests.BulkItem(amount, clinic, date, null, null, provider, code);
    }

    private static BigDecimal amount(int row, String text, List<FieldProblem> problems) {
        if (text == null) {
            problems.add(problem(row, "amount", "Field required"));
            return null;
        }
        try {
            var amount = new BigDecimal(text);
            if (amount.signum() < 0) {
                problems.add(problem(row, "amount", "must be greater than or equal to 0"));
            } else if (amount.stripTrailingZeros().scale() > 2 || amount.precision() - amount.scale() > 10) {
                problems.add(problem(row, "amount", "must have at most 10 digits and 2 decimals"));
            }
            return amount;
        } catch (NumberFormatException e) {
            problems.add(problem(row, "amount", "must be a valid decimal number"));
            return null;
        }
    }

    private static UUID uuid(int row, String column, String text, List<FieldProblem> problems) {
        if (text == null) {
            return null;
        }
        try {
            if (text.length() == 36) {
                return UUID.fromString(text);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problems.add(problem(row, column, "must be a valid UUID"));
        return null;
    }

    private static String value(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void requireHeader(List<String> header) {
        var names = new HashSet<>(header);
        if (names.size() != header.size() || !COLUMNS.containsAll(names) || !names.containsAll(REQUIRED)) {
            throw CsvText.invalid("must start with the header code,amount[,clinic,provider,date_effective]");
        }
    }

    static FieldProblem problem(int row, String column, String msg) {
        var loc = new ArrayList<Object>(List.of("body", row));
        if (column != null) {
            loc.add(column);
        }
        return FieldProblem.at(loc, msg, "value_error");
    }

    /** One exported fee. */
    record Line(String code, BigDecimal amount, UUID clinic, UUID provider, LocalDate dateEffective) {}

    static String write(List<Line> lines) {
        var out = new StringBuilder(64 * (lines.size() + 1));
        out.append(HEADER).append("\r\n");
        for (Line line : lines) {
            out.append(CsvText.quote(line.code()))
                    .append(',')
                    .append(line.amount().toPlainString())
                    .append(',')
                    .append(line.clinic() == null ? "" : line.clinic())
                    .append(',')
                    .append(line.provider() == null ? "" : line.provider())
                    .append(',')
                    .append(
                            line.dateEffective() == null || line.dateEffective().equals(FeeRepository.ALWAYS)
                                    ? ""
                                    : line.dateEffective())
                    .append("\r\n");
        }
        return out.toString();
    }
}
