package io.bitewing.shared.web;

import java.util.Map;

/** The raw {@code sort_by}/{@code sort_order} of a list request; the service resolves it against its whitelist. */
public record SortRequest(String sortBy, String sortOrder) {

    public Sort resolve(Map<String, String> columns, String defaultKey) {
        return Sort.parse(sortBy, sortOrder, columns, defaultKey);
    }
}
