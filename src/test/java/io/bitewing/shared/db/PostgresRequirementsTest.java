package io.bitewing.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.bitewing.support.ApiTestSupport;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PostgresRequirementsTest extends ApiTestSupport {

    @Autowired
    DataSource dataSource;

    @Test
    void theServerTheTestsRunOnMeetsTheRequirementsAndThePoolHasTheDocumentedDefaults() throws Exception {
        PostgresRequirements.check(dataSource);
        var pool = dataSource.unwrap(HikariDataSource.class);
        assertThat(pool.getMaximumPoolSize()).isEqualTo(16);
        assertThat(pool.getConnectionTimeout()).isEqualTo(2000);
    }

    @Test
    void aServerOlderThanFifteenIsRefusedNamingTheVersionNeeded() {
        assertThat(PostgresRequirements.problem(140011, PostgresRequirements.EXTENSIONS))
                .isEqualTo("PostgreSQL 14 is too old: Bitewing needs PostgreSQL 15 or newer (docs/deployment.md)");
        assertThat(PostgresRequirements.problem(150000, PostgresRequirements.EXTENSIONS))
                .isNull();
        assertThat(PostgresRequirements.problem(180001, PostgresRequirements.EXTENSIONS))
                .isNull();
    }

    @Test
    void aServerWithoutTheContribExtensionsIsRefusedNamingThem() {
        assertThat(PostgresRequirements.problem(170000, List.of("pg_trgm")))
                .contains("btree_gist")
                .doesNotContain("pg_trgm,")
                .contains("postgresql-contrib");
    }

    @Test
    void statementsRunUnderTheDocumentedStatementTimeout() throws Exception {
        try (var connection = dataSource.getConnection();
                var result = connection.createStatement().executeQuery("show statement_timeout")) {
            result.next();
            assertThat(result.getString(1)).isEqualTo("1min");
        }
    }
}
