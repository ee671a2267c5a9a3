package io.bitewing.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.bitewing.shared.BitewingProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PostgreSQL everywhere: an external server when {@code BITEWING_DATABASE_URL} is set, otherwise one started
 * in-process whose data survives restarts (and crashes) under {@code BITEWING_DATA_DIR/pg}; see {@link EmbeddedServer}.
 *
 * <p>Bounded waits, so a dead database gives a 503 in about {@code BITEWING_DB_CONNECT_TIMEOUT} instead of a 30 s
 * hang: the pool waits that long for a connection, the driver that long to connect and log in; a statement runs at
 * most {@code BITEWING_DB_STATEMENT_TIMEOUT}, and a read on the socket gives up a little after that.
 * {@link PostgresRequirements} refuses a server the schema cannot run on before Flyway touches it.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(
            BitewingProperties props,
            EmbeddedDatabase embedded,
            @Value("${bitewing.db-pool-size:16}") int poolSize,
            @Value("${bitewing.db-connect-timeout:2s}") Duration connectTimeout,
            @Value("${bitewing.db-statement-timeout:60s}") Duration statementTimeout) {
        var db = props.database();
        var config = new HikariConfig();
        config.setPoolName("bitewing");
        config.setMaximumPoolSize(Math.max(1, poolSize));
        if (db.external()) {
            config.setJdbcUrl(db.url());
            config.setUsername(db.user());
            config.setPassword(db.password());
        } else {
            config.setJdbcUrl(embedded.postgres().getJdbcUrl("postgres", "postgres"));
        }
        long connectMillis = Math.max(250, connectTimeout.toMillis());
        long connectSeconds = Math.max(1, connectTimeout.toSeconds());
        config.setConnectionTimeout(connectMillis);
        config.setValidationTimeout(Math.max(250, connectMillis / 2));
        config.addDataSourceProperty("connectTimeout", String.valueOf(connectSeconds));
        config.addDataSourceProperty("loginTimeout", String.valueOf(connectSeconds));
        config.addDataSourceProperty("socketTimeout", String.valueOf(statementTimeout.toSeconds() + 15));
        config.addDataSourceProperty("options", "-c statement_timeout=" + statementTimeout.toMillis());
        config.addDataSourceProperty("ApplicationName", "bitewing");
        var dataSource = new HikariDataSource(config);
        try {
            PostgresRequirements.check(dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return dataSource;
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
