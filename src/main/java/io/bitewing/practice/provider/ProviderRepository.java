package io.bitewing.practice.provider;

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
class ProviderRepository {

    /** Name sorts compare the full name, so namesakes by last name fall in first-name order. */
    private static final String COLUMNS = """
            id, first_name, last_name, npi, specialty, version, created_at, updated_at, deleted_at""";

    private static final RowMapper<Provider> PROVIDER = (rs, n) -> new Provider(
            Rows.uuid(rs, "id"),
            rs.getString("first_name"),
            rs.getString("last_name"),
            rs.getString("npi"),
            rs.getString("specialty"),
            rs.getInt("version"),
            Rows.instant(rs, "created_at"),
            Rows.instant(rs, "updated_at"),
            Rows.instant(rs, "deleted_at"));

    private final JdbcClient jdbc;

    ProviderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Provider> find(UUID org, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from provider where org_id = :org and id = :id")
                .param("org", org)
                .param("id", id)
                .query(PROVIDER)
                .optional();
    }

    /** Providers among {@code ids}, archived ones included; unknown ids are simply absent. */
    List<Provider> findAll(UUID org, Collection<UUID> ids) {
        return jdbc.sql("select " + COLUMNS + " from provider where org_id = :org and id = any(:ids)")
                .param("org", org)
                .param("ids", ids.toArray(UUID[]::new))
                .query(PROVIDER)
                .list();
    }

    /** Live providers; {@code namePattern} is an ILIKE pattern from {@code PersonName.searchPattern}. */
    Page<Provider> findAll(UUID org, String namePattern, Sort sort, PageRequest page) {
        return Paged.query(
                () -> jdbc.sql("select " + COLUMNS + ", count(*) over () as total from provider"
                                + """
                         where org_id = :org and deleted_at is null
                           and (cast(:search as text) is null
                                or (last_name || ', ' || first_name || ' ' || first_name || ' ' || last_name || ' '
                                    || coalesce(npi, '')) ilike :search)
                        """
                                + " order by " + sort.orderBy() + " limit :limit offset :offset")
                        .param("org", org)
                        .param("search", namePattern),
                page,
                PROVIDER);
    }

    Provider insert(UUID org, Provider p) {
        return jdbc.sql("""
                insert into provider (org_id, id, first_name, last_name, npi, specialty)
                values (:org, :id, :firstName, :lastName, :npi, :specialty)
                returning
                """ + COLUMNS).params(params(org, p)).query(PROVIDER).single();
    }

    /** Writes every mutable column; empty when {@code baseVersion} is no longer current. */
    Optional<Provider> update(UUID org, Provider p, int baseVersion) {
        var params = params(org, p);
        params.put("baseVersion", baseVersion);
        return jdbc.sql("""
                update provider set first_name = :firstName, last_name = :lastName, npi = :npi,
                    specialty = :specialty, version = version + 1, updated_at = now()
                where org_id = :org and id = :id and version = :baseVersion
                returning
                """ + COLUMNS).params(params).query(PROVIDER).optional();
    }

    /** Soft-deletes a live provider; empty when it is already archived or unknown. */
    Optional<Provider> archive(UUID org, UUID id) {
        return jdbc.sql("""
                update provider set deleted_at = now(), updated_at = now(), version = version + 1
                where org_id = :org and id = :id and deleted_at is null
                returning
                """ + COLUMNS)
                .param("org", org)
                .param("id", id)
                .query(PROVIDER)
                .optional();
    }

    private static Map<String, Object> params(UUID org, Provider p) {
        var m = new HashMap<String, Object>();
        m.put("org", org);
        m.put("id", p.id());
        m.put("firstName", p.firstName());
        m.put("lastName", p.lastName());
        m.put("npi", p.npi());
        m.put("specialty", p.specialty());
        return m;
    }
}
