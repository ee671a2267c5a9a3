package io.bitewing.coverage.codegroup;

import io.bitewing.shared.db.Like;
import io.bitewing.shared.db.Paged;
import io.bitewing.shared.db.Rows;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CodeGroupRepository {

    private static final String COLUMNS = """
            id, name, item_order, show_in_frequencies, show_in_age_limits, version, created_at, updated_at,
            deleted_at, od_num""";

    /** Without codes: those come from {@link #codesOf} in one more query for any number of groups. */
    private static final RowMapper<CodeGroup> CODE_GROUP = (rs, n) -> new CodeGroup(
            Rows.uuid(rs, "id"),
            rs.getString("name"),
            List.of(),
            rs.getInt("item_order"),
            rs.getBoolean("show_in_frequencies"),
            rs.getBoolean("show_in_age_limits"),
            rs.getInt("version"),
            Rows.instant(rs, "created_at"),
            Rows.instant(rs, "updated_at"),
            Rows.instant(rs, "deleted_at"),
            Rows.odNum(rs));

    private final JdbcClient jdbc;

    CodeGroupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CodeGroup> find(UUID org, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from code_group where org_id = :org and id = :id")
                .param("org", org)
                .param("id", id)
                .query(CODE_GROUP)
                .optional();
    }

    /** Groups among {@code ids}, archived ones included, in list order. */
    List<CodeGroup> findAll(UUID org, Collection<UUID> ids) {
        return jdbc.sql("select " + COLUMNS + " from code_group where org_id = :org and id = any(:ids) "
                        + "order by item_order, id")
                .param("org", org)
                .param("ids", ids.toArray(UUID[]::new))
                .query(CODE_GROUP)
                .list();
    }

    Page<CodeGroup> findAll(UUID org, CodeGroupService.Filter filter, PageRequest page) {
        return Paged.query(
                () -> jdbc.sql("select " + COLUMNS + ", count(*) over () as total from code_group" + """
                         where org_id = :org and deleted_at is null
                           and (cast(:search as text) is null or name ilike :search)
                         order by item_order, id
                         limit :limit offset :offset
                        """)
                        .param("org", org)
                        .param("search", Like.contains(filter.search())),
                page,
                CODE_GROUP);
    }

    /** The codes of each group, in code order; a group without codes is absent from the map. */
    Map<UUID, List<String>> codesOf(UUID org, Collection<UUID> groupIds) {
        var codes = new LinkedHashMap<UUID, List<String>>();
        jdbc.sql("""
                select code_group_id, code from code_group_code
                where org_id = :org and code_group_id = any(:ids)
                order by code_group_id, code
                """)
                .param("org", org)
                .param("ids", groupIds.toArray(UUID[]::new))
                .query((rs, n) -> codes.computeIfAbsent(Rows.uuid(rs, "code_group_id"), id -> new ArrayList<>())
                        .add(rs.getString("code")))
                .list();
        return codes;
    }

    boolean liveNameTaken(UUID org, String name, UUID exceptId) {
        return jdbc.sql("""
                select exists (select 1 from code_group
                               where org_id = :org and lower(name) = lower(:name) and deleted_at is null
                                 and id <> :except)
                """)
                .param("org", org)
                .param("name", name)
                .param("except", exceptId)
                .query(Boolean.class)
                .single();
    }

    Integer nextOrder(UUID org) {
        return jdbc.sql("""
                select coalesce(max(item_order), -1) + 1 from code_group
                where org_id = :org and deleted_at is null
                """).param("org", org).query(Integer.class).single();
    }

    CodeGroup insert(UUID org, CodeGroup g) {
        return jdbc.sql("""
                insert into code_group (org_id, id, name, item_order, show_in_frequencies, show_in_age_limits)
                values (:org, :id, :name, :itemOrder, :showInFrequencies, :showInAgeLimits)
                returning
                """ + COLUMNS).params(params(org, g)).query(CODE_GROUP).single();
    }

    /** Seeds groups in one statement; the i-th entry of each array describes one group. */
    void insertAll(UUID org, List<CodeGroup> groups) {
        jdbc.sql("""
                insert into code_group (org_id, id, name, item_order, show_in_frequencies, show_in_age_limits)
                select :org, id, name, item_order, show_in_frequencies, show_in_age_limits
                from unnest(cast(:ids as uuid[]), cast(:names as text[]), cast(:orders as integer[]),
                            cast(:frequencies as boolean[]), cast(:ageLimits as boolean[]))
                     as d (id, name, item_order, show_in_frequencies, show_in_age_limits)
                """)
                .param("org", org)
                .param("ids", groups.stream().map(CodeGroup::id).toArray(UUID[]::new))
                .param("names", groups.stream().map(CodeGroup::name).toArray(String[]::new))
                .param("orders", groups.stream().map(CodeGroup::itemOrder).toArray(Integer[]::new))
                .param(
                        "frequencies",
                        groups.stream().map(CodeGroup::showInFrequencies).toArray(Boolean[]::new))
                .param(
                        "ageLimits",
                        groups.stream().map(CodeGroup::showInAgeLimits).toArray(Boolean[]::new))
                .update();
    }

    /** Writes every mutable column; empty when {@code baseVersion} is no longer current. */
    Optional<CodeGroup> update(UUID org, CodeGroup g, int baseVersion) {
        var params = params(org, g);
        params.put("baseVersion", baseVersion);
        return jdbc.sql("""
                update code_group set name = :name, item_order = :itemOrder,
                    show_in_frequencies = :showInFrequencies, show_in_age_limits = :showInAgeLimits,
                    version = version + 1, updated_at = now()
                where org_id = :org and id = :id and version = :baseVersion
                returning
                """ + COLUMNS).params(params).query(CODE_GROUP).optional();
    }

    /** Makes the group's codes exactly {@code codes}: two statements, whatever their number. */
    void replaceCodes(UUID org, UUID groupId, Collection<String> codes) {
        jdbc.sql("delete from code_group_code where org_id = :org and code_group_id = :group and code <> all(:codes)")
                .param("org", org)
                .param("group", groupId)
                .param("codes", codes.toArray(String[]::new))
                .update();
        jdbc.sql("""
                insert into code_group_code (org_id, code_group_id, code)
                select :org, :group, code from unnest(cast(:codes as text[])) as c (code)
                on conflict do nothing
                """)
                .param("org", org)
                .param("group", groupId)
                .param("codes", codes.toArray(String[]::new))
                .update();
    }

    /**
     * Adds codes to the live groups with the given names (compared case-insensitively), leaving codes already there
     * alone; each group that gained a code gets a new version. The i-th name and i-th code form one pair. Answers
     * the number of codes added.
     */
    /** Ids of the groups that gained a code. */
    List<UUID> addToNamedGroups(UUID org, List<String> names, List<String> codes) {
        return jdbc.sql("""
                with added as (
                  insert into code_group_code (org_id, code_group_id, code)
                  select g.org_id, g.id, d.code
                  from unnest(cast(:names as text[]), cast(:codes as text[])) as d (name, code)
                  join code_group g on g.org_id = :org and lower(g.name) = lower(d.name) and g.deleted_at is null
                  on conflict do nothing
                  returning code_group_id
                ), bumped as (
                  update code_group set version = version + 1, updated_at = now()
                  where org_id = :org and id in (select code_group_id from added)
                )
                select distinct code_group_id from added
                """)
                .param("org", org)
                .param("names", names.toArray(String[]::new))
                .param("codes", codes.toArray(String[]::new))
                .query(UUID.class)
                .list();
    }

    boolean archive(UUID org, UUID id) {
        return jdbc.sql("""
                update code_group set deleted_at = now(), updated_at = now(), version = version + 1
                where org_id = :org and id = :id and deleted_at is null
                """).param("org", org).param("id", id).update() == 1;
    }

    private static Map<String, Object> params(UUID org, CodeGroup g) {
        var p = new HashMap<String, Object>();
        p.put("org", org);
        p.put("id", g.id());
        p.put("name", g.name());
        p.put("itemOrder", g.itemOrder());
        p.put("showInFrequencies", g.showInFrequencies());
        p.put("showInAgeLimits", g.showInAgeLimits());
        return p;
    }
}
