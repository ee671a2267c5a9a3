package io.bitewing.carrier;

import io.bitewing.shared.web.SortWhitelist;
import java.util.Map;

/** The sort keys of the carriers list and the SQL each orders by; the id breaks ties. */
final class CarrierSorts implements SortWhitelist {

    private static final Map<String, String> COLUMNS = SortWhitelist.ordered(
            "carrier_name", "lower(carrier_name)",
            "electronic_id", "electronic_id",
            "carrier_group_name", "carrier_group_name",
            "trust_level", "trust_level",
            "created_at", "created_at");

    @Override
    public Map<String, String> columns() {
        return COLUMNS;
    }

    @Override
    public String defaultKey() {
        return "carrier_name";
    }
}
