package io.bitewing.shared.web;

import java.util.List;
import java.util.function.Function;

/** The list envelope every collection endpoint answers with. */
public record Page<T>(List<T> items, int page, int pageSize, long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, pageSize, total);
    }
}
