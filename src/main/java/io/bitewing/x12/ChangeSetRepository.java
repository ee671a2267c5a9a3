package io.bitewing.x12;

import io.bitewing.shared.db.Rows;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class ChangeSetRepository {

    record Header(
            UUID id,
            UUID interchangeId,
            UUID patientPlanId,
            UUID insurancePlanId,
            UUID verificationId,
            int baseVersion,
            String status,
            List<OtherPayer> otherPayers,
            java.time.Instant appliedAt,
            java.time.Instant createdAt) {}

    /** An item to insert; {@code proposed} and {@code current} are JSON text or null. */
    record NewItem(
            UUID id,
            int ordinal,
            String kind,
            int position,
            String segment,
            String reason,
            String notes,
            String proposed,
            UUID currentBenefitId,
            String current) {}

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final JsonMapper json;

    ChangeSetRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    void insert(UUID org, Header h) {
        jdbc.sql("""
                insert into x12_change_set (org_id, id, interchange_id, patient_plan_id, insurance_plan_id,
                    verification_id, base_version, other_payers)
                values (:org, :id, :interchange, :patientPlan, :plan, :verification, :baseVersion,
                    cast(:otherPayers as jsonb))
                """)
                .param("org", org)
                .param("id", h.id())
                .param("interchange", h.interchangeId())
                .param("patientPlan", h.patientPlanId())
                .param("plan", h.insurancePlanId())
                .param("verification", h.verificationId())
                .param("baseVersion", h.baseVersion())
                .param("otherPayers", json.writeValueAsString(h.otherPayers()))
                .update();
    }

    void insertItems(UUID org, UUID changeSetId, List<NewItem> items) {
        var rows = items.stream()
                .map(i -> new MapSqlParameterSource()
                        .addValue("org", org)
                        .addValue("set", changeSetId)
                        .addValue("id", i.id())
                        .addValue("ordinal", i.ordinal())
                        .addValue("kind", i.kind())
                        .addValue("position", i.position())
                        .addValue("segment", i.segment())
                        .addValue("reason", i.reason())
                        .addValue("notes", i.notes())
                        .addValue("proposed", i.proposed())
                        .addValue("current", i.current())
                        .addValue("currentBenefit", i.currentBenefitId()))
                .toArray(MapSqlParameterSource[]::new);
        batch.batchUpdate("""
                insert into x12_change_item (org_id, id, change_set_id, ordinal, kind, segment_position, segment_text,
                    reason, notes, proposed, current_benefit_id, current)
                values (:org, :id, :set, :ordinal, :kind, :position, :segment, :reason, cast(:notes as jsonb),
                    cast(:proposed as jsonb), :currentBenefit, cast(:current as jsonb))
                """, rows);
    }

    Optional<Header> find(UUID org, UUID id, boolean lock) {
        return jdbc.sql("""
                select id, interchange_id, patient_plan_id, insurance_plan_id, verification_id, base_version, status,
                       other_payers::text as other_payers, applied_at, created_at
                from x12_change_set where org_id = :org and id = :id
                """ + (lock ? " for update" : ""))
                .param("org", org)
                .param("id", id)
                .query((rs, n) -> new Header(
                        Rows.uuid(rs, "id"),
                        Rows.uuid(rs, "interchange_id"),
                        Rows.uuid(rs, "patient_plan_id"),
                        Rows.uuid(rs, "insurance_plan_id"),
                        Rows.uuid(rs, "verification_id"),
                        rs.getInt("base_version"),
                        rs.getString("status"),
                        json.readValue(rs.getString("other_payers"), new TypeReference<List<OtherPayer>>() {}),
                        Rows.instant(rs, "applied_at"),
                        Rows.instant(rs, "created_at")))
                .optional();
    }

    List<ChangeSet.ChangeItem> items(UUID org, UUID changeSetId) {
        return jdbc.sql("""
                select id, ordinal, kind, segment_position, segment_text, reason, notes::text as notes,
                       proposed::text as proposed, current_benefit_id, current::text as current, applied_at
                from x12_change_item where org_id = :org and change_set_id = :set
                order by ordinal
                """)
                .param("org", org)
                .param("set", changeSetId)
                .query((rs, n) -> new ChangeSet.ChangeItem(
                        Rows.uuid(rs, "id"),
                        rs.getInt("ordinal"),
                        rs.getString("kind"),
                        rs.getInt("segment_position"),
                        rs.getString("segment_text"),
                        rs.getString("reason"),
                        json.readValue(rs.getString("notes"), new TypeReference<List<String>>() {}),
                        map(rs.getString("proposed")),
                        Rows.uuid(rs, "current_benefit_id"),
                        map(rs.getString("current")),
                        Rows.instant(rs, "applied_at")))
                .list();
    }

    void markApplied(UUID org, UUID changeSetId, List<UUID> itemIds) {
        jdbc.sql("""
                update x12_change_item set applied_at = now()
                where org_id = :org and change_set_id = :set and id = any(:items)
                """)
                .param("org", org)
                .param("set", changeSetId)
                .param("items", itemIds.toArray(UUID[]::new))
                .update();
        jdbc.sql("""
                update x12_change_set set status = 'applied', applied_at = now()
                where org_id = :org and id = :set
                """).param("org", org).param("set", changeSetId).update();
    }

    private Map<String, Object> map(String text) {
        return text == null ? null : json.readValue(text, new TypeReference<Map<String, Object>>() {});
    }
}
