package io.bitewing.opendental;

import io.bitewing.shared.db.Rows;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Between the integer numbers Open Dental clients name rows by and the uuids the services take. Reads the
 * {@code od_num} column each owning table carries; writes nothing.
 */
@Repository
class OdNumberRepository {

    /** The tables that carry a number; each constant's table name is fixed text, safe in SQL. */
    enum Numbered {
        BENEFIT("benefit"),
        PLAN("insurance_plan"),
        SUBSCRIPTION("subscription"),
        PATIENT_PLAN("patient_plan"),
        CARRIER("carrier"),
        CATEGORY("coverage_category"),
        PROCEDURE_CODE("procedure_code"),
        PATIENT("patient"),
        CODE_GROUP("code_group");

        private final String table;

        Numbered(String table) {
            this.table = table;
        }
    }

    private final JdbcClient jdbc;

    OdNumberRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The uuid of the organisation's row with this number, archived or not; empty for another's or none. */
    Optional<UUID> idOf(UUID org, Numbered kind, long num) {
        return jdbc.sql("select id from " + kind.table + " where org_id = :org and od_num = :num")
                .param("org", org)
                .param("num", num)
                .query((rs, n) -> Rows.uuid(rs, "id"))
                .optional();
    }

    /** The numbers of these rows, in one query. */
    Map<UUID, Long> numsOf(UUID org, Numbered kind, Collection<UUID> ids) {
        var nums = new HashMap<UUID, Long>();
        if (ids.isEmpty()) {
            return nums;
        }
        jdbc.sql("select id, od_num from " + kind.table + " where org_id = :org and id = any(:ids)")
                .param("org", org)
                .param("ids", ids.stream().distinct().toArray(UUID[]::new))
                .query((rs, n) -> nums.put(Rows.uuid(rs, "id"), rs.getLong("od_num")))
                .list();
        return nums;
    }
}
