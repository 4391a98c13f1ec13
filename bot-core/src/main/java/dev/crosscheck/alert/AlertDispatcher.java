package dev.crosscheck.alert;

import dev.crosscheck.command.ChatRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox: a daemon thread that every {@linkplain #DEFAULT_POLL poll interval}, and at once after
 * {@link #wake()}, takes each registered platform's due alerts, oldest first, and hands them to its sink.
 *
 * <ul>
 *   <li>{@link Delivery.Delivered}: the alert is marked delivered, only then, and never sent again.</li>
 *   <li>{@link Delivery.RetryAfter}: the alert, and the rest of that chat's alerts, wait as long as asked.</li>
 *   <li>{@link Delivery.Failed} or an exception: retried with exponential backoff and jitter (about 1 s, 2 s,
 *       4 s… up to 5 minutes); attempts are counted and the alert is never dropped for failing.</li>
 *   <li>{@link Delivery.Gone}: the chat is unsubscribed and its pending alerts dropped with the reason.</li>
 * </ul>
 *
 * <p>Each sink's {@link Pace} is kept: an alert whose chat is at its limit is postponed (without counting an
 * attempt) to when the chat is free, the chat's later alerts spaced after it, so that other chats are not held up.
 *
 * <p>Exactly once: before calling the sink the dispatcher claims the alert for {@link #LEASE} (so a second
 * dispatcher sharing a PostgreSQL outbox skips it) and marks it after the sink answers. A restart resumes from the
 * outbox. The one gap no outbox can close: if the process dies after the platform accepted a message and before it
 * was marked, that alert is sent again once the lease runs out.
 *
 * <p>Time comes from the injected {@link Clock}; {@link #dispatchOnce()} runs one pass on the caller's thread, so
 * tests can drive it without sleeping.
 */
public final class AlertDispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertDispatcher.class);

    public static final Duration DEFAULT_POLL = Duration.ofMillis(200);
    /** How long a claimed alert is held before another dispatcher may take it, should this one die. */
    public static final Duration LEASE = Duration.ofMinutes(2);
    /** Longest wait between two attempts after a failure. */
    public static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    static final int BATCH = 100;
    private static final Duration MAX_FAILURE_WAIT = Duration.ofSeconds(30);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private final AlertStore store;
    private final Clock clock;
    private final Duration poll;
    private final DoubleSupplier random;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final ReentrantLock passLock = new ReentrantLock();
    private final Semaphore wakeups = new Semaphore(0);
    private volatile boolean stopping;
    private Thread thread;
    private boolean closed;

    private record Route(AlertSink sink, Pacer pacer) {
    }

    /** A dispatcher on the system clock polling every {@link #DEFAULT_POLL}. */
    public AlertDispatcher(AlertStore store) {
        this(store, Clock.systemUTC(), DEFAULT_POLL);
    }

    public AlertDispatcher(AlertStore store, Clock clock, Duration pollInterval) {
        this(store, clock, pollInterval, () -> ThreadLocalRandom.current().nextDouble());
    }

    AlertDispatcher(AlertStore store, Clock clock, Duration pollInterval, DoubleSupplier random) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.poll = Objects.requireNonNull(pollInterval, "pollInterval");
        this.random = Objects.requireNonNull(random, "random");
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("the poll interval must be longer than zero");
        }
    }

    /** Adds the sink for its platform; one sink per platform. May be called before or after {@link #start()}. */
    public AlertDispatcher register(AlertSink sink) {
        Objects.requireNonNull(sink, "sink");
        String platform = Objects.requireNonNull(sink.platform(), "sink platform");
        Pace pace = sink.pace() == null ? Pace.UNLIMITED : sink.pace();
        if (routes.putIfAbsent(platform, new Route(sink, new Pacer(pace))) != null) {
            throw new IllegalArgumentException("A sink for platform \"" + platform + "\" is already registered");
        }
        wake();
        return this;
    }

    /** Starts the background thread (a daemon named "crosscheck-alerts"); starting twice does nothing. */
    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException("this alert dispatcher is closed");
        }
        if (thread == null) {
            thread = new Thread(this::loop, "crosscheck-alerts");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Asks for a pass now rather than at the next poll, for example right after {@link AlertStore#publish}. */
    public void wake() {
        if (wakeups.availablePermits() == 0) {
            wakeups.release();
        }
    }

    /** Whether the background thread is running. */
    public synchronized boolean running() {
        return thread != null && thread.isAlive();
    }

    private void loop() {
        int failures = 0;
        while (!stopping) {
            boolean more = false;
            long waitMillis = poll.toMillis();
            try {
                more = pass();
                failures = 0;
            } catch (RuntimeException | LinkageError e) {
                failures++;
                // The database is away or a sink is broken: log the first failures and then fewer, wait longer.
                if (Integer.bitCount(failures) == 1) {
                    LOG.warn("Alert delivery failed ({} in a row); trying again: {}", failures, e.getMessage());
                }
                waitMillis = Math.min(poll.toMillis() << Math.min(failures, 10), MAX_FAILURE_WAIT.toMillis());
                waitMillis = Math.max(waitMillis, poll.toMillis());
            }
            if (stopping) {
                break;
            }
            if (!more) {
                try {
                    wakeups.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
                    wakeups.drainPermits();
                } catch (InterruptedException e) {
                    if (stopping) {
                        break;
                    }
                }
            }
        }
    }

    /**
     * Runs one delivery pass over every registered platform on the calling thread (never at the same time as the
     * background thread's).
     *
     * @return how many alerts were handed to a sink
     */
    public int dispatchOnce() {
        passLock.lock();
        try {
            int calls = 0;
            for (Route route : routes.values()) {
                calls += dispatch(route).calls;
            }
            return calls;
        } finally {
            passLock.unlock();
        }
    }

    /** One pass; true when some platform had a full batch, so another pass should follow at once. */
    private boolean pass() {
        passLock.lock();
        try {
            boolean more = false;
            for (Route route : routes.values()) {
                if (stopping) {
                    break;
                }
                more |= dispatch(route).more;
            }
            return more;
        } finally {
            passLock.unlock();
        }
    }

    private record Outcome(int calls, boolean more) {
    }

    private Outcome dispatch(Route route) {
        AlertSink sink = route.sink();
        Pacer pacer = route.pacer();
        Instant now = clock.instant();
        pacer.prune(now);
        List<PendingAlert> due = store.due(sink.platform(), now, BATCH);
        Map<ChatRef, Integer> deferred = new HashMap<>();
        int calls = 0;
        for (PendingAlert alert : due) {
            if (stopping) {
                return new Outcome(calls, false);
            }
            now = clock.instant();
            ChatRef chat = alert.subscription().chat();
            Instant free = pacer.chatFree(chat, now);
            if (free.isAfter(now) || deferred.containsKey(chat)) {
                // Keep the chat's order: its later alerts go after this one, spaced by the pace.
                int k = deferred.merge(chat, 1, Integer::sum);
                store.postpone(alert.id(), free.plus(pacer.pace().chatSpacing().multipliedBy(k - 1L)));
                continue;
            }
            if (!pacer.overallAvailable(now)) {
                return new Outcome(calls, false); // the platform's limit: the rest stay due for the next pass
            }
            if (!store.claim(alert.id(), now, now.plus(LEASE))) {
                continue;
            }
            if (store.deliveredToChat(chat, alert.conflict().id(), alert.conflict().revision())) {
                // Another of the chat's subscriptions brought it this revision: it is not told twice.
                store.delivered(alert.id());
                continue;
            }
            pacer.sent(chat, now);
            calls++;
            Delivery result = deliver(sink, alert);
            record(pacer, alert, result);
        }
        return new Outcome(calls, due.size() == BATCH && calls > 0);
    }

    private static Delivery deliver(AlertSink sink, PendingAlert alert) {
        try {
            Delivery result = sink.deliver(alert.subscription().chat(), alert.conflict());
            return result != null ? result : Delivery.failed("the " + sink.platform() + " sink returned no result");
        } catch (Exception | LinkageError e) {
            return Delivery.failed(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private void record(Pacer pacer, PendingAlert alert, Delivery result) {
        ChatRef chat = alert.subscription().chat();
        Instant now = clock.instant();
        if (result instanceof Delivery.Delivered) {
            store.delivered(alert.id());
        } else if (result instanceof Delivery.RetryAfter r) {
            Instant when = now.plus(r.delay());
            pacer.block(chat, when);
            store.retryLater(alert.id(), "retry after " + r.delay().toMillis() + " ms"
                    + (r.reason().isBlank() ? "" : ": " + r.reason()), when);
            LOG.info("Alert {} to {} {} waits {} ms as asked: {}", alert.id(), chat.platform(), chat.id(),
                    r.delay().toMillis(), r.reason());
        } else if (result instanceof Delivery.Failed f) {
            int attempt = alert.attempts() + 1;
            Duration wait = backoff(attempt, random);
            store.retryLater(alert.id(), f.reason(), now.plus(wait));
            LOG.warn("Alert {} to {} {} failed (attempt {}), retrying in {} ms: {}", alert.id(), chat.platform(),
                    chat.id(), attempt, wait.toMillis(), f.reason());
        } else if (result instanceof Delivery.Gone g) {
            pacer.forget(chat);
            store.dropChat(chat, g.reason().isBlank() ? "chat gone" : g.reason());
            LOG.info("{} chat {} is gone ({}): unsubscribed", chat.platform(), chat.id(), g.reason());
        }
    }

    /**
     * The wait before retrying after failed attempt number {@code attempt} (1-based): 1 s doubling each time, up to
     * {@link #MAX_BACKOFF}, each spread by ±20% so that many failing alerts do not retry in step.
     */
    static Duration backoff(int attempt, DoubleSupplier random) {
        int doublings = Math.max(0, Math.min(attempt - 1, 20));
        long base = Math.min(1000L << doublings, MAX_BACKOFF.toMillis());
        double spread = 0.8 + 0.4 * Math.max(0, Math.min(1, random.getAsDouble()));
        return Duration.ofMillis(Math.min(Math.round(base * spread), MAX_BACKOFF.toMillis()));
    }

    /**
     * Stops the thread: the alert being delivered, if any, is finished and marked; the rest stay pending in the
     * outbox. Waits for the thread to end (interrupting it if a sink hangs); does not close the store.
     */
    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            stopping = true;
            t = thread;
        }
        wakeups.release();
        if (t == null) {
            return;
        }
        try {
            t.join(CLOSE_WAIT.toMillis());
            if (t.isAlive()) {
                LOG.warn("An alert sink has not answered for {} s; interrupting it", CLOSE_WAIT.toSeconds());
                t.interrupt();
                t.join(2_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (t.isAlive()) {
            LOG.warn("The alert thread did not stop; its alert stays pending and is retried after its lease");
        }
    }
}
