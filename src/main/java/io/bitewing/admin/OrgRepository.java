package io.bitewing.admin;

import io.bitewing.shared.db.Paged;
import io.bitewing.shared.db.Rows;
import io.bitewing.shared.web.Page;
import io.bitewing.shared.web.PageRequest;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrgRepository {

    private static final RowMapper<Org> ORG =
            (rs, n) -> new Org(Rows.uuid(rs, "id"), rs.getString("name"), Rows.instant(rs, "created_at"));

    private final JdbcClient jdbc;

    OrgRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Org insert(UUID id, String name) {
        return jdbc.sql("insert into org (id, name) values (:id, :name) returning id, name, created_at")
                .param("id", id)
                .param("name", name)
                .query(ORG)
                .single();
    }

    boolean exists(UUID id) {
        return jdbc.sql("select exists (select 1 from org where id = :id)")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    Optional<Org> findByName(String name) {
        return jdbc.sql("select id, name, created_at from org where name = :name order by created_at limit 1")
                .param("name", name)
                .query(ORG)
                .optional();
    }

    Page<Org> findAll(PageRequest page) {
        return Paged.query(() -> jdbc.sql("""
                select id, name, created_at, count(*) over () as total
                from org order by created_at, id limit :limit offset :offset
                """), page, ORG);
    }
}
