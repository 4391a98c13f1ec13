package dev.crosscheck.config;

import dev.crosscheck.conversation.Conversations;
import dev.crosscheck.feed.FeedOptions;
import dev.crosscheck.index.Embedder;
import dev.crosscheck.index.EmbeddingModels;
import java.nio.file.Path;
import java.util.Map;

/**
 * Everything Crosscheck is configured with, after the config file, environment and flags are applied: where
 * articles are read from, where the index lives, which embedding model builds it, and which database keeps
 * subscriptions and alerts, which news feeds are followed, and how many conversations are remembered.
 */
public record Settings(Path seeds, Path data, Storage storage, Map<String, Object> platforms,
                       EmbeddingModels model, FeedOptions feeds, int conversations) {
    public Settings {
        platforms = platforms == null ? Map.of() : Map.copyOf(platforms);
        model = model == null ? Embedder.DEFAULT_MODEL : model;
        feeds = feeds == null ? FeedOptions.NONE : feeds;
        if (conversations < 1) {
            throw new ConfigException("conversations.limit must be a whole number of at least 1, not " + conversations);
        }
    }

    public Settings(Path seeds, Path data, Storage storage, Map<String, Object> platforms) {
        this(seeds, data, storage, platforms, Embedder.DEFAULT_MODEL, FeedOptions.NONE,
                Conversations.DEFAULT_LIMIT);
    }

    /** A platform's own section of the config file ("discord", "telegram"), read by its front end; empty if absent. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> platform(String name) {
        Object section = platforms.get(name);
        return section instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

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
        this(seeds, data, Storage.DEFAULT, Map.of());
    }

    public static Settings defaults() {
        return new Settings(Path.of("seeds"), Path.of("data"), Storage.DEFAULT, Map.of());
    }

    public Settings withSeeds(Path p) {
        return new Settings(p, data, storage, platforms, model, feeds, conversations);
    }

    public Settings withData(Path p) {
        return new Settings(seeds, p, storage, platforms, model, feeds, conversations);
    }

    public Settings withStorage(Storage s) {
        return new Settings(seeds, data, s, platforms, model, feeds, conversations);
    }

    public Settings withPlatforms(Map<String, Object> p) {
        return new Settings(seeds, data, storage, p, model, feeds, conversations);
    }

    public Settings withModel(EmbeddingModels m) {
        return new Settings(seeds, data, storage, platforms, m, feeds, conversations);
    }

    public Settings withFeeds(FeedOptions f) {
        return new Settings(seeds, data, storage, platforms, model, f, conversations);
    }

    /** At most how many conversations the command layer remembers (the least recently used is forgotten). */
    public Settings withConversations(int limit) {
        return new Settings(seeds, data, storage, platforms, model, feeds, limit);
    }

    public String jdbcUrl() {
        return storage.urlFor(data);
    }
}
