package dev.crosscheck.alert;

import dev.crosscheck.store.PostgresSchema;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The dispatcher contract on PostgreSQL, each test in a fresh schema; skipped, with the reason, without a server. */
@EnabledIfEnvironmentVariable(named = PostgresSchema.ENV, matches = ".+", disabledReason = PostgresSchema.SKIPPED)
class AlertDispatcherPostgresTest extends AlertDispatcherContract {
    @RegisterExtension
    final PostgresSchema schema = new PostgresSchema();

    @Override
    protected String url() {
        return schema.url();
    }
}
