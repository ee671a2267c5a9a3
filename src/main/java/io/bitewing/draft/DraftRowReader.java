package io.bitewing.draft;

import io.bitewing.draft.DraftRow.Format;
import io.bitewing.patientplan.PatientPlan.Relationship;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Reads one imported row, Payor-shaped or flat (README, "Insurance drafts"), into a {@link DraftRow}, or says in
 * words why it cannot be read. Fields neither shape uses are ignored (a Payor row carries deductibles, COB notes
 * and more); the raw row is kept whole beside the reading.
 */
final class DraftRowReader {

    /** Either the row as read or why it could not be read. */
    record Reading(DraftRow row, String error) {
        static Reading unreadable(String error) {
            return new Reading(null, error);
        }
    }

    private static final int MAX_TEXT = 200;
    /** Member ids and group numbers: as long as subscriptions and plans take them. */
    private static final int MAX_ID = 50;

    private static final Set<String> PAYOR_FIELDS = Set.of(
            "insurance",
            "subscriber",
            "insured_member_id",
            "relationship_to_subscriber",
            "payor_responsibility",
            "coverage_from",
            "coverage_to",
            "plan_name",
            "plan_type",
            "group_description",
            "insurance_id",
            "patient_id");
    private static final Set<String> FLAT_FIELDS = Set.of(
            "carrier_name",
            "electronic_id",
            "group_name",
            "subscriber_first_name",
            "subscriber_last_name",
            "subscriber_dob",
            "subscriber_id_number",
            "relationship",
            "date_effective",
            "date_term",
            "source_ref");

    /** Payor relationship_to_subscriber values (and ours) as a patient plan's relationship. */
    private static final Map<String, Relationship> RELATIONSHIPS = Map.ofEntries(
            Map.entry("self", Relationship.self), Map.entry("employee", Relationship.self),
            Map.entry("spouse", Relationship.spouse), Map.entry("life_partner", Relationship.spouse),
            Map.entry("child", Relationship.child), Map.entry("other", Relationship.other),
            Map.entry("other_relationship", Relationship.other), Map.entry("unknown", Relationship.other),
            Map.entry("organ_donor", Relationship.other), Map.entry("cadaver_donor", Relationship.other));

    /** Decimal digits and exponents well inside what jsonb's numeric holds. */
    private static final int MAX_SCALE = 1000;

    private static final Map<String, Integer> RESPONSIBILITIES = Map.of("primary", 1, "secondary", 2, "tertiary", 3);

    /** Raised inside a reading; the message is the draft's error_reason. */
    private static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    private DraftRowReader() {}

    static Reading read(JsonNode row) {
        if (row == null || !row.isObject()) {
            return Reading.unreadable("the row is not a JSON object");
        }
        var payor = present(row, PAYOR_FIELDS);
        var flat = present(row, FLAT_FIELDS);
        try {
            if (!payor.isEmpty() && !flat.isEmpty()) {
                throw new Unreadable("the row mixes Payor fields " + payor + " with flat fields " + flat);
            }
            if (payor.isEmpty() && flat.isEmpty()) {
                throw new Unreadable("the row is neither Payor-shaped nor flat: it has none of their fields");
            }
            return new Reading(checked(payor.isEmpty() ? flat(row) : payor(row)), null);
        } catch (Unreadable e) {
            return Reading.unreadable(e.getMessage());
        }
    }

