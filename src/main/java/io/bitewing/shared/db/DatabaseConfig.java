package io.bitewing.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.bitewing.shared.BitewingProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PostgreSQL everywhere: an external server when {@code BITEWING_DATABASE_URL} is set, otherwise one started
 * in-process whose data survives restarts under {@code BITEWING_DATA_DIR/pg}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);

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
        var builder = EmbeddedPostgres.builder();
        if (!db.ephemeral()) {
            var dir = props.dataDir().resolve("pg").toAbsolutePath();
            Files.createDirectories(dir);
            builder.setDataDirectory(dir).setCleanDataDirectory(false);
        }
        var postgres = builder.start();
        log.info("Embedded PostgreSQL listening on port {}", postgres.getPort());
        return new EmbeddedDatabase(postgres);
    }

    /** Holder so the embedded server is closed after the pool that uses it. */
    record EmbeddedDatabase(EmbeddedPostgres postgres) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

}
