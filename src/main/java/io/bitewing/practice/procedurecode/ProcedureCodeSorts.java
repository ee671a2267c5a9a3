package io.bitewing.practice.procedurecode;

import io.bitewing.shared.web.SortWhitelist;
import java.util.Map;

/** The sort keys of the procedure codes list and the SQL each orders by; the id breaks ties. */
final class ProcedureCodeSorts implements SortWhitelist {

    private static final Map<String, String> COLUMNS = SortWhitelist.ordered("code", "code");

    @Override
    public Map<String, String> columns() {
        return COLUMNS;
    }

    @Override
    public String defaultKey() {
        return "code";
    }
}
