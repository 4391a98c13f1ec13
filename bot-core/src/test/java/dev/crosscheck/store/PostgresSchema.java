package dev.crosscheck.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh schema in the test PostgreSQL database named by {@link #ENV} for each test, dropped after the test's own
 * {@code @AfterEach} methods have closed what used it. Register it with {@code @RegisterExtension}.
 */
public final class PostgresSchema implements BeforeEachCallback, AfterEachCallback {
    /** The variable holding the test database's JDBC URL, with user and password. */
    public static final String ENV = "CROSSCHECK_TEST_POSTGRES_URL";
    /** Why the PostgreSQL variants are skipped without it. */
    public static final String SKIPPED = ENV + " is not set (a JDBC URL with user and password);"
            + " .ci/run starts a throwaway PostgreSQL and sets it";

    private String name;

    @Override
    public void beforeEach(ExtensionContext context) throws SQLException {
        name = "cc_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        run("CREATE SCHEMA " + name);
    }

    @Override
    public void afterEach(ExtensionContext context) throws SQLException {
        run("DROP SCHEMA IF EXISTS " + name + " CASCADE");
    }

    /** The URL of this test's schema, with the user and password of the test database. */
    public String url() {
        String base = System.getenv(ENV);
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    /** The URL of this test's schema without user and password, which {@link #credentials()} holds. */
    public String urlWithoutCredentials() {
        return PostgresDatabase.withoutCredentials(url());
    }

    /** The user and password that {@link #url()} carries, as the properties "user" and "password". */
    public Properties credentials() {
        return org.postgresql.Driver.parseURL(url(), null);
    }

    private static void run(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getenv(ENV)); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
