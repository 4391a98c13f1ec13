package dev.crosscheck.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * A SQLite file through one connection guarded by a lock (SQLite writes one at a time anyway), in WAL mode with a
 * busy timeout so that a second process reading the file waits instead of failing.
 *
 * <p>An existing file is checked before anything is written to it: its header must be SQLite's and
 * {@code PRAGMA quick_check} must pass. A file that fails is reported and left exactly as it was, never replaced.
 */
final class SqliteDatabase extends Database {
    static final String PREFIX = "jdbc:sqlite:";
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_BYTES = 100;
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private final String url;
    private final Path file;
    private final ReentrantLock lock = new ReentrantLock(true);
    private Connection connection;
    private volatile boolean verified;

    private SqliteDatabase(String owner, String url, Path file) {
        super(owner);
        this.url = url;
        this.file = file;
    }

    /** Checks the file (creating its folder when missing) and opens it. */
    static SqliteDatabase connect(String owner, String url) {
        Path file = fileOf(owner, url);
        SqliteDatabase db = new SqliteDatabase(owner, url, file);
        db.checkFile();
        db.openSharedConnection();
        return db;
    }

    /** The file a {@code jdbc:sqlite:} URL names; in-memory databases are refused (stores must outlive the process). */
    static Path fileOf(String owner, String url) {
        String rest = url.substring(PREFIX.length());
        String query = "";
        if (rest.startsWith("file:")) {
            rest = rest.substring("file:".length());
            if (rest.startsWith("//")) {
                rest = rest.substring(2);
            }
        }
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        if (rest.isBlank() || rest.startsWith(":memory:") || query.contains("mode=memory")) {
            throw new StorageException("An in-memory SQLite database cannot keep the " + owner + " across restarts;"
                    + " give a file, such as jdbc:sqlite:data/crosscheck.db");
        }
        try {
            return Path.of(rest).toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            throw new StorageException("Not a usable SQLite file name: " + rest);
        }
    }

    private void checkFile() {
        if (Files.isDirectory(file)) {
            throw new StorageException("Cannot open SQLite database " + file + ": it is a folder, not a file");
        }
        if (!Files.exists(file)) {
            Path folder = file.getParent();
            try {
                if (folder != null) {
                    Files.createDirectories(folder);
                }
            } catch (IOException e) {
                throw new StorageException("Cannot create the folder " + folder + " for SQLite database " + file
                        + ": " + reason(e), e);
            }
            return;
        }
        if (!Files.isReadable(file)) {
            throw new StorageException("Cannot read SQLite database " + file + ": permission denied");
        }
        long size;
        byte[] header;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            header = in.readNBytes(HEADER_BYTES);
        } catch (IOException e) {
            throw new StorageException("Cannot read SQLite database " + file + ": " + reason(e), e);
        }
        if (size == 0) {
            return; // SQLite treats an empty file as a new database: nothing to lose.
        }
        int compared = Math.min(header.length, MAGIC.length);
        if (!Arrays.equals(header, 0, compared, MAGIC, 0, compared)) {
            throw notADatabase("it does not start with SQLite's header");
        }
        if (header.length < HEADER_BYTES) {
            throw notADatabase("its header is truncated (" + size + " bytes)");
        }
        int pageSize = ((header[16] & 0xff) << 8) | (header[17] & 0xff);
        if (pageSize == 1) {
            pageSize = 65_536;
        }
        if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
            throw notADatabase("its header names an impossible page size (" + pageSize + ")");
        }
        if (size < pageSize) {
            throw notADatabase("it is truncated (" + size + " bytes, less than one " + pageSize + "-byte page)");
        }
    }

    /** An I/O failure's reason without repeating the path that the message already names. */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file is in the way of " + e.getMessage();
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "cannot be created there (" + e.getMessage() + ")";
        }
        if (e instanceof java.nio.file.FileSystemException fs) {
            String why = fs.getReason();
            return why != null ? why : e.getClass().getSimpleName();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private StorageException notADatabase(String why) {
        return new StorageException("SQLite database " + file + " is corrupt or not a SQLite database: " + why
                + "; it was left untouched: move it aside or point to another file");
    }

    @Override
    public String describe() {
        return "SQLite database " + file;
    }

    @Override
    public boolean shared() {
        return false;
    }

    @Override
    String appendLock(String table) {
        return null; // one connection, and SQLite lets one transaction write at a time
    }

    @Override
    String migrationLocation() {
        return "classpath:db/migration/sqlite";
    }

    @Override
    public String jsonParameter() {
        return "?";
    }

    @Override
    Connection newConnection() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        Connection c = DriverManager.getConnection(url, config.toProperties());
        try {
            if (!verified) {
                verify(c);
                verified = true;
            }
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
            }
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** Reads the whole file's structure before anything writes to it; a corrupt file fails here. */
    private void verify(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            String verdict = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equalsIgnoreCase(verdict)) {
                throw notADatabase("the integrity check says \"" + firstLine(verdict) + "\"");
            }
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("SQLITE_NOTADB") || m.contains("SQLITE_CORRUPT") || m.contains("malformed")) {
                throw notADatabase(firstLine(m));
            }
            throw e;
        }
    }

    /** Opens the single shared connection, reporting a corrupt file or any other failure on one line. */
    private void openSharedConnection() {
        lock.lock();
        try {
            if (connection == null) {
                connection = newConnection();
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot open " + describe() + ": " + firstLine(e.getMessage()), e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    Connection acquire() throws SQLException {
        try {
            if (!lock.tryLock(5, TimeUnit.MINUTES)) {
                throw new SQLException("timed out waiting for the database connection");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for the database connection", e);
        }
        try {
            if (isClosed()) {
                throw new SQLException("the store is closed");
            }
            if (connection == null) {
                connection = newConnection();
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            lock.unlock();
            throw e;
        }
    }

    @Override
    void release(Connection c, boolean broken) {
        lock.unlock();
    }

    @Override
    void shutdown() {
        lock.lock();
        try {
            if (connection != null) {
                connection.close();
                connection = null;
            }
        } catch (SQLException ignored) {
            // closing: nothing left to do with it
        } finally {
            lock.unlock();
        }
    }
}
