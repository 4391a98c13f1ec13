package dev.crosscheck.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.MutableClock;
import dev.crosscheck.alert.AlertStore;
import dev.crosscheck.command.ChatRef;
import dev.crosscheck.store.StorageException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the feed ledger promises on any database; a subclass gives it an empty SQLite file or PostgreSQL schema. */
abstract class FeedLedgerContract {
    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    static final String BBC_FEED = "https://feeds.bbci.co.uk/news/world/rss.xml";
    static final String REUTERS_FEED = "https://www.reuters.com/world/rss";
    static final Duration TTL = Duration.ofMinutes(5);

    protected final MutableClock clock = new MutableClock(T0);
    private final List<FeedLedger> opened = new ArrayList<>();

    /** The JDBC URL of an empty database for this test. */
    protected abstract String url();

    /** The folder of this dialect's migrations, to build a database as an older release left it. */
    protected abstract String migrations();

    protected FeedLedger open() {
        FeedLedger ledger = FeedLedger.open(url(), null, null, clock);
        opened.add(ledger);
        return ledger;
    }

    @AfterEach
    void closeLedgers() {
        opened.forEach(FeedLedger::close);
        opened.clear();
    }

    static StoredArticle article(String url, String outlet, String hash, String path) {
        return new StoredArticle(0, url, outlet, T0.minusSeconds(3600), T0, outlet.equals("bbc") ? BBC_FEED
                : REUTERS_FEED, "Strike on Kyiv", "At least six people were killed in the strike on Kyiv.", hash, path);
    }

    static StoredArticle numbered(int i) {
        return article("https://www.bbc.com/news/" + i, "bbc", "h" + i, "feeds/bbc/" + i + ".txt");
    }

    // ---------------------------------------------------------------- articles

    @Test
    void aSecondCopyByUrlOrByOutletAndHashIsRefusedWhileAnotherOutletsCopyIsKept() {
        FeedLedger ledger = open();
        assertTrue(ledger.add(article("https://bbc.com/a", "bbc", "wire", "feeds/bbc/a.txt")).isPresent());

        assertEquals(Optional.empty(), ledger.add(article("https://bbc.com/a", "bbc", "edited", "feeds/bbc/a2.txt")),
                "the same URL again, even with other text");
        assertEquals(Optional.empty(), ledger.add(article("https://bbc.com/b", "bbc", "wire", "feeds/bbc/b.txt")),
                "the same story at the same outlet under another URL");
        Optional<StoredArticle> syndicated =
                ledger.add(article("https://reuters.com/a", "reuters", "wire", "feeds/reuters/a.txt"));

        assertTrue(syndicated.isPresent(), "one wire story at two outlets stays two documents");
        assertEquals(List.of("https://bbc.com/a", "https://reuters.com/a"),
                ledger.after(0, 10).stream().map(StoredArticle::url).toList());
    }

    @Test
    void anAddedArticleComesBackWithItsIdAsTheLedgerKeepsIt() {
        FeedLedger ledger = open();
        StoredArticle undated = new StoredArticle(77, "https://bbc.com/x", "bbc", null,
                T0.plusNanos(123_456_789), BBC_FEED, "", "Text.", "hx", "feeds/bbc/x.txt");

        StoredArticle stored = ledger.add(undated).orElseThrow();

        assertNotEquals(77, stored.id(), "the given id is ignored");
        assertEquals(T0.plusMillis(123), stored.fetched(), "times are kept to the millisecond");
        assertEquals(List.of(stored), ledger.after(stored.id() - 1, 10), "it reads back exactly as add returned it");
        assertEquals(null, stored.published());
    }

    @Test
    void afterPagesOldestFirstWithoutSkippingOrRepeating() {
        FeedLedger ledger = open();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(ledger.add(numbered(i)).orElseThrow().id());
        }

