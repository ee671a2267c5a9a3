package io.bitewing.coverage;

import io.bitewing.coverage.CategoryMembership.Range;
import io.bitewing.shared.db.Like;
import io.bitewing.shared.db.Paged;
import io.bitewing.shared.db.Rows;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
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
class CoverageCategoryRepository {

    private static final String COLUMNS = """
            id, category_name, description, is_hidden, is_system, item_order, version, created_at, updated_at,
            deleted_at, od_num""";

    private static final RowMapper<CoverageCategory> CATEGORY = (rs, n) -> new CoverageCategory(
            Rows.uuid(rs, "id"),
            rs.getString("category_name"),
            rs.getString("description"),
            rs.getBoolean("is_hidden"),
            rs.getBoolean("is_system"),
            rs.getInt("item_order"),
            null,
            rs.getInt("version"),
            Rows.instant(rs, "created_at"),
            Rows.instant(rs, "updated_at"),
            Rows.instant(rs, "deleted_at"),
            Rows.odNum(rs));

    /** A live category next to one of its spans that covers at least one of the codes looked up. */
    record CoveringSpan(CoverageCategory category, Range range) {}

    private static final RowMapper<CoveringSpan> COVERING_SPAN = (rs, n) -> new CoveringSpan(
            CATEGORY.mapRow(rs, n),
            new Range(rs.getString("from_code"), rs.getString("to_code"), rs.getBoolean("is_exclusion")));

    private final JdbcClient jdbc;

    CoverageCategoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CoverageCategory> find(UUID org, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from coverage_category where org_id = :org and id = :id")
                .param("org", org)
                .param("id", id)
                .query(CATEGORY)
                .optional();
    }

    /** Categories among {@code ids}, archived ones included, in list order. */
    List<CoverageCategory> findAll(UUID org, Collection<UUID> ids) {
        return jdbc.sql("select " + COLUMNS + " from coverage_category where org_id = :org and id = any(:ids) "
                        + "order by item_order, id")
                .param("org", org)
                .param("ids", ids.toArray(UUID[]::new))
                .query(CATEGORY)
                .list();
    }

    /** Live categories among {@code ids}, locked so a concurrent reorder or archive waits its turn. */
    List<CoverageCategory> findLiveForUpdate(UUID org, Collection<UUID> ids) {
        return jdbc.sql("select " + COLUMNS + " from coverage_category "
                        + "where org_id = :org and id = any(:ids) and deleted_at is null for update")
                .param("org", org)
                .param("ids", ids.toArray(UUID[]::new))
                .query(CATEGORY)
                .list();
    }

    Page<CoverageCategory> findAll(UUID org, CoverageCategoryService.Filter filter, PageRequest page) {
        return Paged.query(
                () -> jdbc.sql("select " + COLUMNS + ", count(*) over () as total from coverage_category" + """
                         where org_id = :org and deleted_at is null
                           and (:includeHidden or not is_hidden)
                           and (cast(:search as text) is null or category_name ilike :search)
                         order by item_order, id
                         limit :limit offset :offset
                        """)
                        .param("org", org)
                        .param("includeHidden", filter.includeHidden())
                        .param("search", Like.contains(filter.search())),
                page,
                CATEGORY);
    }

    /**
     * Live categories paired with each of their spans that covers one of the codes: everything the membership rule
     * needs for those codes, in one statement. Spans covering none of the codes cannot change the answer, so they
     * stay in the database.
     */
    List<CoveringSpan> findLiveCovering(UUID org, Collection<String> codes) {
        return jdbc.sql("""
                select c.id, c.category_name, c.description, c.is_hidden, c.is_system, c.item_order, c.version,
                       c.created_at, c.updated_at, c.deleted_at, c.od_num, s.from_code, s.to_code, s.is_exclusion
                from coverage_category c
                join coverage_span s on s.org_id = c.org_id and s.category_id = c.id
                where c.org_id = :org and s.org_id = :org and c.deleted_at is null
                  and exists (select 1 from unnest(cast(:codes as text[])) as code
                              where code collate "C" between s.from_code and s.to_code)
                """)
                .param("org", org)
                .param("codes", codes.toArray(String[]::new))
                .query(COVERING_SPAN)
                .list();
    }

