package dev.crosscheck.alert;

import dev.crosscheck.MutableClock;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** Opens stores on the database a subclass provides (a SQLite file or a fresh PostgreSQL schema) and closes them. */
abstract class StoreTestBase {
    protected final MutableClock clock = new MutableClock(Fixtures.T0);
    private final List<AlertStore> opened = new ArrayList<>();

    /** The JDBC URL of an empty database for this test. */
    protected abstract String url();

    protected AlertStore open() {
        AlertStore store = AlertStore.open(url(), null, null, clock);
        opened.add(store);
        return store;
    }

    /** A plain JDBC connection to the test database, to look behind the store's back. */
    protected Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    @AfterEach
    void closeStores() {
        opened.forEach(AlertStore::close);
        opened.clear();
    }
}
