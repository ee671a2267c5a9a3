package io.bitewing.shared.web;

import java.util.Map;

/**
 * An ORDER BY built only from whitelisted columns, with {@code id} as the tie-break so pages never overlap.
 * User input selects a key of the whitelist; it never reaches the SQL text itself.
 */
public record Sort(String column, boolean descending) {

    static Sort parse(
            String sortBy,
            String sortOrder,
            Map<String, String> columns,
            String defaultKey,
            String byParam,
            String orderParam) {
        String key = sortBy == null || sortBy.isBlank() ? defaultKey : sortBy;
        String column = columns.get(key);
        if (column == null) {
            throw ApiException.Invalid.query(byParam, "must be one of: " + String.join(", ", columns.keySet()));
        }
        String order = sortOrder == null ? "asc" : sortOrder;
        if (!order.equals("asc") && !order.equals("desc")) {
            throw ApiException.Invalid.query(orderParam, "must be one of: asc, desc");
        }
        return new Sort(column, order.equals("desc"));
    }

    public String orderBy() {
        return orderBy("id");
    }

    /** For joins, where the tie-break column needs its table alias. */
    public String orderBy(String idColumn) {
        String direction = descending ? " desc" : " asc";
        return column + direction + " nulls last, " + idColumn + direction;
    }
}
