package io.bitewing.shared;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One hash over every row an organisation owns, in every table that has {@code org_id}: any insert, update or
 * delete changes it. Tables are found from the catalogue, so new modules are covered without editing this class.
 */
final class OrgFingerprint {

    private final JdbcClient jdbc;
    private final String sql;

    OrgFingerprint(JdbcClient jdbc) {
        this.jdbc = jdbc;
        List<String> tables = jdbc.sql("""
                select c.table_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = 'public' and c.column_name = 'org_id' and t.table_type = 'BASE TABLE'
                order by c.table_name
                """).query(String.class).list();
        this.sql = "select concat_ws(',', "
                + String.join(
                        ", ", tables.stream().map(table -> """
                (select '%1$s:' || count(*) || ':' || coalesce(md5(string_agg(r::text, '|' order by r::text)), '')
                 from "%1$s" r where r.org_id = :org)""".formatted(table)).toList()) + ")";
    }

    String of(UUID org) {
        return jdbc.sql(sql).param("org", org).query(String.class).single();
    }
}
