package dev.crosscheck.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.store.PostgresSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The store contract on PostgreSQL, each test in a fresh schema; skipped, with the reason, without a server. */
@EnabledIfEnvironmentVariable(named = PostgresSchema.ENV, matches = ".+", disabledReason = PostgresSchema.SKIPPED)
class AlertStorePostgresTest extends AlertStoreContract {
    @RegisterExtension
    final PostgresSchema schema = new PostgresSchema();

    @Override
    protected String url() {
        return schema.url();
    }

    @Test
    void userAndPasswordMayBeGivenApartFromTheUrl() {
        java.util.Properties parsed = schema.credentials();
        String bare = schema.urlWithoutCredentials();
        try (AlertStore store = AlertStore.open(bare, parsed.getProperty("user"), parsed.getProperty("password"),
                clock)) {
            assertTrue(store.migrationsApplied() > 0);
            store.subscribe(Fixtures.ALICE, "kyiv");
        }
        try (AlertStore store = AlertStore.open(bare + (bare.contains("?") ? "&" : "?") + "user=nobody",
                parsed.getProperty("user"), parsed.getProperty("password"), clock)) {
            assertEquals(1, store.subscriptions(Fixtures.ALICE).size(), "the separate arguments win over the URL's");
        }
    }
}
