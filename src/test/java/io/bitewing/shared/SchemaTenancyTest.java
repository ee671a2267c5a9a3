package io.bitewing.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitewing.support.ApiTestSupport;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every table carries org_id, and every key of every table leads with it, so no row can point across tenants. */
class SchemaTenancyTest extends ApiTestSupport {

    /**
     * Tables outside the tenancy rule: the organisations themselves, Flyway's history, and db-scheduler's job table
     * (the library owns its layout and polls it across organisations; a job's data names its organisation, and the
     * job works only on that organisation's rows).
     */
    private static final String EXEMPT = "('org', 'flyway_schema_history', 'scheduled_tasks')";

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyTableHasAnOrgIdColumn() {
        List<String> missing = jdbc.sql("""
                select t.table_name from information_schema.tables t
                where t.table_schema = 'public' and t.table_type = 'BASE TABLE'
                  and t.table_name not in """ + EXEMPT + """
                  and not exists (select 1 from information_schema.columns c
                                  where c.table_schema = 'public' and c.table_name = t.table_name
                                    and c.column_name = 'org_id' and c.is_nullable = 'NO')
                """).query(String.class).list();
        assertThat(missing).isEmpty();
    }

    @Test
    void everyPrimaryUniqueAndForeignKeyLeadsWithOrgId() {
        List<String> offenders =
                jdbc.sql("""
                select rel.relname || '.' || con.conname
                from pg_constraint con
                join pg_class rel on rel.oid = con.conrelid
                join pg_namespace ns on ns.oid = rel.relnamespace
                join pg_attribute att on att.attrelid = con.conrelid and att.attnum = con.conkey[1]
                where ns.nspname = 'public' and con.contype in ('p', 'u', 'f')
                  and rel.relname not in """ + EXEMPT + """
                  and att.attname <> 'org_id'
                union all
                select tbl.relname || '.' || idx.relname
                from pg_index i
                join pg_class idx on idx.oid = i.indexrelid
                join pg_class tbl on tbl.oid = i.indrelid
                join pg_namespace ns on ns.oid = tbl.relnamespace
                left join pg_attribute att on att.attrelid = i.indrelid and att.attnum = i.indkey[0]
                where ns.nspname = 'public' and i.indisunique
                  and tbl.relname not in """ + EXEMPT + """
                  and coalesce(att.attname, '') <> 'org_id'
                """).query(String.class).list();
        assertThat(offenders).isEmpty();
    }

    @Test
    void everyForeignKeyToAnotherTenantTableIsComposite() {
        List<String> single = jdbc.sql("""
                select rel.relname || '.' || con.conname
                from pg_constraint con
                join pg_class rel on rel.oid = con.conrelid
                join pg_class ref on ref.oid = con.confrelid
                join pg_namespace ns on ns.oid = rel.relnamespace
                where ns.nspname = 'public' and con.contype = 'f' and ref.relname <> 'org'
                  and array_length(con.conkey, 1) < 2
                """).query(String.class).list();
        assertThat(single).isEmpty();
    }
}
