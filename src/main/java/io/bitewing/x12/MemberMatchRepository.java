package io.bitewing.x12;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read model that finds the patient plan an X12 document speaks of: the subscription's member id, the covered
 * patient's name and, when given, birth date. Reads across patient, subscription and patient plan; writes nothing.
 */
@Repository
class MemberMatchRepository {

    private final JdbcClient jdbc;

    MemberMatchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Live patient plans with this member id whose patient has this last name (and first name and birth date when given). */
    List<UUID> find(UUID org, String memberId, String lastName, String firstName, LocalDate birthDate) {
        return jdbc.sql("""
                select pp.id
                from patient_plan pp
                join subscription s on s.org_id = pp.org_id and s.id = pp.subscription_id
                join patient p on p.org_id = pp.org_id and p.id = pp.patient_id
                where pp.org_id = :org and pp.deleted_at is null and s.deleted_at is null
                  and upper(s.subscriber_id_number) = upper(:member)
                  and upper(p.last_name) = upper(:last)
                  and (cast(:first as text) is null or upper(p.first_name) = upper(:first))
                  and (cast(:birth as date) is null or p.birthdate = :birth)
                order by pp.status = 'inactive', pp.ordinal, pp.id
                """)
                .param("org", org)
                .param("member", memberId)
                .param("last", lastName)
                .param("first", firstName == null || firstName.isBlank() ? null : firstName)
                .param("birth", birthDate)
                .query(UUID.class)
                .list();
    }
}
