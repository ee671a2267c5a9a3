package io.bitewing.admin;

import io.bitewing.shared.auth.Caller;
import io.bitewing.shared.auth.Role;
import io.bitewing.shared.db.Rows;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TokenRepository {

    record ApiToken(UUID id, UUID orgId, String name, Role role, Instant createdAt, Instant revokedAt) {}

    private static final RowMapper<ApiToken> TOKEN = (rs, n) -> new ApiToken(
            Rows.uuid(rs, "id"),
            Rows.uuid(rs, "org_id"),
            rs.getString("name"),
            Rows.enumeration(rs, "role", Role.class),
            Rows.instant(rs, "created_at"),
            Rows.instant(rs, "revoked_at"));

    private final JdbcClient jdbc;

    TokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Caller> findLive(byte[] hash) {
        return jdbc.sql("select org_id, id, role from api_token where token_hash = :hash and revoked_at is null")
                .param("hash", hash)
                .query((rs, n) -> Caller.ofToken(
                        rs.getObject("org_id", UUID.class),
                        rs.getObject("id", UUID.class),
                        Role.valueOf(rs.getString("role"))))
                .optional();
    }

    ApiToken insert(UUID org, UUID id, String name, Role role, byte[] hash) {
        return jdbc.sql("""
                insert into api_token (org_id, id, name, role, token_hash)
                values (:org, :id, :name, :role, :hash)
                returning org_id, id, name, role, created_at, revoked_at
                """)
                .param("org", org)
                .param("id", id)
                .param("name", name)
                .param("role", role.name())
                .param("hash", hash)
                .query(TOKEN)
                .single();
    }

    List<ApiToken> findAll(UUID org) {
        return jdbc.sql("""
                select org_id, id, name, role, created_at, revoked_at
                from api_token where org_id = :org order by created_at, id
                """).param("org", org).query(TOKEN).list();
    }

    /** Revoking is idempotent: an already revoked token keeps its first revocation time. */
    boolean revoke(UUID org, UUID id) {
        return jdbc.sql(
                                "update api_token set revoked_at = coalesce(revoked_at, now()) where org_id = :org and id = :id")
                        .param("org", org)
                        .param("id", id)
                        .update()
                == 1;
    }
}
