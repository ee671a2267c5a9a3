package io.bitewing.shared.db;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the schema needs of its server, checked at start before any migration runs, with a message that says what to
 * change: PostgreSQL 15 or newer (the unique indexes use {@code NULLS NOT DISTINCT}) and the contrib extensions
 * {@code btree_gist} and {@code pg_trgm} available (installed, or installable by the migrations: both are trusted
 * extensions, so a database owner may create them).
 */
public final class PostgresRequirements {

    /** The oldest server the schema runs on: 15.0. */
    public static final int OLDEST_VERSION_NUM = 150000;

    public static final List<String> EXTENSIONS = List.of("btree_gist", "pg_trgm");

    private PostgresRequirements() {}

    static void check(DataSource dataSource) {
        var jdbc = JdbcClient.create(dataSource);
        int version = jdbc.sql("select current_setting('server_version_num')::int")
                .query(Integer.class)
                .single();
        String problem = problem(
                version,
                jdbc.sql("select name from pg_available_extensions where name in (:names)")
                        .param("names", EXTENSIONS)
                        .query(String.class)
                        .list());
        if (problem != null) {
            throw new UnsupportedServer(problem);
        }
    }

    /** Why a server of {@code versionNum} offering {@code available} extensions will not do, or null when it will. */
    static String problem(int versionNum, List<String> available) {
        if (versionNum < OLDEST_VERSION_NUM) {
            return "PostgreSQL %d is too old: Bitewing needs PostgreSQL 15 or newer (docs/deployment.md)"
                    .formatted(versionNum / 10000);
        }
        var missing = new ArrayList<>(EXTENSIONS);
        missing.removeAll(available);
        if (!missing.isEmpty()) {
            return ("PostgreSQL lacks the extension(s) %s: install the server's contrib package (e.g. "
                            + "postgresql-contrib), see docs/deployment.md")
                    .formatted(String.join(", ", missing));
        }
        return null;
    }

    /** The server cannot run this schema; start-up stops with this message. */
    public static final class UnsupportedServer extends IllegalStateException {
        UnsupportedServer(String message) {
            super(message);
        }
    }
}
