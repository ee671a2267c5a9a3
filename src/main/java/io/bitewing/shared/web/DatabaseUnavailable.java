package io.bitewing.shared.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means the database could not be reached or did not answer in time, which the service answers
 * with 503 and {@code Retry-After} (a load balancer or client should retry, possibly elsewhere) rather than 500.
 */
public final class DatabaseUnavailable {

    public static final String DETAIL = "The database is unavailable; retry shortly";
    public static final String RETRY_AFTER_SECONDS = "2";

    private DatabaseUnavailable() {}

    public static boolean causedBy(Throwable failure) {
        int depth = 0;
        for (Throwable e = failure; e != null && depth < 20; e = e.getCause(), depth++) {
            if (e instanceof CannotGetJdbcConnectionException
                    || e instanceof CannotCreateTransactionException
                    || e instanceof DataAccessResourceFailureException
                    || e instanceof QueryTimeoutException
                    || e instanceof SQLTransientConnectionException
                    || e instanceof SQLNonTransientConnectionException
                    || e instanceof SQLRecoverableException) {
                return true;
            }
            if (e instanceof SQLException sql && unavailableState(sql.getSQLState())) {
                return true;
            }
            // A rollback that failed on the dead connection hides the failure that caused it.
            if (e instanceof TransactionSystemException tx
                    && tx.getApplicationException() != null
                    && causedBy(tx.getApplicationException())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception), 57P01–57P03 (the server is shutting down or starting) and 57014
     * (the statement timeout cancelled the query).
     */
    static boolean unavailableState(String state) {
        return state != null
                && (state.startsWith("08")
                        || state.equals("57P01")
                        || state.equals("57P02")
                        || state.equals("57P03")
                        || state.equals("57014"));
    }
}
