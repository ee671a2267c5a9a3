package io.bitewing.coverage;

import io.bitewing.shared.db.Paged;
import io.bitewing.shared.db.Rows;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CoverageSpanRepository {

    private static final String COLUMNS = """
            id, category_id, from_code, to_code, is_exclusion, item_order, version, created_at, updated_at""";

    private static final RowMapper<CoverageSpan> SPAN = (rs, n) -> new CoverageSpan(
            Rows.uuid(rs, "id"),
            Rows.uuid(rs, "category_id"),
            rs.getString("from_code"),
            rs.getString("to_code"),
            rs.getBoolean("is_exclusion"),
            rs.getInt("item_order"),
            rs.getInt("version"),
            Rows.instant(rs, "created_at"),
            Rows.instant(rs, "updated_at"));

    /** Another span whose range overlaps the one just written, with the name of its category. */
    record OverlappingSpan(
            UUID id,
            UUID categoryUuid,
            String categoryName,
            String fromCode,
            String toCode,
            boolean isExclusion,
            int itemOrder,
            int version,
            Instant createdAt,
            Instant updatedAt) {}

    private static final RowMapper<OverlappingSpan> OVERLAPPING = (rs, n) -> new OverlappingSpan(
            Rows.uuid(rs, "id"),
            Rows.uuid(rs, "category_id"),
            rs.getString("category_name"),
            rs.getString("from_code"),
            rs.getString("to_code"),
            rs.getBoolean("is_exclusion"),
            rs.getInt("item_order"),
            rs.getInt("version"),
            Rows.instant(rs, "created_at"),
            Rows.instant(rs, "updated_at"));

    private final JdbcClient jdbc;

    CoverageSpanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CoverageSpan> find(UUID org, UUID categoryId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from coverage_span "
                        + "where org_id = :org and category_id = :category and id = :id")
                .param("org", org)
                .param("category", categoryId)
                .param("id", id)
                .query(SPAN)
                .optional();
    }

    Page<CoverageSpan> findAll(UUID org, UUID categoryId, PageRequest page) {
        return Paged.query(
                () -> jdbc.sql("select " + COLUMNS + ", count(*) over () as total from coverage_span" + """
                         where org_id = :org and category_id = :category
                         order by item_order, from_code, id
                         limit :limit offset :offset
                        """)
                        .param("org", org)
                        .param("category", categoryId),
                page,
                SPAN);
    }

    /** The spans of several categories in one statement, in each category's span order. */
    List<CoverageSpan> findAll(UUID org, Collection<UUID> categoryIds) {
        return jdbc.sql("select " + COLUMNS + " from coverage_span "
                        + "where org_id = :org and category_id = any(:categories) "
                        + "order by category_id, item_order, from_code, id")
                .param("org", org)
                .param("categories", categoryIds.toArray(UUID[]::new))
                .query(SPAN)
                .list();
    }

    /** Spans of live categories whose range shares at least one code with {@code from}–{@code to}, except one. */
    List<OverlappingSpan> findOverlapping(UUID org, String from, String to, UUID exceptId) {
        return jdbc.sql("""
                select s.id, s.category_id, c.category_name, s.from_code, s.to_code, s.is_exclusion, s.item_order,
                       s.version, s.created_at, s.updated_at
                from coverage_span s
                join coverage_category c on c.org_id = s.org_id and c.id = s.category_id
                where s.org_id = :org and c.org_id = :org and c.deleted_at is null and s.id <> :except
                  and s.from_code <= :to and s.to_code >= :from
                order by c.item_order, c.id, s.item_order, s.from_code, s.id
                """)
                .param("org", org)
                .param("from", from)
                .param("to", to)
                .param("except", exceptId)
                .query(OVERLAPPING)
                .list();
    }

    Integer nextOrder(UUID org, UUID categoryId) {
        return jdbc.sql("""
                select coalesce(max(item_order), -1) + 1 from coverage_span
                where org_id = :org and category_id = :category
                """)
                .param("org", org)
                .param("category", categoryId)
                .query(Integer.class)
                .single();
    }

    CoverageSpan insert(UUID org, CoverageSpan s) {
        return jdbc.sql("""
                insert into coverage_span (org_id, id, category_id, from_code, to_code, is_exclusion, item_order)
                values (:org, :id, :categoryId, :fromCode, :toCode, :isExclusion, :itemOrder)
                returning
                """ + COLUMNS).params(params(org, s)).query(SPAN).single();
    }

    /** Seeds spans in one statement; the i-th entry of each array describes one span. */
    void insertAll(UUID org, List<CoverageSpan> spans) {
        jdbc.sql("""
                insert into coverage_span (org_id, id, category_id, from_code, to_code, is_exclusion, item_order)
                select :org, id, category_id, from_code, to_code, is_exclusion, item_order
                from unnest(cast(:ids as uuid[]), cast(:categories as uuid[]), cast(:froms as text[]),
                            cast(:tos as text[]), cast(:exclusions as boolean[]), cast(:orders as integer[]))
                     as d (id, category_id, from_code, to_code, is_exclusion, item_order)
                """)
                .param("org", org)
                .param("ids", spans.stream().map(CoverageSpan::id).toArray(UUID[]::new))
                .param(
                        "categories",
                        spans.stream().map(CoverageSpan::categoryUuid).toArray(UUID[]::new))
                .param("froms", spans.stream().map(CoverageSpan::fromCode).toArray(String[]::new))
                .param("tos", spans.stream().map(CoverageSpan::toCode).toArray(String[]::new))
                .param(
                        "exclusions",
                        spans.stream().map(CoverageSpan::isExclusion).toArray(Boolean[]::new))
                .param("orders", spans.stream().map(CoverageSpan::itemOrder).toArray(Integer[]::new))
                .update();
    }

    /** Writes every mutable column; empty when {@code baseVersion} is no longer current. */
    Optional<CoverageSpan> update(UUID org, CoverageSpan s, int baseVersion) {
        var params = params(org, s);
        params.put("baseVersion", baseVersion);
        return jdbc.sql("""
                update coverage_span set from_code = :fromCode, to_code = :toCode, is_exclusion = :isExclusion,
                    item_order = :itemOrder, version = version + 1, updated_at = now()
                where org_id = :org and category_id = :categoryId and id = :id and version = :baseVersion
                returning
                """ + COLUMNS).params(params).query(SPAN).optional();
    }

    boolean delete(UUID org, UUID categoryId, UUID id) {
        return jdbc.sql("delete from coverage_span where org_id = :org and category_id = :category and id = :id")
                        .param("org", org)
                        .param("category", categoryId)
                        .param("id", id)
                        .update()
                == 1;
    }

    private static Map<String, Object> params(UUID org, CoverageSpan s) {
        var p = new HashMap<String, Object>();
        p.put("org", org);
        p.put("id", s.id());
        p.put("categoryId", s.categoryUuid());
        p.put("fromCode", s.fromCode());
        p.put("toCode", s.toCode());
        p.put("isExclusion", s.isExclusion());
        p.put("itemOrder", s.itemOrder());
        return p;
    }
}
