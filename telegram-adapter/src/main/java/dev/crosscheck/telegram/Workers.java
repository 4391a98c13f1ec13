package dev.crosscheck.telegram;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The adapter's own threads: the long-polling loop (telegrambots leaves its default one running after close) and
 * the answer pool, so a slow answer never holds up reading the next updates.
 */
final class Workers implements AutoCloseable {
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    private final ScheduledExecutorService poller;
    private final ThreadPoolExecutor answers;

    Workers() {
        this.poller = Executors.newSingleThreadScheduledExecutor(named("crosscheck-telegram-poll"));
        // Answering is CPU work (embedding, ranking) plus a few HTTP calls: a little more than one per core.
        int threads = Math.max(4, Runtime.getRuntime().availableProcessors() * 2);
        // Unbounded: an update taken from Telegram is acknowledged by the next getUpdates, so it must not be dropped.
        this.answers = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                named("crosscheck-telegram-answer"));
    }

    ScheduledExecutorService poller() {
        return poller;
    }

    ExecutorService answers() {
        return answers;
    }

    /** Stops polling first, then lets the answers under way (and queued) finish. */
    void stopPolling() {
        stop(poller);
    }

    @Override
    public void close() {
        stop(poller);
        stop(answers);
    }

    private static void stop(ExecutorService executor) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
                executor.awaitTermination(1, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
