package io.bitewing.plan;

import io.bitewing.practice.procedurecode.ProcedureCode.SubstitutionCondition;
import io.bitewing.shared.db.Rows;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PlanSubstitutionRepository {

    private static final String COLUMNS =
            "id, plan_id, code, substitute_code, condition, version, created_at, updated_at, deleted_at";

    private static final RowMapper<PlanSubstitution> SUBSTITUTION = (rs, n) -> new PlanSubstitution(
            Rows.uuid(rs, "id"),
            Rows.uuid(rs, "plan_id"),
            rs.getString("code"),
            rs.getString("substitute_code"),
            Rows.enumeration(rs, "condition", SubstitutionCondition.class),
            rs.getInt("version"),
            Rows.instant(rs, "created_at"),
            Rows.instant(rs, "updated_at"),
            Rows.instant(rs, "deleted_at"));

    private final JdbcClient jdbc;

    PlanSubstitutionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PlanSubstitution> findLive(UUID org, UUID planId) {
        return jdbc.sql("select " + COLUMNS + """
                 from plan_substitution
                where org_id = :org and plan_id = :plan and deleted_at is null
                order by code, id
                """)
                .param("org", org)
                .param("plan", planId)
                .query(SUBSTITUTION)
                .list();
    }

    Optional<PlanSubstitution> find(UUID org, UUID planId, UUID id) {
        return jdbc.sql("select " + COLUMNS
                        + " from plan_substitution where org_id = :org and plan_id = :plan and id = :id")
                .param("org", org)
                .param("plan", planId)
                .param("id", id)
                .query(SUBSTITUTION)
                .optional();
    }

    boolean liveCodeTaken(UUID org, UUID planId, String code) {
        return jdbc.sql("""
                select exists (select 1 from plan_substitution
                               where org_id = :org and plan_id = :plan and code = :code and deleted_at is null)
                """)
                .param("org", org)
                .param("plan", planId)
                .param("code", code)
                .query(Boolean.class)
                .single();
    }

    PlanSubstitution insert(
            UUID org, UUID id, UUID planId, String code, String substitute, SubstitutionCondition condition) {
        return jdbc.sql("""
                insert into plan_substitution (org_id, id, plan_id, code, substitute_code, condition)
                values (:org, :id, :plan, :code, :substitute, :condition)
                returning
                """ + COLUMNS)
                .param("org", org)
                .param("id", id)
                .param("plan", planId)
                .param("code", code)
                .param("substitute", substitute)
                .param("condition", condition.name())
                .query(SUBSTITUTION)
                .single();
    }

    Optional<PlanSubstitution> update(
            UUID org, UUID id, String substitute, SubstitutionCondition condition, int baseVersion) {
        return jdbc.sql("""
                update plan_substitution set substitute_code = :substitute, condition = :condition,
                    version = version + 1, updated_at = now()
                where org_id = :org and id = :id and version = :baseVersion and deleted_at is null
                returning
                """ + COLUMNS)
                .param("org", org)
                .param("id", id)
                .param("substitute", substitute)
                .param("condition", condition.name())
                .param("baseVersion", baseVersion)
                .query(SUBSTITUTION)
                .optional();
    }

    boolean delete(UUID org, UUID id) {
        return jdbc.sql("""
                update plan_substitution set deleted_at = now(), updated_at = now(), version = version + 1
                where org_id = :org and id = :id and deleted_at is null
                """).param("org", org).param("id", id).update() == 1;
    }
}
