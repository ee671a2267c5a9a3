package io.bitewing.practice.provider;

import io.bitewing.shared.web.SortWhitelist;
import java.util.Map;

/** The sort keys of the providers list and the SQL each orders by; the id breaks ties. */
final class ProviderSorts implements SortWhitelist {

    private static final Map<String, String> COLUMNS = SortWhitelist.ordered(
            "last_name", "(lower(last_name) || ' ' || lower(first_name))",
            "first_name", "(lower(first_name) || ' ' || lower(last_name))",
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
