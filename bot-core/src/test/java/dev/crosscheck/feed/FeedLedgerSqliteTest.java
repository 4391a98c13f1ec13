package dev.crosscheck.feed;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger contract on a SQLite file in a temporary folder. */
class FeedLedgerSqliteTest extends FeedLedgerContract {
    @TempDir
    Path dir;

    @Override
    protected String url() {
        return "jdbc:sqlite:" + dir.resolve("crosscheck.db");
    }

    @Override
    protected String migrations() {
        return "classpath:db/migration/sqlite";
    }

    @Test
    void aSqliteFileBelongsToOneProcessSoTheLeaseDoesNotMatter() {
        assertFalse(open().shared());
    }
}
