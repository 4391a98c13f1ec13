package dev.crosscheck.feed;

import dev.crosscheck.store.Database;
import dev.crosscheck.store.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the feed follower keeps in the database: the articles it fetched, each feed's fetch state, and the lease that
 * lets one process fetch when several share a PostgreSQL database. Same database and schema as the alert store.
 *
 * <p>Articles are stored once: a unique URL and a unique (outlet, hash) let the database refuse a second copy, also
 * when two processes add it at once, while one story at two outlets stays two articles. Their ids increase in the
 * order they became visible, so a process that pages with {@link #after} misses none.
 *
 * <p>Times are kept to the millisecond. Thread-safe; every failure is a {@link StorageException} with a one-line
 * message naming the database and no password.
 */
public final class FeedLedger implements AutoCloseable {
    private static final String LEASE = "feeds";
    private static final String ARTICLES = "feed_articles";
    private static final String ARTICLE_COLUMNS = "url, outlet, published, fetched, feed, title, text, hash, path";
    private static final String STATE_COLUMNS =
            "url, etag, last_modified, last_fetch, last_status, failures, next_attempt, articles";

    private final Database db;
    private final Clock clock;

    private FeedLedger(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Opens the ledger in the database at {@code jdbcUrl}, migrating its schema; {@link Database#open} tells what the
     * arguments may be and how it fails (a one-line {@link StorageException}, never showing the password).
     */
    public static FeedLedger open(String jdbcUrl, String user, String password) {
        return open(jdbcUrl, user, password, Clock.systemUTC());
    }

    /** {@link #open(String, String, String)} with the clock the lease is timed by (for tests). */
    public static FeedLedger open(String jdbcUrl, String user, String password, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        return new FeedLedger(Database.open("feed ledger", jdbcUrl, user, password), clock);
    }

    /** Whether several processes may share this database (PostgreSQL), so the lease matters. */
    public boolean shared() {
        return db.shared();
    }

    // ---------------------------------------------------------------- the fetch lease

    /**
     * Takes or renews the fetch lease for this holder until now + ttl; true when the holder has it (free, expired, or
     * already its own). Atomic across processes: one statement that inserts the lease or takes it over only when it
     * is the holder's or has expired. Each process reads its own clock, so the ttl should dwarf their skew.
     */
    public boolean lease(String holder, Duration ttl) {
        checkHolder(holder);
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("A lease lasts a positive time, not " + ttl);
        }
        long now = clock.millis();
        long until = Math.addExact(now, ttl.toMillis());
        return db.call("take the feed fetch lease for " + holder, c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO feed_lease (name, holder, expires_at)"
                    + " VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET holder = excluded.holder,"
                    + " expires_at = excluded.expires_at"
                    + " WHERE feed_lease.holder = excluded.holder OR feed_lease.expires_at <= ?")) {
                s.setString(1, LEASE);
                s.setString(2, holder);
                s.setLong(3, until);
                s.setLong(4, now);
                return s.executeUpdate() == 1;
            }
        });
    }

    /** Gives the lease up if this holder has it. */
    public void release(String holder) {
        checkHolder(holder);
        db.call("release the feed fetch lease of " + holder, c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM feed_lease WHERE name = ? AND holder = ?")) {
                s.setString(1, LEASE);
                s.setString(2, holder);
                return s.executeUpdate();
            }
        });
    }

    private static void checkHolder(String holder) {
        if (holder == null || holder.isBlank()) {
            throw new IllegalArgumentException("A lease holder needs a name");
        }
    }

    // ---------------------------------------------------------------- feed state

    /** The feed's state, or empty when it was never saved. */
    public Optional<FeedState> state(String feedUrl) {
        Objects.requireNonNull(feedUrl, "feedUrl");
        return db.call("read the state of feed " + feedUrl, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT " + STATE_COLUMNS + " FROM feeds WHERE url = ?")) {
                s.setString(1, feedUrl);
                List<FeedState> found = states(s);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        });
    }

    /** The feed's state, or a fresh one (never fetched, due now) when it was never saved. */
    public FeedState stateOf(String feedUrl) {
        return state(feedUrl).orElse(FeedState.fresh(feedUrl));
    }

    /** Every saved feed's state, by URL. */
    public List<FeedState> states() {
        return db.call("list the feeds", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + STATE_COLUMNS + " FROM feeds ORDER BY url")) {
                return states(s);
            }
        });
    }

    /**
     * Writes the feed's state, replacing what was saved for its URL. Its counts are kept as given: {@link #add} does
     * not count articles, as the one process fetching knows which feed each came from.
     */
    public void save(FeedState state) {
        Objects.requireNonNull(state, "state");
        if (state.url() == null || state.url().isBlank()) {
            throw new IllegalArgumentException("A feed state needs the feed's URL");
        }
        if (state.failures() < 0 || state.articles() < 0) {
            throw new IllegalArgumentException("Failures and articles are counts, not negative: " + state);
        }
        db.call("save the state of feed " + state.url(), c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO feeds (" + STATE_COLUMNS + ")"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET etag = excluded.etag,"
                    + " last_modified = excluded.last_modified, last_fetch = excluded.last_fetch,"
                    + " last_status = excluded.last_status, failures = excluded.failures,"
                    + " next_attempt = excluded.next_attempt, articles = excluded.articles")) {
                s.setString(1, state.url());
                s.setString(2, state.etag());
                s.setString(3, state.lastModified());
                setInstant(s, 4, state.lastFetch());
                s.setString(5, state.lastStatus());
                s.setInt(6, state.failures());
                setInstant(s, 7, state.nextAttempt());
                s.setInt(8, state.articles());
                return s.executeUpdate();
            }
        });
    }

    private static List<FeedState> states(PreparedStatement s) throws SQLException {
        List<FeedState> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new FeedState(rs.getString("url"), rs.getString("etag"), rs.getString("last_modified"),
                        instant(rs, "last_fetch"), rs.getString("last_status"), rs.getInt("failures"),
                        instant(rs, "next_attempt"), rs.getInt("articles")));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- articles

    /**
     * Stores an article unless one with the same url, or the same outlet and hash, is stored; returns it with its id,
     * or empty when it was a duplicate. The database decides (unique constraints, insert-or-ignore), so two processes
     * adding one article at once store it once. {@code article.id()} is ignored.
     *
     * @throws StorageException when another article already has the file path: writing both would lose one
     */
    public Optional<StoredArticle> add(StoredArticle article) {
        return add(article, article.url());
    }

    /**
     * {@link #add(StoredArticle)} for an article reached through a link other than its canonical URL (a feed item's
     * link to a page that names another canonical): {@link #knows} then knows the article by either.
     */
    public Optional<StoredArticle> add(StoredArticle article, String link) {
        checkArticle(article);
        return db.transaction("store article " + article.url(), c -> {
            db.appendInIdOrder(c, ARTICLES);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO " + ARTICLES + " (" + ARTICLE_COLUMNS
                    + ", link) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id")) {
                s.setString(1, article.url());
                s.setString(2, article.outlet());
                setInstant(s, 3, article.published());
                setInstant(s, 4, article.fetched());
                s.setString(5, article.feed());
                s.setString(6, article.title());
                s.setString(7, article.text());
                s.setString(8, article.hash());
                s.setString(9, article.path());
                s.setString(10, link == null || link.equals(article.url()) ? null : link);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        return Optional.of(asKept(article, rs.getLong(1)));
                    }
                }
            }
            requireDuplicate(c, article);
            return Optional.empty();
        });
    }

    /**
     * The insert was ignored: right for a duplicate, but a different article that only shares the file path must not
     * vanish silently.
     */
    private static void requireDuplicate(Connection c, StoredArticle article) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM " + ARTICLES
                + " WHERE url = ? OR (outlet = ? AND hash = ?)")) {
            s.setString(1, article.url());
            s.setString(2, article.outlet());
            s.setString(3, article.hash());
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT id, url FROM " + ARTICLES + " WHERE path = ?")) {
            s.setString(1, article.path());
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    throw new SQLException("the file path " + article.path() + " is already article "
                            + rs.getLong("id") + "'s (" + rs.getString("url") + "); writing both there would lose one");
                }
            }
        }
        throw new SQLException("the database ignored the article, yet holds no article it clashes with");
    }

    /** Whether an article with this (canonical) URL, or reached through this link, is stored. */
    public boolean knows(String url) {
        Objects.requireNonNull(url, "url");
        return db.call("look up article " + url, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM " + ARTICLES
                    + " WHERE url = ? OR link = ?")) {
                s.setString(1, url);
                s.setString(2, url);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** Articles stored after the given id, oldest first, at most limit. */
    public List<StoredArticle> after(long id, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return db.call("read the articles after " + id, c -> {
            List<StoredArticle> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, " + ARTICLE_COLUMNS + " FROM " + ARTICLES
                    + " WHERE id > ? ORDER BY id LIMIT ?")) {
                s.setLong(1, id);
                s.setInt(2, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new StoredArticle(rs.getLong("id"), rs.getString("url"), rs.getString("outlet"),
                                instant(rs, "published"), instant(rs, "fetched"), rs.getString("feed"),
                                rs.getString("title"), rs.getString("text"), rs.getString("hash"),
                                rs.getString("path")));
                    }
                }
            }
            return out;
        });
    }

    /**
     * The file paths of the articles published (or, undated, fetched) before {@code cutoff}, oldest stored first:
     * what {@code feeds.keep} removes, read without the articles' texts.
     */
    public List<String> pathsBefore(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        return db.call("list the articles from before " + cutoff, c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT path FROM " + ARTICLES
                    + " WHERE COALESCE(published, fetched) < ? ORDER BY id")) {
                // Times are kept to the millisecond: before a cutoff inside a millisecond is up to and including it.
                s.setLong(1, cutoff.toEpochMilli() + (cutoff.getNano() % 1_000_000 == 0 ? 0 : 1));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString("path"));
                    }
                }
            }
            return out;
        });
    }

    /** Closes the database; later calls fail with a {@link StorageException}. Closing twice is harmless. */
    @Override
    public void close() {
        db.close();
    }

    // ---------------------------------------------------------------- helpers

    private static void checkArticle(StoredArticle a) {
        Objects.requireNonNull(a, "article");
        Objects.requireNonNull(a.fetched(), "fetched");
        Objects.requireNonNull(a.title(), "title");
        Objects.requireNonNull(a.text(), "text");
        for (String[] field : new String[][] {{"url", a.url()}, {"outlet", a.outlet()}, {"feed", a.feed()},
                {"hash", a.hash()}, {"path", a.path()}}) {
            if (field[1] == null || field[1].isBlank()) {
                throw new IllegalArgumentException("An article needs its " + field[0] + ": " + a.url());
            }
        }
        if (!isRelativeInside(a.path())) {
            throw new IllegalArgumentException("An article's path is relative to the seeds folder and stays inside"
                    + " it: " + a.path());
        }
    }

    /** Every process writes the path under its own seeds folder, so it must not be absolute or climb out. */
    private static boolean isRelativeInside(String path) {
        if (path.startsWith("/") || path.startsWith("\\") || path.matches("^[A-Za-z]:.*")) {
            return false;
        }
        for (String part : path.split("[/\\\\]")) {
            if (part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** The article with its id, and its times cut to the millisecond as the database keeps them. */
    private static StoredArticle asKept(StoredArticle a, long id) {
        return new StoredArticle(id, a.url(), a.outlet(), millis(a.published()), millis(a.fetched()), a.feed(),
                a.title(), a.text(), a.hash(), a.path());
    }

    private static Instant millis(Instant t) {
        return t == null ? null : Instant.ofEpochMilli(t.toEpochMilli());
    }

    private static void setInstant(PreparedStatement s, int index, Instant t) throws SQLException {
        if (t == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, t.toEpochMilli());
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
