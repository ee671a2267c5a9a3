package io.bitewing.shared.web;

import java.util.Map;

/**
 * The sort keys a list offers, each with the SQL expression it orders by, and the default. One instance serves both
 * the check of a request ({@link ListParameters}) and the list's OpenAPI documentation ({@link ListParameterDocs}).
 */
public interface SortWhitelist {

    /** API sort key to SQL expression, in documentation order. */
    Map<String, String> columns();

    String defaultKey();

    /** Key, column, key, column…, kept in the order given. */
    static Map<String, String> ordered(String... keysAndColumns) {
        var columns = new java.util.LinkedHashMap<String, String>();
        for (int i = 0; i < keysAndColumns.length; i += 2) {
            columns.put(keysAndColumns[i], keysAndColumns[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(columns);
    }
}
