package io.bitewing.feeassignment;

import io.bitewing.support.ApiTestSupport.Org;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fee schedules and fees written straight into their tables, until the fee schedule endpoints exist; locations,
 * providers and procedure codes through the API.
 */
final class FeeFixtures {

    private final JdbcClient jdbc;
    private final Org org;

    FeeFixtures(JdbcClient jdbc, Org org) {
        this.jdbc = jdbc;
        this.org = org;
    }

    String schedule(String name, String type, String purpose) {
        UUID id = UUID.randomUUID();
        jdbc.sql(
                        "insert into fee_schedule (org_id, id, name, fee_sched_type, purpose) values (:org, :id, :name, :type, :purpose)")
                .param("org", org.id())
                .param("id", id)
                .param("name", name)
                .param("type", type)
                .param("purpose", purpose)
                .update();
        return id.toString();
    }

    String office(String name) {
        return schedule(name, "normal", "office");
    }

    String insurance(String name) {
        return schedule(name, "normal", "insurance");
    }

    void archiveSchedule(String id) {
        jdbc.sql("update fee_schedule set deleted_at = now(), status = 'archived' where org_id = :org and id = :id")
                .param("org", org.id())
                .param("id", UUID.fromString(id))
                .update();
    }

    void fee(String schedule, String code, String clinic, String provider, LocalDate from, String amount) {
        jdbc.sql("""
                insert into fee (org_id, id, fee_schedule_id, procedure_code_id, clinic_id, provider_id, date_effective, amount)
                values (:org, :id, :schedule, :code, :clinic, :provider, :from, :amount)
                """)
                .param("org", org.id())
                .param("id", UUID.randomUUID())
                .param("schedule", UUID.fromString(schedule))
                .param("code", UUID.fromString(code))
                .param("clinic", clinic == null ? null : UUID.fromString(clinic))
                .param("provider", provider == null ? null : UUID.fromString(provider))
                .param("from", from)
                .param("amount", new BigDecimal(amount))
                .update();
    }

    String location(String name) {
        return org.practice()
                .body(Map.of("name", name))
                .post("/locations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    String provider(String last) {
        return org.practice()
                .body(Map.of("first_name", "Pat", "last_name", last))
                .post("/providers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    String code(String code) {
        return org.practice()
                .body(Map.of("code", code, "description", "Procedure " + code))
                .post("/procedure-codes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
