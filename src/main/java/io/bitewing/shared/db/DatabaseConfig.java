package io.bitewing.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.bitewing.shared.BitewingProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PostgreSQL everywhere: an external server when {@code BITEWING_DATABASE_URL} is set, otherwise one started
 * in-process whose data survives restarts (and crashes) under {@code BITEWING_DATA_DIR/pg}; see {@link EmbeddedServer}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(BitewingProperties props, EmbeddedDatabase embedded) {
        var db = props.database();
        var config = new HikariConfig();
        config.setPoolName("bitewing");
        config.setMaximumPoolSize(16);
        if (db.external()) {
            config.setJdbcUrl(db.url());
            config.setUsername(db.user());
            config.setPassword(db.password());
        } else {
            config.setDataSource(embedded.postgres().getPostgresDatabase());
        }
        return new HikariDataSource(config);
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(BitewingProperties props) throws IOException {
        var db = props.database();
        if (db.external()) {
            return new EmbeddedDatabase(null);
        }
        return new EmbeddedDatabase(
                db.ephemeral()
                        ? EmbeddedServer.throwAway()
                        : EmbeddedServer.durable(props.dataDir().resolve("pg")));
    }

    /** Holder so the embedded server is closed after the pool that uses it. */
    record EmbeddedDatabase(EmbeddedServer server) implements AutoCloseable {
        EmbeddedPostgres postgres() {
            return server.postgres();
        }

        @Override
        public void close() throws IOException {
            if (server != null) {
                server.close();
            }
        }
    }
}
