package io.bitewing.estimate;

import static io.bitewing.estimate.EstimateFixtures.benefit;
import static io.bitewing.estimate.EstimateFixtures.plan;
import static io.bitewing.estimate.EstimateFixtures.schedule;
import static io.bitewing.estimate.EstimateFixtures.setup;
import static io.bitewing.support.CoverageFixtures.category;
import static io.bitewing.support.CoverageFixtures.codeGroup;
import static io.bitewing.support.CoverageFixtures.patientPlan;
import static io.bitewing.support.CoverageFixtures.subscription;
import static org.assertj.core.api.Assertions.assertThat;

import io.bitewing.shared.auth.Tenant;
import io.bitewing.support.ApiTestSupport;
import io.bitewing.support.StatementCounter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An estimate loads what it needs in a fixed number of statements: more procedures, history rows or benefit rows
 * never add one; each coverage adds a fixed few (estimation inputs of issue 5, docs/decisions.md "Queries").
 */
class EstimateQueryCountTest extends ApiTestSupport {

    @Autowired
    EstimateService estimates;

    private static final List<String> CODES = List.of("D0120", "D2391", "D2740");

    private int statements(EstimateFixtures s, int procedures) {
        var planned = new ArrayList<EstimateRequests.Procedure>();
        for (int i = 0; i < procedures; i++) {
            planned.add(new EstimateRequests.Procedure(
                    "p" + i,
                    CODES.get(i % CODES.size()),
                    null,
                    1,
                    null,
                    String.valueOf(i % 32 + 1),
                    null,
                    null,
                    null,
                    null));
        }
        var body = new EstimateRequests.Create(
                UUID.fromString(s.patient()), null, LocalDate.parse(EstimateFixtures.AS_OF), null, null, null, planned);
        var counted = StatementCounter.count(
                () -> estimates.estimate(new Tenant(s.org().id(), null), body));
        assertThat(counted.result().procedures()).hasSize(procedures);
        return counted.statements();
    }

    private int remainingStatements(EstimateFixtures s) {
        return StatementCounter.count(() -> estimates.remaining(
                        new Tenant(s.org().id(), null),
                        UUID.fromString(s.patient()),
                        LocalDate.parse(EstimateFixtures.AS_OF)))
                .statements();
    }

    @Test
    void anEstimateTakesTheSameStatementsForOneProcedureOrFiftyAndForOneCoverageOrTwo() {
        var s = setup(newOrg(), "ppo_percentage");
        int one = statements(s, 1);
        int fifty = statements(s, 50);
        int remainingOne = remainingStatements(s);

        // History rows and more benefit rows add nothing per row; a code group in the benefits adds its codes' lookup
        // and the benefit module's own containment check.
        for (int i = 1; i <= 20; i++) {
            s.history(
                    s.patientPlan(),
                    "procedure_code",
                    CODES.get(i % CODES.size()),
                    "date_of_service",
                    "2026-02-" + String.format("%02d", i),
                    "insurance_paid",
                    10,
                    "status",
                    "received");
        }
        benefit(
                s.org(),
                s.plan(),
                "benefit_type",
                "limitation",
                "code_group_uuid",
                codeGroup(s.org(), "Prophy"),
                "quantity_qualifier",
                "number_of_services",
                "quantity",
                2,
                "time_period",
                "calendar_year");
        int withHistoryAndGroups = statements(s, 50);

        String globex = plan(s.org(), "Globex", "category_percentage", "Globex");
        benefit(
                s.org(),
                globex,
                "benefit_type",
                "coinsurance",
                "coverage_category_uuid",
                category(s.org(), "Restorative"),
                "percent",
                50);
        // Plans, benefits and fee slots are each read for all coverages at once: a second coverage adds nothing.
        String second = patientPlan(s.org(), s.patient(), subscription(s.org(), globex, s.patient(), "G-1"), "self");
        int twoCoverages = statements(s, 50);

        // A patient plan's own fee schedule is read once to learn which slot it fills.
        String fees = schedule(s.org(), "Patient fees", "normal", "insurance");
        s.org()
                .api()
                .body(Map.of("base_version", 1, "fee_schedule_uuid", fees))
                .patch("/patients/" + s.patient() + "/insurance/" + second)
                .then()
                .statusCode(200);
        int withOverride = statements(s, 50);

        assertThat(List.of(
                        one,
                        fifty,
                        remainingOne,
                        withHistoryAndGroups,
                        twoCoverages,
                        withOverride,
                        remainingStatements(s)))
                // One statement more since estimates read the eligibility records (all coverages at once).
                .containsExactly(12, 12, 8, 14, 14, 15, 10);
    }
}
