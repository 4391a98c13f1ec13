package dev.crosscheck.alert;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * What the store needs from a database: connections handed out one caller at a time, the dialect's few differences,
 * and a one-line description for error messages that never contains a password.
 */
abstract class Database implements AutoCloseable {

    /** Work done with a connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private volatile boolean closed;

    /** "SQLite database /path/crosscheck.db" or "PostgreSQL at host:port/db": what error messages name. */
    abstract String describe();

    /** Flyway's location of this dialect's migrations. */
    abstract String migrationLocation();

    /** The SQL for a JSON parameter: PostgreSQL stores JSON as jsonb and needs a cast from text. */
    abstract String jsonParameter();

    /** A new physical connection, configured, owned by the caller (used by Flyway, and by pools). */
    abstract Connection newConnection() throws SQLException;

    /** Takes a connection for one unit of work (blocking other callers if the database allows only one). */
    abstract Connection acquire() throws SQLException;

    /** Gives back a connection from {@link #acquire()}; {@code broken} when the work failed on it. */
    abstract void release(Connection connection, boolean broken);

    /** Releases what the database holds; called once. */
    abstract void shutdown();

    /** Removes secrets from a message before it is shown or logged. */
    String scrub(String message) {
        return message == null ? "" : message;
    }

    final <T> T call(String what, Work<T> work) {
        return run(what, work, false);
    }

    final <T> T transaction(String what, Work<T> work) {
        return run(what, work, true);
    }

    private <T> T run(String what, Work<T> work, boolean transaction) {
        if (closed) {
            throw new StorageException("Cannot " + what + ": the alert store on " + describe() + " is closed");
        }
        Connection connection;
        try {
            connection = acquire();
        } catch (SQLException e) {
            throw failure(what, e);
        }
        boolean broken = false;
        try {
            if (!transaction) {
                return work.run(connection);
            }
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                    broken = true;
                }
                throw e;
            } finally {
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException e) {
                    broken = true;
                }
            }
        } catch (SQLException e) {
            broken = broken || isConnectionProblem(e);
            throw failure(what, e);
        } finally {
            release(connection, broken);
        }
    }

    StorageException failure(String what, Exception e) {
        return new StorageException("Cannot " + what + " in " + describe() + ": " + firstLine(scrub(e.getMessage())),
                new ScrubbedCause(e, this));
    }

    static boolean isConnectionProblem(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "unknown error";
        }
        String line = message.strip();
        int end = line.indexOf('\n');
        return end < 0 ? line : line.substring(0, end).strip();
    }

    boolean isClosed() {
        return closed;
    }

    @Override
    public final void close() {
        if (!closed) {
            closed = true;
            shutdown();
        }
    }

    /** A {@link DataSource} over {@link #newConnection()}, for Flyway. */
    final DataSource dataSource() {
        return new DataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                return newConnection();
            }

            @Override
            public Connection getConnection(String username, String password) throws SQLException {
                return newConnection();
            }

            @Override
            public PrintWriter getLogWriter() {
                return null;
            }

            @Override
            public void setLogWriter(PrintWriter out) {
            }

            @Override
            public void setLoginTimeout(int seconds) {
            }

            @Override
            public int getLoginTimeout() {
                return 0;
            }

            @Override
            public Logger getParentLogger() throws SQLFeatureNotSupportedException {
                throw new SQLFeatureNotSupportedException();
            }

            @Override
            public <T> T unwrap(Class<T> type) throws SQLException {
                throw new SQLException("not a wrapper");
            }

            @Override
            public boolean isWrapperFor(Class<?> type) {
                return false;
            }
        };
    }

    /**
     * The original failure's type and scrubbed message, with its stack trace, so that a logged cause cannot leak a
     * password that a driver put into its message.
     */
    static final class ScrubbedCause extends Exception {
        private static final long serialVersionUID = 1L;

        ScrubbedCause(Throwable original, Database database) {
            super(original.getClass().getName() + ": " + database.scrub(original.getMessage()),
                    original.getCause() == null ? null : new ScrubbedCause(original.getCause(), database));
            setStackTrace(original.getStackTrace());
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
