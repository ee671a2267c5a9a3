package io.bitewing.shared.db;

import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One query per list page: the SQL selects {@code count(*) over () as total} and ends with
 * {@code limit :limit offset :offset}; this binds both and reads the total off the first row.
 */
public final class Paged {

    private Paged() {}

    public static <T> Page<T> query(
            Supplier<JdbcClient.StatementSpec> statement, PageRequest page, RowMapper<T> mapper) {
        var total = new long[1];
        List<T> items = run(statement.get(), page.limit(), page.offset(), mapper, total);
        if (items.isEmpty() && page.page() > 1) {
            // Past the last page the window function has no row to ride on; ask for the first row only.
            run(statement.get(), 1, 0, mapper, total);
        }
        return page.page(items, total[0]);
    }

    private static <T> List<T> run(
            JdbcClient.StatementSpec spec, int limit, long offset, RowMapper<T> mapper, long[] total) {
        var items = new ArrayList<T>();
        spec.param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    items.add(mapper.mapRow(rs, n));
                    return null;
                })
                .list();
        return items;
    }
}
