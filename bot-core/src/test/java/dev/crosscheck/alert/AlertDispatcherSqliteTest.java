package dev.crosscheck.alert;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The dispatcher contract on a SQLite file in a temporary folder. */
class AlertDispatcherSqliteTest extends AlertDispatcherContract {
    @TempDir
    Path dir;

    @Override
    protected String url() {
        return "jdbc:sqlite:" + dir.resolve("crosscheck.db");
    }
}
