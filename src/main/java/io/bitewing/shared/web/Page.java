package io.bitewing.shared.web;

import java.util.List;
import java.util.function.Function;

/** The list envelope every collection endpoint answers with. */
public record Page<T>(List<T> items, int page, int pageSize, long total) {

    /** Everything on one page, for answers the reference shapes as a page but that are never paged. */
    public static <T> Page<T> single(List<T> items) {
        return new Page<>(items, 1, Math.max(items.size(), 1), items.size());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, pageSize, total);
    }
}
