package io.bitewing.shared.web;

/** A validated page request: {@code page} from 1, {@code page_size} 1..200. */
public record PageRequest(int page, int pageSize) {

    public static final int MAX_PAGE_SIZE = 200;

    public static PageRequest of(int page, int pageSize) {
        if (page < 1) {
            throw ApiException.Invalid.query("page", "must be greater than or equal to 1");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw ApiException.Invalid.query("page_size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        return new PageRequest(page, pageSize);
    }

    public int limit() {
        return pageSize;
    }

    public long offset() {
        return (long) (page - 1) * pageSize;
    }

    /** This page of a list held whole in memory. */
    public <T> Page<T> slice(java.util.List<T> all) {
        int from = (int) Math.min(offset(), all.size());
        int to = (int) Math.min(offset() + pageSize, all.size());
        return page(all.subList(from, to), all.size());
    }

    public <T> Page<T> page(java.util.List<T> items, long total) {
        return new Page<>(items, page, pageSize, total);
    }
}
