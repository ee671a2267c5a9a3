package io.bitewing.plan;

import io.bitewing.shared.web.SortWhitelist;
import java.util.Map;

/** The sort keys of the insurance plans list and the SQL each orders by; the id breaks ties. */
final class PlanSorts implements SortWhitelist {

    private static final Map<String, String> COLUMNS = SortWhitelist.ordered(
            "group_name", "p.group_name",
            "group_number", "p.group_number",
            "plan_type", "p.plan_type",
            "created_at", "p.created_at");

    @Override
    public Map<String, String> columns() {
        return COLUMNS;
    }

    @Override
    public String defaultKey() {
        return "group_name";
    }
}
