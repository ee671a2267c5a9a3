package io.bitewing.feeschedule;

import io.bitewing.shared.web.SortWhitelist;
import java.util.Map;

/** The sort keys of the fees list and the SQL each orders by; the id breaks ties. */
final class FeeSorts implements SortWhitelist {

    private static final Map<String, String> COLUMNS = SortWhitelist.ordered(
            "code", "pc.code",
            "description", "lower(pc.description)",
            "category", "lower(pc.category)",
            "amount", "f.amount");

    @Override
    public Map<String, String> columns() {
        return COLUMNS;
    }

    @Override
    public String defaultKey() {
        return "code";
    }
}
