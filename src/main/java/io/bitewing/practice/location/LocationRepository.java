package io.bitewing.practice.location;

import io.bitewing.shared.db.Like;
import io.bitewing.shared.db.Paged;
import io.bitewing.shared.db.Rows;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import io.bitewing.shared.web.Sort;
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
class LocationRepository {

    private static final String COLUMNS = """
            id, name, address_line1, address_line2, city, state, zip_code, phone, npi, tax_id, version, created_at,
            updated_at, deleted_at""";

    private static final RowMapper<Location> LOCATION = (rs, n) -> new Location(
            Rows.uuid(rs, "id"),
            rs.getString("name"),
            rs.getString("address_line1"),
            rs.getString("address_line2"),
            rs.getString("city"),
            rs.getString("state"),
            rs.getString("zip_code"),
            rs.getString("phone"),
            rs.getString("npi"),
            rs.getString("tax_id"),
            rs.getInt("version"),
            Rows.instant(rs, "created_at"),
            Rows.instant(rs, "updated_at"),
            Rows.instant(rs, "deleted_at"));

    private final JdbcClient jdbc;

    LocationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Location> find(UUID org, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from location where org_id = :org and id = :id")
                .param("org", org)
                .param("id", id)
                .query(LOCATION)
                .optional();
    }

    /** Locations among {@code ids}, archived ones included; unknown ids are simply absent. */
    /** Ids of up to {@code limit} live locations. */
    List<UUID> liveIds(UUID org, int limit) {
        return jdbc.sql("select id from location where org_id = :org and deleted_at is null order by id limit :limit")
                .param("org", org)
                .param("limit", limit)
                .query(UUID.class)
                .list();
    }

    List<Location> findAll(UUID org, Collection<UUID> ids) {
        return jdbc.sql("select " + COLUMNS + " from location where org_id = :org and id = any(:ids)")
                .param("org", org)
                .param("ids", ids.toArray(UUID[]::new))
                .query(LOCATION)
                .list();
    }

    boolean liveNameTaken(UUID org, String name, UUID exceptId) {
        return jdbc.sql("""
                select exists (select 1 from location
                               where org_id = :org and lower(name) = lower(:name) and deleted_at is null
                                 and id <> :except)
                """)
                .param("org", org)
                .param("name", name)
                .param("except", exceptId)
                .query(Boolean.class)
                .single();
    }

    Page<Location> findAll(UUID org, String search, Sort sort, PageRequest page) {
        return Paged.query(
                () -> jdbc.sql("select " + COLUMNS + ", count(*) over () as total from location"
                                + """
                         where org_id = :org and deleted_at is null
                           and (cast(:search as text) is null or name ilike :search)
                        """
                                + " order by " + sort.orderBy() + " limit :limit offset :offset")
                        .param("org", org)
                        .param("search", Like.contains(search)),
                page,
                LOCATION);
    }

    Location insert(UUID org, Location l) {
        return jdbc.sql("""
                insert into location (org_id, id, name, address_line1, address_line2, city, state, zip_code, phone,
                    npi, tax_id)
                values (:org, :id, :name, :addressLine1, :addressLine2, :city, :state, :zipCode, :phone, :npi, :taxId)
                returning
                """ + COLUMNS).params(params(org, l)).query(LOCATION).single();
    }

    /** Writes every mutable column; empty when {@code baseVersion} is no longer current. */
    Optional<Location> update(UUID org, Location l, int baseVersion) {
        var params = params(org, l);
        params.put("baseVersion", baseVersion);
        return jdbc.sql("""
                update location set name = :name, address_line1 = :addressLine1, address_line2 = :addressLine2,
                    city = :city, state = :state, zip_code = :zipCode, phone = :phone, npi = :npi, tax_id = :taxId,
                    version = version + 1, updated_at = now()
                where org_id = :org and id = :id and version = :baseVersion
                returning
                """ + COLUMNS).params(params).query(LOCATION).optional();
    }

    /** Soft-deletes a live location; empty when it is already archived or unknown. */
    Optional<Location> archive(UUID org, UUID id) {
        return jdbc.sql("""
                update location set deleted_at = now(), updated_at = now(), version = version + 1
                where org_id = :org and id = :id and deleted_at is null
                returning
                """ + COLUMNS)
                .param("org", org)
                .param("id", id)
                .query(LOCATION)
                .optional();
    }

    private static Map<String, Object> params(UUID org, Location l) {
        var m = new HashMap<String, Object>();
        m.put("org", org);
        m.put("id", l.id());
        m.put("name", l.name());
        m.put("addressLine1", l.addressLine1());
        m.put("addressLine2", l.addressLine2());
        m.put("city", l.city());
        m.put("state", l.state());
        m.put("zipCode", l.zipCode());
        m.put("phone", l.phone());
        m.put("npi", l.npi());
        m.put("taxId", l.taxId());
        return m;
    }
}
