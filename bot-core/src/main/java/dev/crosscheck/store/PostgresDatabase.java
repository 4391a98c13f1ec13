package dev.crosscheck.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.postgresql.Driver;

/**
 * PostgreSQL through a few pooled connections: a caller takes an idle connection or opens one, and gives it back
 * unless it broke. No pool library: the store's work is a handful of short statements, and this is all it needs.
 *
 * <p>The user and password are taken out of the URL and passed as connection properties (the separate arguments
 * win over the URL's), so that no driver or Flyway message that shows the URL can show the password.
 */
final class PostgresDatabase extends Database {
    static final String PREFIX = "jdbc:postgresql:";
    private static final int MAX_IDLE = 4;
    private static final long VALIDATE_AFTER_IDLE_MS = 10_000;

    private final String url;
    private final Properties credentials;
    private final String password;
    private final String where;
    private final Driver driver = new Driver();
    private final BlockingQueue<Idle> idle = new ArrayBlockingQueue<>(MAX_IDLE);

    private record Idle(Connection connection, long since) {
    }

    private PostgresDatabase(String owner, String url, Properties credentials, String password, String where) {
        super(owner);
        this.url = url;
        this.credentials = credentials;
        this.password = password;
        this.where = where;
    }

    /** Parses the URL and makes one connection, so that a wrong address or password fails here, on one line. */
    static PostgresDatabase connect(String owner, String jdbcUrl, String user, String password) {
        Properties parsed = Driver.parseURL(jdbcUrl, null);
        String secret = password != null ? password : parsed == null ? null : parsed.getProperty("password");
        if (parsed == null) {
            throw new StorageException("Not a valid PostgreSQL JDBC URL: expected jdbc:postgresql://HOST:PORT/DATABASE"
                    + " (the URL is not shown, as it may hold a password)");
        }
        Properties credentials = new Properties();
        String u = user != null ? user : parsed.getProperty("user");
        if (u != null) {
            credentials.setProperty("user", u);
        }
        if (secret != null) {
            credentials.setProperty("password", secret);
        }
        PostgresDatabase db =
                new PostgresDatabase(owner, withoutCredentials(jdbcUrl), credentials, secret, where(parsed));
        try {
            db.release(db.newConnection(), false);
        } catch (SQLException e) {
            throw new StorageException("Cannot connect to " + db.describe() + ": " + firstLine(db.scrub(e.getMessage())),
                    new ScrubbedCause(e, db));
        }
        return db;
    }

    /** "host:port/database" (hosts comma-separated when the URL names several). */
    private static String where(Properties parsed) {
        String[] hosts = parsed.getProperty("PGHOST", "localhost").split(",");
        String[] ports = parsed.getProperty("PGPORT", "5432").split(",");
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < hosts.length; i++) {
            String host = hosts[i].contains(":") && !hosts[i].startsWith("[") ? "[" + hosts[i] + "]" : hosts[i];
            addresses.add(host + ":" + (i < ports.length ? ports[i] : ports[ports.length - 1]));
        }
        return String.join(",", addresses) + "/" + parsed.getProperty("PGDBNAME", "");
    }

    /** The URL without its user and password parameters. */
    static String withoutCredentials(String jdbcUrl) {
        int q = jdbcUrl.indexOf('?');
        if (q < 0) {
            return jdbcUrl;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : jdbcUrl.substring(q + 1).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8)
                    .toLowerCase(Locale.ROOT);
            if (!key.equals("user") && !key.equals("password")) {
                kept.add(pair);
            }
        }
        return jdbcUrl.substring(0, q) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    }

    @Override
    public String describe() {
        return "PostgreSQL at " + where;
    }

    @Override
    public boolean shared() {
        return true;
    }

    @Override
    String appendLock(String table) {
        // Conflicts with itself and with INSERT, UPDATE and DELETE, not with SELECT: readers never wait.
        return "LOCK TABLE " + table + " IN SHARE ROW EXCLUSIVE MODE";
    }

    @Override
    String scrub(String message) {
        String m = super.scrub(message);
        if (password != null && password.length() >= 3) {
            m = m.replace(password, "***");
        }
        return m;
    }

    @Override
    String migrationLocation() {
        return "classpath:db/migration/postgresql";
    }

    @Override
    public String jsonParameter() {
        return "CAST(? AS jsonb)";
    }

    @Override
    Connection newConnection() throws SQLException {
        Connection c = driver.connect(url, credentials);
        if (c == null) {
            throw new SQLException("the PostgreSQL driver does not accept this URL");
        }
        return c;
    }

    @Override
    Connection acquire() throws SQLException {
        Idle i;
        while ((i = idle.poll()) != null) {
            Connection c = i.connection();
            boolean stale = System.currentTimeMillis() - i.since() > VALIDATE_AFTER_IDLE_MS;
            try {
                if (!c.isClosed() && (!stale || c.isValid(2))) {
                    return c;
                }
            } catch (SQLException e) {
                // fall through: drop it and try the next one
            }
            closeQuietly(c);
        }
        return newConnection();
    }

    @Override
    void release(Connection c, boolean broken) {
        if (broken || isClosed() || !idle.offer(new Idle(c, System.currentTimeMillis()))) {
            closeQuietly(c);
        } else if (isClosed()) {
            shutdown(); // closed while this one was being given back
        }
    }

    @Override
    void shutdown() {
        Idle i;
        while ((i = idle.poll()) != null) {
            closeQuietly(i.connection());
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already unusable
        }
    }
}
