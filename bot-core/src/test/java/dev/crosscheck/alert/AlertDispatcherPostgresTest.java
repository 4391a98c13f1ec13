package dev.crosscheck.alert;

import dev.crosscheck.store.PostgresSchema;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The dispatcher contract on PostgreSQL, each test in a fresh schema; skipped, with the reason, without a server. */
@EnabledIfEnvironmentVariable(named = PostgresSchema.ENV, matches = ".+", disabledReason = PostgresSchema.SKIPPED)
class AlertDispatcherPostgresTest extends AlertDispatcherContract {
    private PostgresSchema schema;

    @BeforeEach
    void createSchema() throws SQLException {
        schema = PostgresSchema.create();
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
