package dev.crosscheck.alert;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The dispatcher contract on PostgreSQL, each test in a fresh schema; skipped, with the reason, without a server. */
@EnabledIfEnvironmentVariable(named = Fixtures.POSTGRES_ENV, matches = ".+", disabledReason = Fixtures.POSTGRES_SKIPPED)
class AlertDispatcherPostgresTest extends AlertDispatcherContract {
    private Fixtures.PostgresSchema schema;

    @BeforeEach
    void createSchema() throws SQLException {
        schema = Fixtures.PostgresSchema.create();
    }

    @AfterEach
    void dropSchema() throws SQLException {
        closeDispatchers();
        closeStores();
        schema.drop();
    }

    @Override
    protected String url() {
        return schema.url();
    }
}