        List<Long> paged = new ArrayList<>();
        long cursor = 0;
        for (List<StoredArticle> page = ledger.after(cursor, 3); !page.isEmpty(); page = ledger.after(cursor, 3)) {
            assertTrue(page.size() <= 3);
            page.forEach(a -> paged.add(a.id()));
            cursor = page.get(page.size() - 1).id();
        }

        assertEquals(ids, paged);
        assertEquals(List.of(), ledger.after(0, 0));
        assertEquals(List.of("https://www.bbc.com/news/5", "https://www.bbc.com/news/6"),
                ledger.after(ids.get(4), 10).stream().map(StoredArticle::url).toList());
    }

    @Test
    void pathsBeforeACutoffAreThoseOfArticlesPublishedOrUndatedFetchedBeforeIt() {
        FeedLedger ledger = open();
        StoredArticle dated = article("https://bbc.com/old", "bbc", "old", "feeds/bbc/old.md");
        ledger.add(dated);
        ledger.add(new StoredArticle(0, "https://bbc.com/undated", "bbc", null, T0.plusSeconds(60), BBC_FEED, "Undated",
                "No date was given.", "undated", "feeds/bbc/undated.md"));
        assertEquals(List.of(), ledger.pathsBefore(dated.published()), "an article at the cutoff is not before it");
        assertEquals(List.of("feeds/bbc/old.md"), ledger.pathsBefore(dated.published().plusNanos(1)));
        assertEquals(List.of("feeds/bbc/old.md"), ledger.pathsBefore(T0));
        assertEquals(List.of("feeds/bbc/old.md"), ledger.pathsBefore(T0.plusSeconds(60)));
        assertEquals(List.of("feeds/bbc/old.md", "feeds/bbc/undated.md"), ledger.pathsBefore(T0.plusSeconds(61)));
    }

    @Test
    void knowsTheUrlsItStored() {
        FeedLedger ledger = open();
        ledger.add(numbered(1));
        assertTrue(ledger.knows("https://www.bbc.com/news/1"));
        assertFalse(ledger.knows("https://www.bbc.com/news/2"));
    }

    @Test
    void anotherArticleAtATakenPathIsAClearErrorAndTheFirstIsKept() {
        FeedLedger ledger = open();
        StoredArticle first = ledger.add(numbered(1)).orElseThrow();

        StorageException e = assertThrows(StorageException.class,
                () -> ledger.add(article("https://bbc.com/other", "bbc", "other", first.path())));

        assertTrue(e.getMessage().contains(first.path()) && e.getMessage().contains(first.url()), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertEquals(List.of(first), ledger.after(0, 10));
        assertFalse(ledger.knows("https://bbc.com/other"));
    }

    @Test
    void articlesWithoutWhatTheyNeedOrWithAPathOutsideTheSeedsAreRefused() {
        FeedLedger ledger = open();
        for (String path : List.of("/etc/passwd", "../outside.txt", "feeds/../../x.txt", "C:\\x.txt", "\\\\host\\x")) {
            assertThrows(IllegalArgumentException.class,
                    () -> ledger.add(article("https://bbc.com/p", "bbc", "hp", path)), path);
        }
        assertThrows(IllegalArgumentException.class, () -> ledger.add(article(" ", "bbc", "h", "feeds/a.txt")));
        assertThrows(IllegalArgumentException.class, () -> ledger.add(article("https://bbc.com/p", "", "h", "a.txt")));
        assertThrows(NullPointerException.class, () -> ledger.add(null));
        assertEquals(List.of(), ledger.after(0, 10));
    }

    @Test
    void processesAddingTheSameArticlesAtOnceStoreEachOnce() throws Exception {
        List<FeedLedger> ledgers = List.of(open(), open(), open());
        int articles = 15;
        ExecutorService pool = Executors.newFixedThreadPool(ledgers.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Integer>> work = new ArrayList<>();
            for (FeedLedger ledger : ledgers) {
                work.add(() -> {
                    start.await();
                    int stored = 0;
                    for (int i = 0; i < articles; i++) {
                        stored += ledger.add(numbered(i)).isPresent() ? 1 : 0;
                        // the same story under another URL, as a second feed of the outlet would give it
                        stored += ledger.add(article("https://bbc.co.uk/" + i, "bbc", "h" + i, "feeds/bbc/" + i
                                + "-uk.txt")).isPresent() ? 1 : 0;
                    }
                    return stored;
                });
            }
            List<Future<Integer>> results = new ArrayList<>();
            work.forEach(w -> results.add(pool.submit(w)));
            start.countDown();
            int stored = 0;
            for (Future<Integer> f : results) {
                stored += f.get(60, TimeUnit.SECONDS);
            }
            assertEquals(articles, stored, "each story was stored by exactly one of them");
        } finally {
            pool.shutdownNow();
        }
        List<StoredArticle> all = ledgers.get(0).after(0, 100);
        assertEquals(articles, all.size());
        assertEquals(articles, all.stream().map(StoredArticle::hash).distinct().count());
    }

    @Test
    void anArticleBecomesVisibleOnlyAfterThoseWithLowerIds() throws Exception {
        FeedLedger ledger = open();
        FeedLedger reader = open();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection other = DriverManager.getConnection(url())) {
            // another process in the middle of storing an article: its id is taken, its commit not yet made
            other.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                s.executeUpdate("INSERT INTO feed_articles (url, outlet, fetched, feed, title, text, hash, path)"
                        + " VALUES ('https://bbc.com/first', 'bbc', 0, 'f', '', 'x', 'first', 'feeds/first.txt')");
            }
            Future<StoredArticle> second = pool.submit(() -> ledger.add(numbered(2)).orElseThrow());
            Thread.sleep(500);

            assertEquals(List.of(), reader.after(0, 10), "a reader that saw the second would skip the first");
            other.commit();

            long secondId = second.get(30, TimeUnit.SECONDS).id();
            List<StoredArticle> all = reader.after(0, 10);
            assertEquals(List.of("https://bbc.com/first", "https://www.bbc.com/news/2"),
                    all.stream().map(StoredArticle::url).toList());
            assertEquals(secondId, all.get(1).id());
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- feed state

    @Test
    void aFeedsStateIsReplacedBySavingAndSurvivesARestart() {
        FeedLedger ledger = open();
        assertEquals(Optional.empty(), ledger.state(BBC_FEED));
        assertEquals(FeedState.fresh(BBC_FEED), ledger.stateOf(BBC_FEED), "a feed never fetched is due now");
        ledger.save(FeedState.fresh(BBC_FEED));
        ledger.save(FeedState.fresh(REUTERS_FEED));
        FeedState fetched = new FeedState(BBC_FEED, "\"abc123\"", "Sat, 01 Mar 2025 09:58:00 GMT", T0,
                "200 OK, 3 new", 0, T0.plus(Duration.ofMinutes(15)), 3);
        ledger.save(fetched);
        ledger.close();

        FeedLedger restarted = open();

        assertEquals(Optional.of(fetched), restarted.state(BBC_FEED));
        assertEquals(fetched, restarted.stateOf(BBC_FEED));
        assertEquals(List.of(fetched, FeedState.fresh(REUTERS_FEED)), restarted.states());
        FeedState failing = new FeedState(BBC_FEED, null, null, T0.plusSeconds(900), "404 Not Found", 2,
                T0.plusSeconds(2700), 3);
        restarted.save(failing);
        assertEquals(Optional.of(failing), restarted.state(BBC_FEED), "null validators replace the old ones");
        assertEquals(2, restarted.states().size());
    }

    @Test
    void aFreshFeedHasNoValidatorsNoFailuresAndIsDueNow() {
        FeedState fresh = FeedState.fresh(BBC_FEED);
        assertEquals(new FeedState(BBC_FEED, null, null, null, null, 0, null, 0), fresh);
        FeedLedger ledger = open();
        ledger.save(fresh);
        assertEquals(Optional.of(fresh), ledger.state(BBC_FEED));
        assertThrows(IllegalArgumentException.class, () -> ledger.save(FeedState.fresh(" ")));
        assertThrows(IllegalArgumentException.class,
                () -> ledger.save(new FeedState(BBC_FEED, null, null, null, null, -1, null, 0)));
    }

    // ---------------------------------------------------------------- the lease

    @Test
    void oneOfTwoProcessesHoldsTheLeaseUntilItExpires() {
        FeedLedger a = open();
        FeedLedger b = open();

        assertTrue(a.lease("shard-a", TTL));
        assertFalse(b.lease("shard-b", TTL), "held by the other");
        clock.advance(TTL.minusSeconds(1));
        assertTrue(a.lease("shard-a", TTL), "the holder renews it");
        clock.advance(TTL.minusSeconds(1));
        assertFalse(b.lease("shard-b", TTL), "renewed, so not expired yet");
        clock.advance(Duration.ofSeconds(1));
        assertTrue(b.lease("shard-b", TTL), "expired: handed over");
        assertFalse(a.lease("shard-a", TTL), "and the old holder has lost it");
    }

    @Test
    void releasingHandsTheLeaseOverAtOnceButOnlyTheHolderCanReleaseIt() {
        FeedLedger a = open();
        FeedLedger b = open();
        assertTrue(a.lease("shard-a", TTL));

        b.release("shard-b");
        assertFalse(b.lease("shard-b", TTL), "releasing what one does not hold changes nothing");
        a.release("shard-a");
        assertTrue(b.lease("shard-b", TTL));
        a.release("shard-a");
        assertFalse(a.lease("shard-a", TTL));
    }

    @Test
    void manyProcessesAskingAtOnceGiveTheLeaseToOne() throws Exception {
        int takers = 4;
        List<FeedLedger> ledgers = new ArrayList<>();
        for (int i = 0; i < takers; i++) {
            ledgers.add(open());
        }
        ExecutorService pool = Executors.newFixedThreadPool(takers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> won = new ArrayList<>();
            for (int i = 0; i < takers; i++) {
                FeedLedger ledger = ledgers.get(i);
                String holder = "shard-" + i;
                won.add(pool.submit(() -> {
                    start.await();
                    return ledger.lease(holder, TTL);
                }));
            }
            start.countDown();
            int winners = 0;
            for (Future<Boolean> f : won) {
                winners += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(1, winners);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLeaseNeedsAHolderAndAPositiveTime() {
        FeedLedger ledger = open();
        assertThrows(IllegalArgumentException.class, () -> ledger.lease(" ", TTL));
        assertThrows(IllegalArgumentException.class, () -> ledger.lease("shard-a", Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> ledger.lease("shard-a", Duration.ofSeconds(-1)));
    }

    // ---------------------------------------------------------------- opening and closing

    @Test
    void aClosedLedgerSaysClearlyItIsClosed() {
        FeedLedger ledger = open();
        ledger.close();
        ledger.close();
        for (Runnable call : List.<Runnable>of(() -> ledger.knows("https://bbc.com/a"),
                () -> ledger.add(numbered(1)), () -> ledger.lease("shard-a", TTL), ledger::states)) {
            StorageException e = assertThrows(StorageException.class, call::run);
            assertTrue(e.getMessage().contains("feed ledger") && e.getMessage().contains("closed"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Test
    void aDatabaseFromBeforeFeedsGetsTheFeedTablesAndKeepsItsSubscriptions() throws SQLException {
        Flyway.configure().dataSource(url(), null, null).locations(migrations()).target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO subscriptions (platform, chat_id, topic, created_at)"
                    + " VALUES ('telegram', '1001', 'kyiv', 0)");
        }

        FeedLedger ledger = open();
        ledger.add(numbered(1)).orElseThrow();

        try (AlertStore alerts = AlertStore.open(url(), null, null, clock)) {
            assertEquals(0, alerts.migrationsApplied(), "the ledger brought the whole schema up to date");
            assertEquals("kyiv", alerts.subscriptions(new ChatRef("telegram", "1001")).get(0).topic());
        }
    }
}
