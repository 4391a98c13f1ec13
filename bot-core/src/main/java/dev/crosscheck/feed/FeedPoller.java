package dev.crosscheck.feed;

import dev.crosscheck.corpus.ArticlePage;
import dev.crosscheck.corpus.CanonicalUrl;
import dev.crosscheck.corpus.CorpusReader;
import dev.crosscheck.corpus.Paragraphs;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the configured feeds: fetches those that are due, turns each new item into an article file in the seeds
 * folder (where the folder watcher indexes it, checks it for conflicts and alerts on it), and writes the files of
 * articles that another process sharing the database fetched. With a shared database only the holder of the fetch
 * lease fetches. Closing the poller closes its ledger.
 */
public final class FeedPoller implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
    private static final Duration MAX_BACKOFF = Duration.ofHours(6);
    private static final int SYNC_PAGE = 200;
    /**
     * How many feeds are fetched at once: enough that a few slow ones do not hold back the rest, few enough to stay
     * a light client (a resource bound, not a measured optimum).
     */
    private static final int PARALLEL_FEEDS = 8;

    private final FeedOptions options;
    private final Path seeds;
    private final Path syncMark;
    private final FeedLedger ledger;
    private final Fetcher fetcher;
    private final Clock clock;
    private final String holder;
    /** Each feed's own title as last read, which names it in the log while it answers 304 or fails. */
    private final java.util.Map<URI, String> titles = new java.util.concurrent.ConcurrentHashMap<>();
    private ScheduledExecutorService timer;

    public FeedPoller(FeedOptions options, Path seeds, Path data, FeedLedger ledger, Fetcher fetcher, Clock clock) {
        this.options = options;
        this.seeds = seeds;
        this.syncMark = data.resolve("feeds-synced");
        this.ledger = ledger;
        this.fetcher = fetcher;
        this.clock = clock;
        this.holder = hostName() + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID();
    }

    /** A poller over the database at this JDBC URL (its own ledger, closed with it), fetching with the system clock. */
    public static FeedPoller open(FeedOptions options, Path seeds, Path data, String jdbcUrl, String user,
                                  String password) {
        Clock clock = Clock.systemUTC();
        return new FeedPoller(options, seeds, data, FeedLedger.open(jdbcUrl, user, password, clock),
                new Fetcher(clock), clock);
    }

    /** Polls now and then every poll interval on a background thread, until closed. */
    public synchronized void start() {
        if (timer != null || options.sources().isEmpty()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "crosscheck-feeds");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::pollQuietly, 0, options.poll().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pollQuietly() {
        try {
            poll(false);
        } catch (RuntimeException e) {
            // A poll that fails as a whole (the database is down) is tried again at the next one.
            LOG.warn("feed poll failed: {}", e.getMessage());
        }
    }

    /**
     * One poll: the feeds that are due (every feed when {@code all}) are fetched if this process may fetch, then the
     * files of stored articles this folder lacks are written and articles past {@code feeds.keep} removed.
     */
    public synchronized List<FeedOutcome> poll(boolean all) {
        List<FeedOutcome> outcomes = new ArrayList<>();
        if (!ledger.shared() || ledger.lease(holder, leaseTime())) {
            List<Due> due = new ArrayList<>();
            for (FeedSource source : options.sources()) {
                FeedState state = ledger.stateOf(source.url().toString());
                if (all || state.nextAttempt() == null || !state.nextAttempt().isAfter(clock.instant())) {
                    due.add(new Due(source, state));
                }
            }
            // Feeds are fetched side by side: one that is slow to answer (a fresh user's took its whole timeout every
            // poll) no longer holds back the others' new articles. The fetcher keeps each host's pace.
            for (FeedOutcome outcome : fetchAll(due)) {
                if (outcome.failed()) {
                    LOG.warn(outcome.line());
                } else {
                    LOG.info(outcome.line());
                }
                outcomes.add(outcome);
            }
        }
        sync();
        expire();
        return outcomes;
    }

    /** A feed due for a fetch, with its state as saved. */
    private record Due(FeedSource source, FeedState state) {
    }

    /** Each due feed fetched and stored on a thread of its own, up to {@link #PARALLEL_FEEDS}; outcomes in order. */
    private List<FeedOutcome> fetchAll(List<Due> due) {
        if (due.size() <= 1) {
            return due.isEmpty() ? List.of() : List.of(pollFeed(due.get(0).source(), due.get(0).state()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(due.size(), PARALLEL_FEEDS), r -> {
            Thread t = new Thread(r, "crosscheck-feed-fetch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<FeedOutcome>> running = new ArrayList<>();
            for (Due d : due) {
                running.add(pool.submit(() -> pollFeed(d.source(), d.state())));
            }
            List<FeedOutcome> out = new ArrayList<>();
            for (Future<FeedOutcome> f : running) {
                out.add(f.get());
            }
            return out;
        } catch (ExecutionException e) {
            // A poll that fails as a whole (the database is down) fails as it did when feeds were fetched in turn.
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("feed poll interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private FeedOutcome pollFeed(FeedSource source, FeedState state) {
        Instant now = clock.instant();
        String outlet = source.name() != null ? source.name() : titles.getOrDefault(source.url(),
                source.url().getHost());
        Fetcher.Response response;
        FeedDocument feed;
        try {
            response = fetcher.get(source.url(), Fetcher.Kind.FEED, state.etag(), state.lastModified());
            feed = response.notModified() ? null : FeedDocument.parse(response.body(), response.uri());
        } catch (FetchException e) {
            Duration wait = backoff(state.failures() + 1);
            ledger.save(state.failed(now, e.getMessage(), now.plus(wait)));
            return new FeedOutcome(source, outlet, e.getMessage() + "; retry in " + Durations.format(wait), true,
                    List.of(), List.of());
        }
        Duration next = later(options.poll(), response.maxAge(), feed == null ? null : feed.ttl());
        if (feed == null) {
            ledger.save(state.fetched(now, "304 not modified", state.etag(), state.lastModified(), now.plus(next), 0));
            return new FeedOutcome(source, outlet, "304 not modified", false, List.of(), List.of());
        }
        if (source.name() == null && feed.title() != null && !feed.title().isBlank()) {
            outlet = feed.title();
            titles.put(source.url(), outlet);
        }
        List<String> added = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (FeedItem item : feed.items()) {
            store(source, outlet, item, now, added, skipped);
        }
        feed.unlinked().forEach(item -> skipped.add(item + ": no http(s) link to its article"));
        String status = "200, " + added.size() + " new";
        ledger.save(state.fetched(now, status, response.etag(), response.lastModified(), now.plus(next),
                added.size()));
        return new FeedOutcome(source, outlet, status, false, added, skipped);
    }

    /** Stores one item as an article unless it is stored already; says which in {@code added} or {@code skipped}. */
    private void store(FeedSource source, String outlet, FeedItem item, Instant now, List<String> added,
                       List<String> skipped) {
        URI link = CanonicalUrl.of(item.link());
        URI url = link;
        if (ledger.knows(url.toString())) {
            skipped.add(url + ": already stored");
            return;
        }
        String title = item.title();
        Instant published = item.published();
        if (pastKeep(published)) {
            skipped.add(url + ": " + pastKeepReason());
            return;
        }
        List<String> paragraphs;
        if (item.content() != null) {
            paragraphs = Paragraphs.ofHtml(item.content());
        } else {
            ArticlePage page;
            try {
                Fetcher.Response r = fetcher.get(item.link(), Fetcher.Kind.PAGE, null, null);
                page = ArticlePage.read(r.body(), r.contentType(), r.uri());
            } catch (FetchException e) {
                skipped.add(url + ": " + e.getMessage());
                return;
            }
            if (!page.canonical().equals(url) && ledger.knows(page.canonical().toString())) {
                skipped.add(url + ": already stored as " + page.canonical());
                return;
            }
            url = page.canonical();
            title = title != null && !title.isBlank() ? title : page.title();
            published = published != null ? published : page.published();
            paragraphs = page.paragraphs();
            if (pastKeep(published)) {
                skipped.add(url + ": " + pastKeepReason());
                return;
            }
        }
        if (paragraphs.isEmpty()) {
            skipped.add(url + ": no article text found");
            return;
        }
        title = title == null || title.isBlank() ? paragraphs.get(0) : title;
        String text = String.join("\n\n", paragraphs);
        String path = ArticleFile.pathFor(seeds, outlet, published != null ? published : now, title);
        String hash = CorpusReader.sha256(text.getBytes(StandardCharsets.UTF_8));
        Optional<StoredArticle> stored = ledger.add(new StoredArticle(0, url.toString(), outlet, published, now,
                source.url().toString(), title, text, hash, path), link.toString());
        if (stored.isPresent()) {
            added.add(path + " (" + title + ")");
            try {
                // Written at once, so the next item's free path is chosen knowing of this one.
                ArticleFile.write(seeds, stored.get());
            } catch (IOException e) {
                LOG.warn("could not write {} (tried again at the next poll): {}", path, e.getMessage());
            }
        } else {
            skipped.add(url + ": the same article is already stored for " + outlet);
        }
    }

    /** Writes the files of stored articles that this seeds folder does not have yet (fetched here or elsewhere). */
    private void sync() {
        long mark = readMark();
        for (List<StoredArticle> page = ledger.after(mark, SYNC_PAGE); !page.isEmpty();
             page = ledger.after(mark, SYNC_PAGE)) {
            for (StoredArticle a : page) {
                if (!expired(a) && !Files.exists(seeds.resolve(a.path()))) {
                    try {
                        ArticleFile.write(seeds, a);
                    } catch (IOException e) {
                        // Left for the next poll: the mark stays before this article.
                        LOG.warn("could not write {}: {}", a.path(), e.getMessage());
                        writeMark(mark);
                        return;
                    }
                }
                mark = a.id();
            }
        }
        writeMark(mark);
    }

    /** Removes fetched articles older than {@code feeds.keep}; files written by hand are never touched. */
    private void expire() {
        if (options.keep() == null) {
            return;
        }
        for (String path : ledger.pathsBefore(keptSince())) {
            try {
                if (Files.deleteIfExists(seeds.resolve(path))) {
                    LOG.info("removed {}: older than feeds.keep ({})", path, Durations.format(options.keep()));
                }
            } catch (IOException e) {
                LOG.warn("could not remove {}: {}", path, e.getMessage());
            }
        }
    }

    private boolean expired(StoredArticle a) {
        Instant time = a.published() != null ? a.published() : a.fetched();
        return options.keep() != null && time.isBefore(keptSince());
    }

    /**
     * An article published before {@code feeds.keep} would be removed by the same round that stored it ("fetch"
     * listed such articles as added): it is skipped instead, saying why.
     */
    private boolean pastKeep(Instant published) {
        return options.keep() != null && published != null && published.isBefore(keptSince());
    }

    private String pastKeepReason() {
        return "published before feeds.keep (" + Durations.format(options.keep()) + ")";
    }

    /** Articles published (or, undated, fetched) before this are past {@code feeds.keep}. */
    private Instant keptSince() {
        return clock.instant().minus(options.keep());
    }

    private long readMark() {
        try {
            return Files.exists(syncMark) ? Long.parseLong(Files.readString(syncMark).strip()) : 0;
        } catch (IOException | NumberFormatException e) {
            // A lost mark costs only a check of each stored article's file.
            return 0;
        }
    }

    private void writeMark(long mark) {
        try {
            Files.createDirectories(syncMark.getParent());
            Files.writeString(syncMark, Long.toString(mark), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("could not record feed sync position in {}: {}", syncMark, e.getMessage());
        }
    }

    /** The next poll's delay: the poll interval, unless the feed asks for less often (ttl, Cache-Control). */
    private static Duration later(Duration poll, Duration maxAge, Duration ttl) {
        Duration d = poll;
        for (Duration asked : new Duration[] {maxAge, ttl}) {
            if (asked != null && asked.compareTo(d) > 0) {
                d = asked;
            }
        }
        return d;
    }

    /** Waits after a failure: the poll interval, doubling with each failure in a row, up to six hours. */
    private Duration backoff(int failures) {
        Duration d = options.poll().multipliedBy(1L << Math.min(failures - 1, 16));
        Duration cap = options.poll().compareTo(MAX_BACKOFF) > 0 ? options.poll() : MAX_BACKOFF;
        return d.compareTo(cap) > 0 ? cap : d;
    }

    /** A crashed holder's lease runs out after two polls, and another process takes over. */
    private Duration leaseTime() {
        return options.poll().multipliedBy(2).plusSeconds(30);
    }

    /** The feeds with what is known of their last fetch. */
    public List<FeedState> states() {
        return options.sources().stream().map(s -> ledger.stateOf(s.url().toString())).toList();
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "host";
        }
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
        try {
            if (ledger.shared()) {
                ledger.release(holder);
            }
        } finally {
            ledger.close();
        }
    }
}
