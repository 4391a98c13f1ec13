package dev.crosscheck.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The database a store works in, SQLite ({@code jdbc:sqlite:FILE}) or PostgreSQL ({@code jdbc:postgresql://...}):
 * connections handed out one caller at a time, the dialect's few differences, and a one-line description for error
 * messages that never contains a password.
 *
 * <p>Every store shares one schema, migrated by Flyway on {@link #open} from {@code db/migration/sqlite} or
 * {@code db/migration/postgresql}: whichever store opens a database first brings all of it up to date.
 */
public abstract class Database implements AutoCloseable {

    /** Work done with a connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final String owner;
    private volatile boolean closed;
    private Migrations.Result migration;

    /** {@code owner} names the store in the message of a call after {@link #close()}: "the alert store". */
    Database(String owner) {
        this.owner = owner;
    }

    /**
     * Opens the database and brings its schema up to date. A SQLite file's folder is created when missing; an
     * existing file that is not a sound SQLite database is reported and left untouched. {@code user} and
     * {@code password} may be {@code null} (SQLite, or a PostgreSQL URL that carries them); when given they win over
     * the URL's.
     *
     * @param owner what the caller is, for error messages: "alert store"
     * @throws StorageException with a one-line message naming the file or host and port, never the password
     */
    public static Database open(String owner, String jdbcUrl, String user, String password) {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            throw new StorageException("No database URL given: use jdbc:sqlite:FILE or jdbc:postgresql://HOST:PORT/DB");
        }
        String url = jdbcUrl.strip();
        Database db;
        if (url.startsWith(SqliteDatabase.PREFIX)) {
            db = SqliteDatabase.connect(owner, url);
        } else if (url.startsWith(PostgresDatabase.PREFIX)) {
            db = PostgresDatabase.connect(owner, url, user, password);
        } else {
            int colon = url.indexOf(':', url.startsWith("jdbc:") ? 5 : 0);
            String scheme = colon < 0 ? url : url.substring(0, colon);
            throw new StorageException("Unsupported database URL (" + (scheme.length() > 40 ? "?" : scheme)
                    + "…): use jdbc:sqlite:FILE or jdbc:postgresql://HOST:PORT/DB");
        }
        try {
            db.migration = Migrations.run(db);
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** How many migrations {@link #open} ran (0 when the schema was already current). */
    public final int migrationsApplied() {
        return migration.applied();
    }

    /** The schema version after {@link #open}, such as "2". */
    public final String schemaVersion() {
        return migration.version();
    }

    /** "SQLite database /path/crosscheck.db" or "PostgreSQL at host:port/db": what error messages name. */
    public abstract String describe();

    /** Whether several processes may share this database (PostgreSQL); a SQLite file belongs to one process. */
    public abstract boolean shared();

    /**
     * Inside a transaction: makes other transactions that add rows to {@code table} wait until this one ends, so that
     * rows become visible in the order of their ids and a reader paging by id skips none. PostgreSQL hands out ids
     * before commit, so two writers could commit out of order; SQLite writes one transaction at a time anyway.
     */
    public final void appendInIdOrder(Connection connection, String table) throws SQLException {
        String lock = appendLock(table);
        if (lock != null) {
            try (Statement s = connection.createStatement()) {
                s.execute(lock);
            }
        }
    }

    /** The statement that {@link #appendInIdOrder} runs, or {@code null} when the dialect needs none. */
    abstract String appendLock(String table);

    /** Flyway's location of this dialect's migrations. */
    abstract String migrationLocation();

    /** The SQL for a JSON parameter: PostgreSQL stores JSON as jsonb and needs a cast from text. */
    public abstract String jsonParameter();

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

    /** Runs the work on a connection in auto-commit; {@code what} completes "Cannot …" in the error message. */
    public final <T> T call(String what, Work<T> work) {
        return run(what, work, false);
    }

    /** Runs the work in one transaction, rolled back when it fails; {@code what} as for {@link #call}. */
    public final <T> T transaction(String what, Work<T> work) {
        return run(what, work, true);
    }

    private <T> T run(String what, Work<T> work, boolean transaction) {
        if (closed) {
            throw new StorageException("Cannot " + what + ": the " + owner + " on " + describe() + " is closed");
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

    /** Closes the connections; later calls fail with a {@link StorageException}. Closing twice is harmless. */
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
