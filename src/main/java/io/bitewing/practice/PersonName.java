package io.bitewing.practice;

import io.bitewing.shared.db.Like;

/**
 * How people (patients, providers) are shown and searched. Their search index covers the expression
 * {@code last_name || ', ' || first_name || ' ' || first_name || ' ' || last_name}, so "Smith", "Smith, Jo" and
 * "John Smith" all match John Smith.
 */
public final class PersonName {

    private PersonName() {}

    /** "Last, First": the name references and pick lists show. */
    public static String display(String lastName, String firstName) {
        return lastName + ", " + firstName;
    }

    /**
     * An ILIKE pattern for the indexed expression, {@code null} for blank input. Runs of whitespace become one space
     * and a comma is followed by exactly one, so "Smith,John" finds "Smith, John".
     */
    public static String searchPattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String normalised = text.strip().replaceAll("\\s+", " ");
        int comma = normalised.indexOf(',');
        if (comma >= 0) {
            String last = normalised.substring(0, comma).strip();
            String first = normalised.substring(comma + 1).strip();
            normalised = first.isEmpty() ? last + "," : last + ", " + first;
        }
        return Like.contains(normalised);
    }
}