    Integer nextOrder(UUID org) {
        return jdbc.sql("""
                select coalesce(max(item_order), -1) + 1 from coverage_category
                where org_id = :org and deleted_at is null
                """).param("org", org).query(Integer.class).single();
    }

    CoverageCategory insert(UUID org, CoverageCategory c) {
        return jdbc.sql("""
                insert into coverage_category (org_id, id, category_name, description, is_hidden, is_system, item_order)
                values (:org, :id, :categoryName, :description, :isHidden, :isSystem, :itemOrder)
                returning
                """ + COLUMNS).params(params(org, c)).query(CATEGORY).single();
    }

    /** Seeds categories in one statement; the i-th entry of each array describes one category. */
    void insertAll(UUID org, List<CoverageCategory> categories) {
        jdbc.sql("""
                insert into coverage_category (org_id, id, category_name, is_system, item_order)
                select :org, id, category_name, is_system, item_order
                from unnest(cast(:ids as uuid[]), cast(:names as text[]), cast(:systems as boolean[]),
                            cast(:orders as integer[])) as d (id, category_name, is_system, item_order)
                """)
                .param("org", org)
                .param("ids", categories.stream().map(CoverageCategory::id).toArray(UUID[]::new))
                .param(
                        "names",
                        categories.stream().map(CoverageCategory::categoryName).toArray(String[]::new))
                .param(
                        "systems",
                        categories.stream().map(CoverageCategory::isSystem).toArray(Boolean[]::new))
                .param(
                        "orders",
                        categories.stream().map(CoverageCategory::itemOrder).toArray(Integer[]::new))
                .update();
    }

    /** Writes every mutable column; empty when {@code baseVersion} is no longer current. */
    Optional<CoverageCategory> update(UUID org, CoverageCategory c, int baseVersion) {
        var params = params(org, c);
        params.put("baseVersion", baseVersion);
        return jdbc.sql("""
                update coverage_category set category_name = :categoryName, description = :description,
                    is_hidden = :isHidden, item_order = :itemOrder, version = version + 1, updated_at = now()
                where org_id = :org and id = :id and version = :baseVersion
                returning
                """ + COLUMNS).params(params).query(CATEGORY).optional();
    }

    /** Sets each category's order in one statement; answers the ids whose order really changed. */
    List<UUID> reorder(UUID org, Map<UUID, Integer> orders) {
        return jdbc.sql("""
                update coverage_category c set item_order = v.item_order, version = c.version + 1, updated_at = now()
                from unnest(cast(:ids as uuid[]), cast(:orders as integer[])) as v (id, item_order)
                where c.org_id = :org and c.id = v.id and c.deleted_at is null and c.item_order <> v.item_order
                returning c.id
                """)
                .param("org", org)
                .param("ids", orders.keySet().toArray(UUID[]::new))
                .param("orders", orders.values().toArray(Integer[]::new))
                .query((rs, n) -> Rows.uuid(rs, "id"))
                .list();
    }

    boolean archive(UUID org, UUID id) {
        return jdbc.sql("""
                update coverage_category set deleted_at = now(), updated_at = now(), version = version + 1
                where org_id = :org and id = :id and deleted_at is null
                """).param("org", org).param("id", id).update() == 1;
    }

    private static Map<String, Object> params(UUID org, CoverageCategory c) {
        var p = new HashMap<String, Object>();
        p.put("org", org);
        p.put("id", c.id());
        p.put("categoryName", c.categoryName());
        p.put("description", c.description());
        p.put("isHidden", c.isHidden());
        p.put("isSystem", c.isSystem());
        p.put("itemOrder", c.itemOrder());
        return p;
    }
}