    /**
     * Why the row cannot even be kept as raw JSON (PostgreSQL's jsonb refuses NUL characters and numbers beyond its
     * range), or null. Such a row is a fault of the request, not of the data, so the import answers 422.
     */
    static String unstorable(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isString()) {
            return node.stringValue().indexOf('\u0000') >= 0 ? "contains a NUL character" : null;
        }
        if (node.isNumber() && !node.isIntegralNumber()) {
            boolean finite = node.isBigDecimal()
                    ? Math.abs(node.decimalValue().scale()) <= MAX_SCALE
                            && node.decimalValue().precision() <= MAX_SCALE
                    : Double.isFinite(node.doubleValue());
            return finite ? null : "holds a number out of range";
        }
        for (var property : node.properties()) {
            String problem = property.getKey().indexOf('\u0000') >= 0
                    ? "contains a NUL character"
                    : unstorable(property.getValue());
            if (problem != null) {
                return problem;
            }
        }
        for (JsonNode item : node.isArray() ? node : List.<JsonNode>of()) {
            String problem = unstorable(item);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static DraftRow payor(JsonNode row) {
        JsonNode insurance = object(row, "insurance");
        JsonNode subscriber = object(row, "subscriber");
        String memberId = text(row, "insured_member_id", MAX_ID);
        if (memberId == null && subscriber != null) {
            memberId = text(subscriber, "insured_member_id", MAX_ID);
        }
        String groupName = text(row, "group_description", MAX_TEXT);
        String responsibility = text(row, "payor_responsibility", MAX_TEXT);
        if (responsibility != null && !RESPONSIBILITIES.containsKey(responsibility)) {
            throw new Unreadable("payor_responsibility " + responsibility + " is not supported: one of primary, "
                    + "secondary, tertiary (a patient holds at most three plans)");
        }
        return new DraftRow(
                Format.payor,
                text(row, "id", MAX_TEXT),
                insurance == null ? null : text(insurance, "name", MAX_TEXT),
                insurance == null ? payerId(row) : text(insurance, "payer_id", MAX_TEXT),
                text(row, "group_number", MAX_ID),
                groupName != null ? groupName : text(row, "plan_name", MAX_TEXT),
                text(row, "plan_type", MAX_TEXT),
                subscriber == null ? null : text(subscriber, "first_name", MAX_TEXT),
                subscriber == null ? null : text(subscriber, "last_name", MAX_TEXT),
                subscriber == null ? null : date(subscriber, "dob"),
                memberId,
                relationship(row, "relationship_to_subscriber"),
                responsibility == null ? null : RESPONSIBILITIES.get(responsibility),
                date(row, "coverage_from"),
                date(row, "coverage_to"));
    }

    /**
     * A row with only {@code insurance_id} names the payer by it, as the Payor shape does: an electronic payer id
     * (a carrier uuid there is this system's, not the vendor's, and matches no carrier by payer id).
     */
    private static String payerId(JsonNode row) {
        String id = text(row, "insurance_id", MAX_TEXT);
        if (id == null) {
            return null;
        }
        try {
            java.util.UUID.fromString(id);
            return null;
        } catch (IllegalArgumentException notAUuid) {
            return id;
        }
    }

    private static DraftRow flat(JsonNode row) {
        return new DraftRow(
                Format.flat,
                text(row, "source_ref", MAX_TEXT),
                text(row, "carrier_name", MAX_TEXT),
                text(row, "electronic_id", MAX_TEXT),
                text(row, "group_number", MAX_ID),
                text(row, "group_name", MAX_TEXT),
                null,
                text(row, "subscriber_first_name", MAX_TEXT),
                text(row, "subscriber_last_name", MAX_TEXT),
                date(row, "subscriber_dob"),
                text(row, "subscriber_id_number", MAX_ID),
                relationship(row, "relationship"),
                null,
                date(row, "date_effective"),
                date(row, "date_term"));
    }

    /** What every row needs to become coverage, whatever its shape. */
    private static DraftRow checked(DraftRow row) {
        boolean payor = row.rowFormat() == Format.payor;
        if (row.carrierName() == null && row.electronicId() == null) {
            throw new Unreadable(
                    payor
                            ? "no carrier: give insurance.name, insurance.payer_id or insurance_id (a payer id)"
                            : "no carrier: give carrier_name or electronic_id");
        }
        if (row.subscriberIdNumber() == null) {
            throw new Unreadable(
                    payor ? "no member id: give insured_member_id" : "no member id: give subscriber_id_number");
        }
        if (row.relationshipToSubscriber() == null) {
            throw new Unreadable(payor ? "no relationship_to_subscriber" : "no relationship");
        }
        if (row.dateEffective() != null
                && row.dateTerm() != null
                && row.dateTerm().isBefore(row.dateEffective())) {
            throw new Unreadable(
                    "coverage ends (" + row.dateTerm() + ") before it starts (" + row.dateEffective() + ")");
        }
        return row;
    }

    private static Set<String> present(JsonNode row, Set<String> fields) {
        var found = new TreeSet<String>();
        if (row != null && row.isObject()) {
            row.propertyNames().forEach(name -> {
                if (fields.contains(name)) {
                    found.add(name);
                }
            });
        }
        return found;
    }

    private static JsonNode object(JsonNode row, String field) {
        JsonNode value = row.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw new Unreadable(field + " must be an object");
        }
        return value;
    }

    /** Text, stripped, blank as absent; whole numbers are taken as text (member ids and group numbers often are). */
    private static String text(JsonNode row, String field, int maxLength) {
        JsonNode value = row.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String text;
        if (value.isString()) {
            text = value.stringValue().strip();
        } else if (value.isIntegralNumber()) {
            text = value.bigIntegerValue().toString();
        } else {
            throw new Unreadable(field + " must be text");
        }
        if (text.length() > maxLength) {
            throw new Unreadable(field + " is longer than " + maxLength + " characters");
        }
        return text.isEmpty() ? null : text;
    }

    /** A date, written YYYY-MM-DD or as an ISO date-time (the Payor API's dates); the date as written is kept. */
    private static LocalDate date(JsonNode row, String field) {
        String text = text(row, field, MAX_TEXT);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(text).toLocalDate();
            } catch (DateTimeParseException notAnOffsetDateTime) {
                try {
                    return LocalDateTime.parse(text).toLocalDate();
                } catch (DateTimeParseException e) {
                    throw new Unreadable(field + " is not a date (YYYY-MM-DD or an ISO date-time): " + text);
                }
            }
        }
    }

    private static Relationship relationship(JsonNode row, String field) {
        String text = text(row, field, MAX_TEXT);
        if (text == null) {
            return null;
        }
        Relationship relationship = RELATIONSHIPS.get(text.toLowerCase());
        if (relationship == null) {
            throw new Unreadable(field + " " + text + " is not one of " + new TreeSet<>(RELATIONSHIPS.keySet()));
        }
        return relationship;
    }
}
