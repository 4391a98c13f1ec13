package dev.crosscheck.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings a database's schema up to date with Flyway, from the dialect's folder of numbered scripts. */
final class Migrations {

    /** What a migration did: how many scripts ran, and the schema version it left. */
    record Result(int applied, String version) {
    }

    private Migrations() {
    }

    /** Runs the scripts the database has not seen; a failure is a one-line {@link StorageException}. */
    static Result run(Database db) {
        try {
            MigrateResult result = Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(db.dataSource())
                    .locations(db.migrationLocation())
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
                    : result.initialSchemaVersion;
            return new Result(result.migrationsExecuted, version);
        } catch (FlywayException e) {
            throw new StorageException("Cannot migrate the schema of " + db.describe() + ": "
                    + Database.firstLine(db.scrub(e.getMessage())), new Database.ScrubbedCause(e, db));
        }
    }
}
