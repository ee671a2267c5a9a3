package io.bitewing.shared.web;

import java.util.Map;

/**
 * The raw sort parameters of a list request; the service resolves them against its whitelist. Most lists name them
 * {@code sort_by}/{@code sort_order}; where the reference names them otherwise, errors point at its names.
 */
public record SortRequest(String sortBy, String sortOrder, String byParam, String orderParam) {

    public SortRequest(String sortBy, String sortOrder) {
        this(sortBy, sortOrder, "sort_by", "sort_order");
    }

    public Sort resolve(Map<String, String> columns, String defaultKey) {
        return Sort.parse(sortBy, sortOrder, columns, defaultKey, byParam, orderParam);
    }
}
