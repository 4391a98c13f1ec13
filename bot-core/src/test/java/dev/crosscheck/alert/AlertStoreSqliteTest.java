package dev.crosscheck.alert;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on a SQLite file in a temporary folder. */
class AlertStoreSqliteTest extends AlertStoreContract {
    @TempDir
    Path dir;

    @Override
    protected String url() {
        return "jdbc:sqlite:" + dir.resolve("data").resolve("crosscheck.db");
    }
}
