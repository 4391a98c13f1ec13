package dev.crosscheck.alert;

import static dev.crosscheck.alert.Fixtures.ALICE;
import static dev.crosscheck.alert.Fixtures.BOB;
import static dev.crosscheck.alert.Fixtures.CHANNEL;
import static dev.crosscheck.alert.Fixtures.conflict;
import static dev.crosscheck.alert.Fixtures.deaths;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.command.ChatRef;
import dev.crosscheck.conflict.Conflict;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How the dispatcher delivers the outbox, on a real database; run by a SQLite and a PostgreSQL subclass. Most tests
 * drive {@link AlertDispatcher#dispatchOnce()} with a clock that only moves when told, so nothing sleeps.
 */
abstract class AlertDispatcherContract extends StoreTestBase {
    private final List<AlertDispatcher> dispatchers = new ArrayList<>();

    private AlertDispatcher dispatcher(AlertStore store, AlertSink... sinks) {
        return dispatcher(store, clock, Duration.ofHours(1), sinks);
    }

    private AlertDispatcher dispatcher(AlertStore store, Clock clock, Duration poll, AlertSink... sinks) {
        AlertDispatcher d = new AlertDispatcher(store, clock, poll, () -> 0.5); // no jitter: exact backoff
        for (AlertSink s : sinks) {
            d.register(s);
        }
        dispatchers.add(d);
        return d;
    }

    @AfterEach
    void closeDispatchers() {
        dispatchers.forEach(AlertDispatcher::close);
    }

    private AlertStore storeWith(ChatRef... chats) {
        AlertStore store = open();
        for (ChatRef chat : chats) {
            store.subscribe(chat, "");
        }
        return store;
    }

    private OutboxEntry only(AlertStore store, ChatRef chat) {
        List<OutboxEntry> entries = store.alerts(chat);
        assertEquals(1, entries.size(), entries.toString());
        return entries.get(0);
    }

    @Test
    void dueAlertsGoToTheirPlatformsSinkAndAreMarkedDelivered() {
        AlertStore store = storeWith(ALICE, CHANNEL);
        store.publish(deaths(), Fixtures::all);
        ScriptedSink telegram = new ScriptedSink("telegram", clock);
        ScriptedSink discord = new ScriptedSink("discord", clock);
        AlertDispatcher d = dispatcher(store, telegram, discord);

        assertEquals(2, d.dispatchOnce());
        assertEquals(0, d.dispatchOnce());

        assertEquals(List.of(ALICE), telegram.calls().stream().map(ScriptedSink.Call::chat).toList());
        assertEquals(deaths(), telegram.calls().get(0).conflict());
        assertEquals(List.of(CHANNEL), discord.calls().stream().map(ScriptedSink.Call::chat).toList());
        assertEquals(OutboxEntry.Status.DELIVERED, only(store, ALICE).status());
        assertEquals(OutboxEntry.Status.DELIVERED, only(store, CHANNEL).status());
    }

    @Test
    void aChatWithTwoMatchingSubscriptionsIsToldOnce() {
        AlertStore store = storeWith(ALICE);
        store.subscribe(ALICE, "killed");
        assertEquals(2, store.publish(deaths(), Fixtures::all), "queued once per subscription");
        ScriptedSink telegram = new ScriptedSink("telegram", clock);
        AlertDispatcher d = dispatcher(store, telegram);

        assertEquals(1, d.dispatchOnce());
        assertEquals(0, d.dispatchOnce());

        assertEquals(List.of(ALICE), telegram.calls().stream().map(ScriptedSink.Call::chat).toList());
        assertTrue(store.alerts(ALICE).stream().allMatch(e -> e.status() == OutboxEntry.Status.DELIVERED),
                store.alerts(ALICE).toString());
    }

    @Test
    void aSinkThatFailsTwiceThenSucceedsDeliversExactlyOnce() {
        AlertStore store = storeWith(ALICE);
        store.publish(deaths(), Fixtures::all);
        ScriptedSink sink = new ScriptedSink("telegram", clock)
                .answers(new IllegalStateException("read timed out"), Delivery.failed("HTTP 502"));
        AlertDispatcher d = dispatcher(store, sink);

        assertEquals(1, d.dispatchOnce());
        OutboxEntry afterFirst = only(store, ALICE);
        assertEquals(1, afterFirst.attempts());
        assertEquals("IllegalStateException: read timed out", afterFirst.lastError());
        assertEquals(Fixtures.T0.plusSeconds(1), afterFirst.nextAttempt(), "first backoff: 1 s");

        clock.advance(Duration.ofMillis(999));
        assertEquals(0, d.dispatchOnce());
        clock.advance(Duration.ofMillis(1));
        assertEquals(1, d.dispatchOnce());
        assertEquals(Fixtures.T0.plusSeconds(3), only(store, ALICE).nextAttempt(), "second backoff: 2 s");
        assertEquals("HTTP 502", only(store, ALICE).lastError());

        clock.advance(Duration.ofSeconds(2));
        assertEquals(1, d.dispatchOnce());
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(10));
            assertEquals(0, d.dispatchOnce());
        }

        assertEquals(3, sink.calls().size());
        assertEquals(1, sink.delivered());
        OutboxEntry entry = only(store, ALICE);
        assertEquals(OutboxEntry.Status.DELIVERED, entry.status());
        assertEquals(2, entry.attempts());
    }

    @Test
    void aSinkAskingToRetryAfterThreeSecondsIsNotCalledAgainBeforeThen() {
        AlertStore store = storeWith(ALICE);
        store.publish(deaths(), Fixtures::all);
        ScriptedSink sink = new ScriptedSink("telegram", clock)
                .answers(Delivery.retryAfter(Duration.ofSeconds(3), "429 Too Many Requests"));
        AlertDispatcher d = dispatcher(store, sink);

        assertEquals(1, d.dispatchOnce());
        for (int i = 0; i < 29; i++) {
            clock.advance(Duration.ofMillis(100));
            assertEquals(0, d.dispatchOnce(), "called again after " + (i + 1) * 100 + " ms");
        }
        clock.advance(Duration.ofMillis(100));
        assertEquals(1, d.dispatchOnce());

        List<ScriptedSink.Call> calls = sink.calls();
        assertEquals(Duration.ofSeconds(3), Duration.between(calls.get(0).at(), calls.get(1).at()));
        assertEquals(OutboxEntry.Status.DELIVERED, only(store, ALICE).status());
    }

    @Test
    void retryAfterHoldsBackTheRestOfThatChatButNotOtherChats() {
        AlertStore store = storeWith(ALICE, BOB);
        store.publish(deaths(), Fixtures::all);
        store.publish(conflict("power", "Homes without power", Conflict.Kind.DIVERGENT, "1"), Fixtures::all);
        ScriptedSink sink = new ScriptedSink("telegram", clock)
                .answers(Delivery.retryAfter(Duration.ofSeconds(5), "429"));
        AlertDispatcher d = dispatcher(store, sink);

        assertEquals(3, d.dispatchOnce(), "Alice's first (told to wait), Bob's two; Alice's second waits with her");
        assertEquals(List.of("deaths:kyiv"), sink.calls(ALICE).stream().map(c -> c.conflict().id()).toList());
        assertEquals(2, sink.calls(BOB).size());

        clock.advance(Duration.ofSeconds(5));
        assertEquals(2, d.dispatchOnce());
        assertEquals(List.of("deaths:kyiv", "deaths:kyiv", "power"),
                sink.calls(ALICE).stream().map(c -> c.conflict().id()).toList(), "Alice's alerts keep their order");
        assertEquals(4, sink.delivered());
    }

    @Test
    void aGoneChatIsUnsubscribedAndItsAlertsDroppedWithTheReason() {
        AlertStore store = storeWith(ALICE, BOB);
        store.subscribe(ALICE, "kyiv");
        store.publish(deaths(), Fixtures::all);
        ScriptedSink sink = new ScriptedSink("telegram", clock)
                .answers(Delivery.gone("403 Forbidden: bot was blocked by the user"));
        AlertDispatcher d = dispatcher(store, sink);

        assertEquals(2, d.dispatchOnce(), "Alice once (gone), then Bob; Alice's second alert is not tried");

        assertEquals(List.of(), store.subscriptions(ALICE));
        assertEquals(List.of(BOB), store.allSubscriptions().stream().map(Subscription::chat).toList());
        List<OutboxEntry> alice = store.alerts(ALICE);
        assertEquals(2, alice.size());
        assertTrue(alice.stream().allMatch(e -> e.status() == OutboxEntry.Status.DROPPED
                && e.droppedReason().equals("403 Forbidden: bot was blocked by the user")), alice.toString());
        assertEquals(OutboxEntry.Status.DELIVERED, only(store, BOB).status());
        clock.advance(Duration.ofHours(1));
        assertEquals(0, d.dispatchOnce());
    }

    @Test
    void failuresAreRetriedWithGrowingWaitsAndNeverDropped() {
        AlertStore store = storeWith(ALICE);
        store.publish(deaths(), Fixtures::all);
        ScriptedSink sink = new ScriptedSink("telegram", clock);
        for (int i = 0; i < 12; i++) {
            sink.answers(new RuntimeException("connection reset"));
        }
        AlertDispatcher d = dispatcher(store, sink);

        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            assertEquals(1, d.dispatchOnce());
            OutboxEntry e = only(store, ALICE);
            waits.add(Duration.between(clock.instant(), e.nextAttempt()));
            clock.set(e.nextAttempt());
        }

        assertEquals(List.of(1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300),
                waits.stream().map(w -> (int) w.toSeconds()).toList());
        OutboxEntry e = only(store, ALICE);
        assertEquals(OutboxEntry.Status.PENDING, e.status());
        assertEquals(12, e.attempts());
        assertEquals(1, d.dispatchOnce());
        assertEquals(OutboxEntry.Status.DELIVERED, only(store, ALICE).status());
    }

    @Test
    void aSinkThatAnswersNothingIsRetried() {
        AlertStore store = storeWith(ALICE);
        store.publish(deaths(), Fixtures::all);
        ScriptedSink sink = new ScriptedSink("telegram", clock).answers((Object) null);
        AlertDispatcher d = dispatcher(store, sink);

        d.dispatchOnce();

        OutboxEntry e = only(store, ALICE);
        assertEquals(OutboxEntry.Status.PENDING, e.status());
        assertTrue(e.lastError().contains("no result"), e.lastError());
    }

    @Test
    void aChatsPaceSpacesItsAlertsWithoutHoldingUpOtherChats() {
        AlertStore store = storeWith(ALICE, BOB);
        store.publish(deaths(), (s, c) -> true);
        store.publish(conflict("b", "b", Conflict.Kind.DIVERGENT, "1"), (s, c) -> s.chat().equals(ALICE));
        store.publish(conflict("c", "c", Conflict.Kind.DIVERGENT, "1"), (s, c) -> s.chat().equals(ALICE));
        ScriptedSink sink = new ScriptedSink("telegram", clock, Pace.TELEGRAM);
        AlertDispatcher d = dispatcher(store, sink);

        assertEquals(2, d.dispatchOnce(), "one for each chat");
        clock.advance(Duration.ofMillis(900));
        assertEquals(0, d.dispatchOnce());
        clock.advance(Duration.ofMillis(100));
        assertEquals(1, d.dispatchOnce());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(1, d.dispatchOnce());

        List<ScriptedSink.Call> alice = sink.calls(ALICE);
        assertEquals(List.of("deaths:kyiv", "b", "c"), alice.stream().map(c -> c.conflict().id()).toList());
        for (int i = 1; i < alice.size(); i++) {
            assertFalse(Duration.between(alice.get(i - 1).at(), alice.get(i).at()).compareTo(Duration.ofSeconds(1)) < 0);
        }
        assertEquals(Fixtures.T0, sink.calls(BOB).get(0).at());
        assertEquals(0, store.alerts(ALICE).stream().filter(e -> e.attempts() > 0).count(),
                "waiting for the pace is not a failed attempt");
    }

    @Test
    void discordsFivePerFiveSecondsSendsFiveThenWaits() {
        AlertStore store = storeWith(CHANNEL);
        for (int i = 1; i <= 7; i++) {
            store.publish(conflict("c" + i, "t", Conflict.Kind.DIVERGENT, "1"), Fixtures::all);
        }
        ScriptedSink sink = new ScriptedSink("discord", clock, Pace.DISCORD);
        AlertDispatcher d = dispatcher(store, sink);

        assertEquals(5, d.dispatchOnce());
        clock.advance(Duration.ofMillis(4999));
        assertEquals(0, d.dispatchOnce());
        clock.advance(Duration.ofMillis(1));
        assertEquals(1, d.dispatchOnce());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(1, d.dispatchOnce());
        assertEquals(7, sink.delivered());
    }

    @Test
    void anOverallPaceLimitsThePlatformAsAWhole() {
        AlertStore store = open();
        for (int i = 0; i < 5; i++) {
            store.subscribe(new ChatRef("telegram", "chat" + i), "");
        }
        store.publish(deaths(), Fixtures::all);
        ScriptedSink sink = new ScriptedSink("telegram", clock, new Pace(0, Duration.ZERO, 2, Duration.ofSeconds(1)));
        AlertDispatcher d = dispatcher(store, sink);

        assertEquals(2, d.dispatchOnce());
        clock.advance(Duration.ofMillis(500));
        assertEquals(0, d.dispatchOnce());
        clock.advance(Duration.ofMillis(500));
        assertEquals(2, d.dispatchOnce());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(1, d.dispatchOnce());
        assertEquals(5, sink.delivered());
    }

    @Test
    void aRestartResumesFromTheOutboxAndResendsNothingDelivered() {
        AlertStore first = storeWith(ALICE, BOB);
        first.publish(deaths(), Fixtures::all);
        ScriptedSink beforeRestart = new ScriptedSink("telegram", clock)
                .answers(Delivery.delivered(), Delivery.failed("HTTP 503")); // Alice's goes, Bob's fails
        AlertDispatcher d1 = dispatcher(first, beforeRestart);
        assertEquals(2, d1.dispatchOnce());
        d1.close();
        first.close();

        clock.advance(Duration.ofMinutes(1));
        AlertStore second = open();
        ScriptedSink afterRestart = new ScriptedSink("telegram", clock);
        AlertDispatcher d2 = dispatcher(second, afterRestart);
        assertEquals(1, d2.dispatchOnce());
        clock.advance(Duration.ofHours(1));
        assertEquals(0, d2.dispatchOnce());

        assertEquals(List.of(BOB), afterRestart.calls().stream().map(ScriptedSink.Call::chat).toList());
        assertEquals(OutboxEntry.Status.DELIVERED, only(second, ALICE).status());
        assertEquals(OutboxEntry.Status.DELIVERED, only(second, BOB).status());
        assertEquals(1, beforeRestart.delivered(), "Alice's, before the restart");
        assertEquals(1, afterRestart.delivered(), "Bob's, after it; Alice's is not sent again");
    }

    @Test
    void alertsForAPlatformWithoutASinkWaitForOne() {
        AlertStore store = storeWith(ALICE, CHANNEL);
        store.publish(deaths(), Fixtures::all);
        ScriptedSink telegram = new ScriptedSink("telegram", clock);
        AlertDispatcher d = dispatcher(store, telegram);

        assertEquals(1, d.dispatchOnce());
        assertEquals(OutboxEntry.Status.PENDING, only(store, CHANNEL).status());

        ScriptedSink discord = new ScriptedSink("discord", clock);
        d.register(discord);
        assertEquals(1, d.dispatchOnce());
        assertEquals(OutboxEntry.Status.DELIVERED, only(store, CHANNEL).status());
        assertThrows(IllegalArgumentException.class, () -> d.register(new ScriptedSink("discord", clock)));
    }

    @Test
    void theBackgroundThreadDeliversRightAfterAWakeAndStopsOnClose() throws Exception {
        AlertStore store = storeWith(ALICE);
        CountDownLatch delivered = new CountDownLatch(1);
        AlertSink sink = new AlertSink() {
            @Override
            public String platform() {
                return "telegram";
            }

            @Override
            public Delivery deliver(ChatRef chat, Conflict conflict) {
                delivered.countDown();
                return Delivery.delivered();
            }
        };
        AlertDispatcher d = dispatcher(store, Clock.systemUTC(), Duration.ofHours(1), sink);
        d.start();
        d.start();
        assertTrue(d.running());
        Thread.sleep(100); // let the first pass find nothing; the next poll is an hour away

        store.publish(deaths(), Fixtures::all);
        d.wake();

        assertTrue(delivered.await(10, TimeUnit.SECONDS), "delivered after wake()");
        d.close();
        assertFalse(d.running());
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("crosscheck-alerts") && t.isAlive()), "no thread left behind");
        waitFor(() -> only(store, ALICE).status() == OutboxEntry.Status.DELIVERED);
        assertThrows(IllegalStateException.class, d::start);
    }

    @Test
    void theBackgroundThreadPollsWithoutAWake() throws Exception {
        AlertStore store = storeWith(ALICE);
        ScriptedSink sink = new ScriptedSink("telegram", Clock.systemUTC());
        AlertDispatcher d = dispatcher(store, Clock.systemUTC(), AlertDispatcher.DEFAULT_POLL, sink);
        d.start();
        Thread.sleep(50);
        store.publish(deaths(), Fixtures::all);

        waitFor(() -> sink.delivered() == 1);
        d.close();
        assertEquals(OutboxEntry.Status.DELIVERED, only(store, ALICE).status());
    }

    @Test
    void closingFinishesAndMarksTheAlertInFlightAndLeavesTheRestPending() throws Exception {
        AlertStore store = storeWith(ALICE, BOB);
        store.publish(deaths(), Fixtures::all);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AlertSink slow = new AlertSink() {
            @Override
            public String platform() {
                return "telegram";
            }

            @Override
            public Delivery deliver(ChatRef chat, Conflict conflict) {
                inside.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Delivery.failed("interrupted");
                }
                return Delivery.delivered();
            }
        };
        AlertDispatcher d = dispatcher(store, Clock.systemUTC(), Duration.ofHours(1), slow);
        d.start();
        assertTrue(inside.await(10, TimeUnit.SECONDS));

        Thread closer = new Thread(d::close);
        closer.start();
        Thread.sleep(200);
        assertTrue(closer.isAlive(), "close waits for the sink");
        release.countDown();
        closer.join(10_000);

        assertFalse(closer.isAlive());
        assertFalse(d.running());
        assertEquals(OutboxEntry.Status.DELIVERED, only(store, ALICE).status());
        OutboxEntry bob = only(store, BOB);
        assertEquals(OutboxEntry.Status.PENDING, bob.status());
        assertEquals(0, bob.attempts());
        assertNotNull(store.due("telegram", Instant.now(), 10).stream()
                .filter(a -> a.subscription().chat().equals(BOB)).findFirst().orElse(null), "Bob's is still due");
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out");
            Thread.sleep(10);
        }
    }
}
