package dev.crosscheck.alert;

import dev.crosscheck.command.ChatRef;
import dev.crosscheck.conflict.Conflict;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Conflicts, chats and PostgreSQL schemas for the alert tests. */
final class Fixtures {
    static final String POSTGRES_ENV = "CROSSCHECK_TEST_POSTGRES_URL";
    static final String POSTGRES_SKIPPED = POSTGRES_ENV + " is not set (a JDBC URL with user and password);"
            + " .ci/run starts a throwaway PostgreSQL and sets it";
    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    static final ChatRef ALICE = new ChatRef("telegram", "1001");
    static final ChatRef BOB = new ChatRef("telegram", "1002");
    static final ChatRef CHANNEL = new ChatRef("discord", "9001");

    private Fixtures() {
    }

    static Conflict conflict(String id, String topic, Conflict.Kind kind, String revision) {
        return new Conflict(id, topic, kind, List.of(
                new Conflict.Statement("000_bbc.txt", "At least six people were killed in the strike on Kyiv.",
                        "at least six"),
                new Conflict.Statement("003_reuters.txt", "Officials said nine people died — “a dark night”.",
                        "nine")), revision);
    }

    static Conflict deaths() {
        return conflict("deaths:kyiv", "Deaths in Kyiv", Conflict.Kind.DIVERGENT, "r1");
    }

    /** Matches every subscription. */
    static boolean all(Subscription s, Conflict c) {
        return true;
    }

    /** A fresh schema in the test PostgreSQL database, dropped afterwards. */
    static final class PostgresSchema {
        private final String baseUrl;
        private final String name;

        private PostgresSchema(String baseUrl, String name) {
            this.baseUrl = baseUrl;
            this.name = name;
        }

        static PostgresSchema create() throws SQLException {
            String base = System.getenv(POSTGRES_ENV);
            String name = "cc_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                    .toLowerCase(Locale.ROOT);
            try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + name);
            }
            return new PostgresSchema(base, name);
        }

        String url() {
            return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + name;
        }

        void drop() throws SQLException {
            try (Connection c = DriverManager.getConnection(baseUrl); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
            }
        }
    }
}
