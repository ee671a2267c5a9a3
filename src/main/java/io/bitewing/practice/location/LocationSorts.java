package io.bitewing.practice.location;

import io.bitewing.shared.web.SortWhitelist;
import java.util.Map;

/** The sort keys of the locations list and the SQL each orders by; the id breaks ties. */
final class LocationSorts implements SortWhitelist {

    private static final Map<String, String> COLUMNS = SortWhitelist.ordered(
            "name", "lower(name)",
            "created_at", "created_at");

    @Override
    public Map<String, String> columns() {
        return COLUMNS;
    }

    @Override
    public String defaultKey() {
        return "name";
    }
}
