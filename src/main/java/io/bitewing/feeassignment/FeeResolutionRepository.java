package io.bitewing.feeassignment;

import io.bitewing.feeassignment.FeeAssignment.Kind;
import io.bitewing.feeassignment.FeeAssignmentRepository.Candidate;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The assignments that could fill a slot; the fee within a schedule comes from the fee schedule module. */
@Repository
class FeeResolutionRepository {

    private final JdbcClient jdbc;

    FeeResolutionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Live assignments in force on {@code date} at the location for the kinds, at any level that can apply: the
     * plan's own, the carrier's (no plan), the location default (neither). Ordered plan, carrier, location.
     */
    List<Candidate> findCandidates(
            UUID org, UUID locationId, Collection<Kind> kinds, UUID planId, UUID carrierId, LocalDate date) {
        return findCandidates(
                org,
                locationId,
                kinds,
                planId == null ? List.of() : List.of(planId),
                carrierId == null ? List.of() : List.of(carrierId),
                date);
    }

    /**
     * The same for several plans and carriers in one query; a candidate's plan or carrier (or neither, a location
     * default) says which of them it can apply to.
     */
    List<Candidate> findCandidates(
            UUID org,
            UUID locationId,
            Collection<Kind> kinds,
            Collection<UUID> planIds,
            Collection<UUID> carrierIds,
            LocalDate date) {
        return jdbc.sql(FeeAssignmentRepository.SELECT + FeeAssignmentRepository.FROM + """
                 where a.org_id = :org and a.location_id = :location and a.assignment_kind = any(:kinds)
                   and a.deleted_at is null and a.effective_start <= :date
                   and (a.effective_end is null or a.effective_end >= :date)
                   and (a.plan_id = any(:plans)
                        or (a.plan_id is null and a.carrier_id = any(:carriers))
                        or (a.plan_id is null and a.carrier_id is null))
                 order by a.assignment_kind, a.plan_id is null, a.carrier_id is null, a.effective_start desc, a.id
                """)
                .param("org", org)
                .param("location", locationId)
                .param("kinds", kinds.stream().map(Kind::name).toArray(String[]::new))
                .param("plans", planIds.toArray(UUID[]::new))
                .param("carriers", carrierIds.toArray(UUID[]::new))
                .param("date", date)
                .query(FeeAssignmentRepository.CANDIDATE)
                .list();
    }
}
