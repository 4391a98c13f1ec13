package dev.crosscheck.discord;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The adapter's own threads: answers are computed here, never on JDA's gateway thread (which must keep reading
 * events), and a timer defers replies that are taking long.
 */
final class Workers implements AutoCloseable {
    /** Requests waiting beyond this are refused with a "busy" reply rather than answered too late. */
    static final int QUEUE = 2_000;
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    private final ThreadPoolExecutor answers;
    private final ScheduledExecutorService timer;

    Workers() {
        // Answering is CPU work (embedding, ranking): more threads than cores would only queue inside the model.
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        this.answers = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
                named("crosscheck-discord-answer"));
        this.timer = Executors.newSingleThreadScheduledExecutor(named("crosscheck-discord-timer"));
    }

    ExecutorService answers() {
        return answers;
    }

    ScheduledExecutorService timer() {
        return timer;
    }

    /** Lets the answers under way finish (their replies still need the timer's deferrals), then stops. */
    @Override
    public void close() {
        answers.shutdown();
        try {
            if (!answers.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                answers.shutdownNow();
                answers.awaitTermination(1, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            answers.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            timer.shutdownNow();
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
