package dev.crosscheck.feed;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.store.PostgresSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ledger contract on PostgreSQL, each test in a fresh schema; skipped, with the reason, without a server. */
@EnabledIfEnvironmentVariable(named = PostgresSchema.ENV, matches = ".+", disabledReason = PostgresSchema.SKIPPED)
class FeedLedgerPostgresTest extends FeedLedgerContract {
    @RegisterExtension
    final PostgresSchema schema = new PostgresSchema();

    @Override
    protected String url() {
        return schema.url();
    }

    @Override
    protected String migrations() {
        return "classpath:db/migration/postgresql";
    }

    @Test
    void processesOnSeveralMachinesMayShareIt() {
        assertTrue(open().shared());
    }
}
