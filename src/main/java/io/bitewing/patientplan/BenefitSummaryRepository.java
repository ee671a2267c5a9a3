package io.bitewing.patientplan;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The benefit totals a patient plan shows, read from the plans' benefit rows. */
@Repository
class BenefitSummaryRepository {

    private final JdbcClient jdbc;

    BenefitSummaryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Totals per insurance plan; plans without benefit rows are absent. */
    Map<UUID, BenefitsSummary> forPlans(UUID org, Collection<UUID> planIds) {
        return Map.of();
    }
}
