package io.bitewing.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseUnavailableTest {

    @Test
    void aConnectionThatCannotBeHadOrWasLostIsUnavailableWhereverItIsInTheCauseChain() {
        assertThat(DatabaseUnavailable.causedBy(
                        new CannotGetJdbcConnectionException("x", new SQLTransientConnectionException("pool timeout"))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("I/O error", "08006"))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("canceling statement", "57014")))
                .isTrue();
    }

    @Test
    void aRollbackThatFailedOnTheDeadConnectionIsUnavailableToo() {
        var rollback = new TransactionSystemException("Could not roll back", new SQLException("closed"));
        rollback.initApplicationException(new DataAccessResourceFailureException("I/O error"));
        assertThat(DatabaseUnavailable.causedBy(rollback)).isTrue();
    }

    @Test
    void otherDatabaseFailuresAreNot() {
        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("check")))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("unique", "23505")))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("bug")))
                .isFalse();
    }
}
