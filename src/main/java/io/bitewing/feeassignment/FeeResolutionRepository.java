package io.bitewing.feeassignment;

import io.bitewing.feeassignment.FeeAssignment.Kind;
import io.bitewing.feeassignment.FeeAssignmentRepository.Candidate;
import io.bitewing.shared.db.Rows;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reads resolution needs: the assignments that could fill a slot, and a fee within a schedule. */
@Repository
class FeeResolutionRepository {

    /** A fee found for a code (read model over the fee schedule module's table). */
    record FoundFee(UUID id, BigDecimal amount, UUID clinicId, UUID providerId, LocalDate dateEffective) {}

    private final JdbcClient jdbc;

    FeeResolutionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Live assignments in force on {@code date} at the location for the kinds, at any level that can apply: the
     * plan's own, the carrier's (no plan), the location default (neither). Ordered plan, carrier, location.
     */
    List<Candidate> findCandidates(UUID org, UUID locationId, Collection<Kind> kinds, UUID planId, UUID carrierId,
            LocalDate date) {
        return jdbc.sql(FeeAssignmentRepository.SELECT + FeeAssignmentRepository.FROM + """
                 where a.org_id = :org and a.location_id = :location and a.assignment_kind = any(:kinds)
                   and a.deleted_at is null and a.effective_start <= :date
                   and (a.effective_end is null or a.effective_end >= :date)
                   and (a.plan_id = cast(:plan as uuid)
                        or (a.plan_id is null and a.carrier_id = cast(:carrier as uuid))
                        or (a.plan_id is null and a.carrier_id is null))
                 order by a.assignment_kind, a.plan_id is null, a.carrier_id is null, a.effective_start desc, a.id
                """)
                .param("org", org).param("location", locationId)
                .param("kinds", kinds.stream().map(Kind::name).toArray(String[]::new))
                .param("plan", planId).param("carrier", carrierId).param("date", date)
                .query(FeeAssignmentRepository.CANDIDATE).list();
    }

    /**
     * The fee for a code in a schedule on a date: clinic and provider, then clinic, then provider, then plain; the
     * latest date_effective not after the date within each.
     */
    Optional<FoundFee> findFee(UUID org, UUID scheduleId, UUID procedureCodeId, UUID clinicId, UUID providerId,
            LocalDate date) {
        return jdbc.sql("""
                select id, amount, clinic_id, provider_id, date_effective from fee
                where org_id = :org and fee_schedule_id = :schedule and procedure_code_id = :code
                  and date_effective <= :date
                  and (clinic_id is null or clinic_id = cast(:clinic as uuid))
                  and (provider_id is null or provider_id = cast(:provider as uuid))
                order by clinic_id is null, provider_id is null, date_effective desc
                limit 1
                """)
                .param("org", org).param("schedule", scheduleId).param("code", procedureCodeId)
                .param("clinic", clinicId).param("provider", providerId).param("date", date)
                .query((rs, n) -> new FoundFee(Rows.uuid(rs, "id"), rs.getBigDecimal("amount"),
                        Rows.uuid(rs, "clinic_id"), Rows.uuid(rs, "provider_id"), Rows.date(rs, "date_effective")))
                .optional();
    }
}
