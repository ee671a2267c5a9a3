package io.bitewing.practice.patient;

import io.bitewing.shared.web.SortWhitelist;
import java.util.Map;

/** The sort keys of the patients list and the SQL each orders by; the id breaks ties. */
final class PatientSorts implements SortWhitelist {

    private static final Map<String, String> COLUMNS = SortWhitelist.ordered(
            "last_name", "(lower(last_name) || ' ' || lower(first_name))",
            "first_name", "(lower(first_name) || ' ' || lower(last_name))",
            "birthdate", "birthdate",
            "created_at", "created_at",
            "id", "id");

    @Override
    public Map<String, String> columns() {
        return COLUMNS;
    }

    @Override
    public String defaultKey() {
        return "last_name";
    }
}
