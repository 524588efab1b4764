package vn.bansao.register.internal.jdbc;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Set;

/** Classifies SQL failures: worth retrying (lock contention), database unreachable, or a real error. */
final class SqlErrors {

    /** H2 error codes meaning the database (file or server) is not reachable. */
    private static final Set<Integer> H2_UNAVAILABLE = Set.of(
            90020, // DATABASE_ALREADY_OPEN
            90028, // IO_EXCEPTION
            90031, // IO_EXCEPTION_2
            90067, // CONNECTION_BROKEN
            90098, // DATABASE_IS_CLOSED
            90121, // DATABASE_CALLED_AT_SHUTDOWN
            90135, // DATABASE_IS_IN_EXCLUSIVE_MODE
            90146, // DATABASE_NOT_FOUND
            8000   // ERROR_OPENING_DATABASE
    );

    private SqlErrors() {
    }

    static boolean isRetryable(SQLException e) {
        String state = state(e);
        int code = e.getErrorCode();
        return state.equals("40001") || state.equals("40P01") || state.equals("55P03")
                || state.equals("HYT00") // H2 lock timeout
                || code == 50200 || code == 40001 || code == 90131 // H2 lock timeout, deadlock, concurrent update
                || state.equals("23505") || code == 23505; // duplicate key under a race: nothing committed, retry
    }

    /**
     * H2: another process is opening the file or handing over its AUTO_SERVER right now (worth waiting for):
     * "Lock file recently modified", "Another process was faster", "Error opening database: Concurrent update",
     * or a refused connection to a server that just stopped.
     */
    static boolean isH2OpenContention(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Lock file recently modified") || m.contains("Another process was faster")
                    || m.contains("Connection refused") || m.contains("Database may be already in use")
                    // MVStore: the file header was being rewritten by the process that opened it a moment earlier
                    || m.contains("Concurrent update")) {
                return true;
            }
            if (t instanceof SQLException s && (s.getErrorCode() == 90020 || s.getErrorCode() == 90067)) {
                return true;
            }
            if (t instanceof java.net.ConnectException) {
                return true;
            }
        }
        return false;
    }

    static boolean isUnavailable(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                String state = state(s);
                if (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53")
                        || H2_UNAVAILABLE.contains(s.getErrorCode())) {
                    return true;
                }
                if (s instanceof SQLTransientException && !isRetryable(s)) {
                    return true;
                }
            }
            if (t instanceof java.net.ConnectException || t instanceof java.io.EOFException
                    || t instanceof java.net.SocketException) {
                return true;
            }
        }
        return false;
    }

    /** The first {@link SQLException} in a failure's cause chain (Flyway and HikariCP wrap them). */
    static java.util.Optional<SQLException> sqlCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return java.util.Optional.of(s);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return java.util.Optional.empty();
    }

    private static String state(SQLException e) {
        return e.getSQLState() == null ? "" : e.getSQLState();
    }
}
