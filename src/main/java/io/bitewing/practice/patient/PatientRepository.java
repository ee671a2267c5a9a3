package io.bitewing.practice.patient;

import io.bitewing.practice.patient.Patient.Gender;
import io.bitewing.shared.db.Like;
import io.bitewing.shared.db.Paged;
import io.bitewing.shared.db.Rows;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Sort;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PatientRepository {

    /** Name sorts compare the full name, so namesakes by last name fall in first-name order. */
    private static final String COLUMNS = """
            id, first_name, last_name, middle_name, birthdate, gender, address_line1, address_line2, city, state,
            zip_code, phone, email, version, created_at, updated_at, deleted_at, od_num""";

    private static final RowMapper<Patient> PATIENT = (rs, n) -> new Patient(
            Rows.uuid(rs, "id"),
            rs.getString("first_name"),
            rs.getString("last_name"),
            rs.getString("middle_name"),
            Rows.date(rs, "birthdate"),
            Rows.enumeration(rs, "gender", Gender.class),
            rs.getString("address_line1"),
            rs.getString("address_line2"),
            rs.getString("city"),
            rs.getString("state"),
            rs.getString("zip_code"),
            rs.getString("phone"),
            rs.getString("email"),
            rs.getInt("version"),
            Rows.instant(rs, "created_at"),
            Rows.instant(rs, "updated_at"),
            Rows.instant(rs, "deleted_at"),
            Rows.odNum(rs));

    private final JdbcClient jdbc;

    PatientRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Patient> find(UUID org, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from patient where org_id = :org and id = :id")
                .param("org", org)
                .param("id", id)
                .query(PATIENT)
                .optional();
    }

    /** Patients among {@code ids}, archived ones included; unknown ids are simply absent. */
    List<Patient> findAll(UUID org, Collection<UUID> ids) {
        return jdbc.sql("select " + COLUMNS + " from patient where org_id = :org and id = any(:ids)")
                .param("org", org)
                .param("ids", ids.toArray(UUID[]::new))
                .query(PATIENT)
                .list();
    }

    /** Live patients; {@code namePattern} is an ILIKE pattern from {@code PersonName.searchPattern}. */
    Page<Patient> findAll(UUID org, String namePattern, Sort sort, PageRequest page) {
        return Paged.query(
                () -> jdbc.sql("select " + COLUMNS + ", count(*) over () as total from patient"
                                + """
                         where org_id = :org and deleted_at is null
                           and (cast(:search as text) is null
                                or (last_name || ', ' || first_name || ' ' || first_name || ' ' || last_name)
                                   ilike :search)
                        """
                                + " order by " + sort.orderBy() + " limit :limit offset :offset")
                        .param("org", org)
                        .param("search", namePattern),
                page,
                PATIENT);
    }

    /** One page of {@code search}'s matches by number; blank name parts match everyone. */
    List<Patient> search(UUID org, PatientService.Search search, int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from patient" + """
                 where org_id = :org and (:includeArchived or deleted_at is null)
                   and (cast(:lastName as text) is null or last_name ilike :lastName)
                   and (cast(:firstName as text) is null or first_name ilike :firstName)
                   and (cast(:birthdate as date) is null or birthdate = :birthdate)
                   and (cast(:changedSince as timestamptz) is null or updated_at >= :changedSince)
                 order by od_num limit :limit offset :offset
                """)
                .param("org", org)
                .param("includeArchived", search.includeArchived())
                .param("lastName", Like.contains(search.lastName()))
                .param("firstName", Like.contains(search.firstName()))
                .param("birthdate", search.birthdate())
                .param(
                        "changedSince",
                        search.changedSince() == null
                                ? null
                                : search.changedSince().atOffset(ZoneOffset.UTC))
                .param("limit", limit)
                .param("offset", offset)
                .query(PATIENT)
                .list();
    }

    Patient insert(UUID org, Patient p) {
        return jdbc.sql("""
                insert into patient (org_id, id, first_name, last_name, middle_name, birthdate, gender, address_line1,
                    address_line2, city, state, zip_code, phone, email)
                values (:org, :id, :firstName, :lastName, :middleName, :birthdate, :gender, :addressLine1,
                    :addressLine2, :city, :state, :zipCode, :phone, :email)
                returning
                """ + COLUMNS).params(params(org, p)).query(PATIENT).single();
    }

    /** Writes every mutable column; empty when {@code baseVersion} is no longer current. */
    Optional<Patient> update(UUID org, Patient p, int baseVersion) {
        var params = params(org, p);
        params.put("baseVersion", baseVersion);
        return jdbc.sql("""
                update patient set first_name = :firstName, last_name = :lastName, middle_name = :middleName,
                    birthdate = :birthdate, gender = :gender, address_line1 = :addressLine1,
                    address_line2 = :addressLine2, city = :city, state = :state, zip_code = :zipCode, phone = :phone,
                    email = :email, version = version + 1, updated_at = now()
                where org_id = :org and id = :id and version = :baseVersion
                returning
                """ + COLUMNS).params(params).query(PATIENT).optional();
    }

    /** Soft-deletes a live patient; empty when it is already archived or unknown. */
    Optional<Patient> archive(UUID org, UUID id) {
        return jdbc.sql("""
                update patient set deleted_at = now(), updated_at = now(), version = version + 1
                where org_id = :org and id = :id and deleted_at is null
                returning
                """ + COLUMNS)
                .param("org", org)
                .param("id", id)
                .query(PATIENT)
                .optional();
    }

    private static Map<String, Object> params(UUID org, Patient p) {
        var m = new HashMap<String, Object>();
        m.put("org", org);
        m.put("id", p.id());
        m.put("firstName", p.firstName());
        m.put("lastName", p.lastName());
        m.put("middleName", p.middleName());
        m.put("birthdate", p.birthdate());
        m.put("gender", p.gender() == null ? null : p.gender().name());
        m.put("addressLine1", p.addressLine1());
        m.put("addressLine2", p.addressLine2());
        m.put("city", p.city());
        m.put("state", p.state());
        m.put("zipCode", p.zipCode());
        m.put("phone", p.phone());
        m.put("email", p.email());
        return m;
    }
}
