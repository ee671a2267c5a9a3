package io.bitewing.opendental;

import io.bitewing.shared.web.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** What every resource of the dialect shares: its OpenAPI tag and Open Dental's paging (at most 100 per list). */
final class OdController {

    static final String TAG = "Open Dental";
    static final int MAX_LIMIT = 100;

    private OdController() {}

    static int offset(int offset) {
        if (offset < 0) {
            throw OdException.badRequest("Offset must be 0 or more.");
        }
        return offset;
    }

    static int limit(int limit) {
        if (limit < 1) {
            throw OdException.badRequest("Limit must be 1 or more.");
        }
        return Math.min(limit, MAX_LIMIT);
    }

    /**
     * Items offset..offset+limit of a list read in native pages: the page holding the first item, and the next when
     * the window straddles two (two queries at most).
     */
    static <T> List<T> window(int offset, int limit, Function<PageRequest, List<T>> pages) {
        int first = offset / limit + 1;
        int skip = offset % limit;
        var items = new ArrayList<T>(pages.apply(PageRequest.of(first, limit)));
        if (skip > 0 && items.size() == limit) {
            items.addAll(pages.apply(PageRequest.of(first + 1, limit)));
        }
        return items.subList(Math.min(skip, items.size()), Math.min(skip + limit, items.size()));
    }
}
