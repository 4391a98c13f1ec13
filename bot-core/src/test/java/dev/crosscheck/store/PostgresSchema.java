package dev.crosscheck.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

/** A fresh schema in the test PostgreSQL database named by {@link #ENV}, for one test, dropped afterwards. */
public final class PostgresSchema {
    /** The variable holding the test database's JDBC URL, with user and password. */
    public static final String ENV = "CROSSCHECK_TEST_POSTGRES_URL";
    /** Why the PostgreSQL variants are skipped without it. */
    public static final String SKIPPED = ENV + " is not set (a JDBC URL with user and password);"
            + " .ci/run starts a throwaway PostgreSQL and sets it";

    private final String baseUrl;
    private final String name;

    private PostgresSchema(String baseUrl, String name) {
        this.baseUrl = baseUrl;
        this.name = name;
    }

    /** Creates a schema with a random name. */
    public static PostgresSchema create() throws SQLException {
        String base = System.getenv(ENV);
        String name = "cc_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                .toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + name);
        }
        return new PostgresSchema(base, name);
    }

    /** The URL of the schema, with the user and password of the test database. */
    public String url() {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    /** The URL of the schema without user and password, which {@link #credentials()} holds. */
    public String urlWithoutCredentials() {
        return PostgresDatabase.withoutCredentials(url());
    }

    /** The user and password that {@link #url()} carries, as the properties "user" and "password". */
    public Properties credentials() {
        return org.postgresql.Driver.parseURL(url(), null);
    }

    /** Drops the schema and everything in it. */
    public void drop() throws SQLException {
        try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        }
    }
}
