package dev.crosscheck;

import dev.crosscheck.alert.AlertDispatcher;
import dev.crosscheck.alert.AlertSink;
import dev.crosscheck.alert.AlertStore;
import dev.crosscheck.alert.Topics;
import dev.crosscheck.conflict.Conflict;
import dev.crosscheck.config.Settings;
import dev.crosscheck.corpus.FolderWatcher;
import dev.crosscheck.feed.FeedPoller;
import dev.crosscheck.index.Embedder;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running bot: the core, the subscription store, the alert dispatcher, the watcher on the seeds folder and the
 * feed poller that writes fetched articles into it.
 * A new or changed article is indexed, checked for conflicts, and every matching subscriber alerted; front ends
 * (console, Discord, Telegram) register as the sinks that deliver those alerts.
 */
public final class Bot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Bot.class);

    private final Crosscheck core;
    private final AlertStore store;
    private final AlertDispatcher dispatcher;
    private volatile FolderWatcher watcher;
    private volatile FeedPoller feeds;
    private final java.util.concurrent.CompletableFuture<Void> ready = new java.util.concurrent.CompletableFuture<>();
    private volatile boolean closed;

    private Bot(Crosscheck core, AlertStore store) {
        this.core = core;
        this.store = store;
        this.dispatcher = new AlertDispatcher(store);
    }

    public static Bot start(Settings settings) {
        return start(settings, Embedder.bundled(settings.model()), FolderWatcher.DEFAULT_DEBOUNCE);
    }

    public static Bot start(Settings settings, Embedder embedder, Duration debounce) {
        // Subscriptions are stored to the millisecond: anything made during this run is at or after this instant.
        java.time.Instant started = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        AlertStore store = AlertStore.open(settings.jdbcUrl(), settings.storage().user(), settings.storage().password());
        Crosscheck core;
        try {
            core = Crosscheck.open(settings, embedder);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        core.withSubscriptions(store);
        Bot bot = new Bot(core, store);
        bot.dispatcher.start();
        try {
            bot.watcher = FolderWatcher.start(settings.seeds(), debounce, core.corpus(),
                    change -> bot.publish(core.apply(change)));
        } catch (RuntimeException e) {
            bot.close();
            throw e;
        }
        if (!settings.feeds().sources().isEmpty()) {
            try {
                // The feeds write article files into the seeds folder: the watcher above indexes and checks them.
                bot.feeds = FeedPoller.open(settings.feeds(), settings.seeds(), settings.data(), settings.jdbcUrl(),
                        settings.storage().user(), settings.storage().password());
                bot.feeds.start();
            } catch (RuntimeException e) {
                bot.close();
                throw e;
            }
        }
        // Conflicts found at start are recorded (and alerted when new since the last run) once detection is done.
        Thread initial = new Thread(() -> {
            try {
                // Conflicts already in the corpus at start are news only to subscriptions older than this run; a
                // chat that subscribes while they are being found gets the changes after it, not the backlog.
                List<Conflict> standing = core.conflicts();
                bot.publish(standing, (s, c) -> s.created().isBefore(started) && Topics.matches(s, c));
                // A conflict alerted in an earlier run that the folder no longer holds (a report changed or removed
                // while the bot was down) is withdrawn as a running bot would have withdrawn it.
                Set<String> ids = standing.stream().map(Conflict::id).collect(java.util.stream.Collectors.toSet());
                bot.publish(store.conflicts().stream().filter(c -> !ids.contains(c.id())).map(Conflict::resolved)
                        .toList());
                bot.ready.complete(null);
            } catch (RuntimeException e) {
                bot.ready.completeExceptionally(e);
            }
        }, "crosscheck-initial-conflicts");
        initial.setDaemon(true);
        initial.start();
        return bot;
    }

    /** Queues an alert for every subscription whose topic matches each new or changed conflict. */
    void publish(List<Conflict> conflicts) {
        publish(conflicts, Topics::matches);
    }

    private void publish(List<Conflict> conflicts, java.util.function.BiPredicate<dev.crosscheck.alert.Subscription,
            Conflict> matches) {
        int queued = 0;
        for (Conflict c : conflicts) {
            if (closed) {
                // A one-shot `ask` closes before start-up detection ends; what is not recorded now is found again
                // at the next start and alerted then, so stopping here loses nothing.
                return;
            }
            try {
                queued += store.publish(c, matches);
            } catch (RuntimeException e) {
                if (closed) {
                    return;
                }
                LOG.error("could not queue alerts for conflict {}: {}", c.id(), e.getMessage());
            }
        }
        if (queued > 0) {
            LOG.info("{} alert(s) queued", queued);
            dispatcher.wake();
        }
    }

    /** Waits until the conflicts found at start are recorded, so only later changes alert new subscribers. */
    public void awaitReady(Duration timeout) {
        try {
            ready.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("start-up conflict check failed: " + e.getCause().getMessage(), e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("start-up conflict check still running after " + timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Adds a front end that delivers alerts to its platform's chats. */
    public Bot register(AlertSink sink) {
        dispatcher.register(sink);
        dispatcher.wake();
        return this;
    }

    public Crosscheck core() {
        return core;
    }

    public AlertStore store() {
        return store;
    }

    @Override
    public void close() {
        closed = true;
        FeedPoller f = feeds;
        if (f != null) {
            f.close();
        }
        FolderWatcher w = watcher;
        if (w != null) {
            w.close();
        }
        dispatcher.close();
        core.close();
        store.close();
    }
}
