package dev.crosscheck.config;

import java.nio.file.Path;

/**
 * Everything Crosscheck is configured with, after the config file, environment and flags are applied: where
 * articles are read from, where the index lives, and which database keeps subscriptions and alerts.
 */
public record Settings(Path seeds, Path data, Storage storage) {
    /** The JDBC database for subscriptions and the alert outbox; no URL means a SQLite file in the data folder. */
    public record Storage(String jdbcUrl, String user, String password) {
        public static final Storage DEFAULT = new Storage(null, null, null);

        /** The URL to connect to: the configured one, or the SQLite file under the data folder. */
        public String urlFor(Path data) {
            return jdbcUrl != null && !jdbcUrl.isBlank() ? jdbcUrl
                    : "jdbc:sqlite:" + data.resolve("crosscheck.db").toAbsolutePath();
        }
    }

    public Settings(Path seeds, Path data) {
        this(seeds, data, Storage.DEFAULT);
    }

    public static Settings defaults() {
        return new Settings(Path.of("seeds"), Path.of("data"), Storage.DEFAULT);
    }

    public Settings withSeeds(Path p) {
        return new Settings(p, data, storage);
    }

    public Settings withData(Path p) {
        return new Settings(seeds, p, storage);
    }

    public Settings withStorage(Storage s) {
        return new Settings(seeds, data, s);
    }

    public String jdbcUrl() {
        return storage.urlFor(data);
    }
}
