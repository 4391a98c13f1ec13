package dev.crosscheck.alert;

import static dev.crosscheck.alert.Fixtures.ALICE;
import static dev.crosscheck.alert.Fixtures.BOB;
import static dev.crosscheck.alert.Fixtures.CHANNEL;
import static dev.crosscheck.alert.Fixtures.conflict;
import static dev.crosscheck.alert.Fixtures.deaths;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.command.ChatRef;
import dev.crosscheck.conflict.Conflict;
import dev.crosscheck.corpus.Origin;
import dev.crosscheck.store.StorageException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every database behind {@link AlertStore} must do; run by a SQLite and a PostgreSQL subclass. */
abstract class AlertStoreContract extends StoreTestBase {

    @Test
    void subscribingTwiceKeepsOneSubscriptionWithANormalisedTopic() {
        AlertStore store = open();
        Subscription first = store.subscribe(ALICE, "  Kyiv \t  STRIKES ");
        clock.advance(Duration.ofMinutes(1));
        Subscription again = store.subscribe(ALICE, "kyiv strikes");

        assertEquals(first, again);
        assertEquals("kyiv strikes", first.topic());
        assertEquals(Fixtures.T0, first.created());
        assertFalse(first.everything());
        assertEquals(List.of(first), store.subscriptions(ALICE));
    }

    @Test
    void aBlankTopicSubscribesToEverything() {
        AlertStore store = open();
        Subscription all = store.subscribe(ALICE, "   ");
        assertTrue(all.everything());
        assertEquals(all, store.subscribe(ALICE, null));
        assertEquals(1, store.subscriptions(ALICE).size());
    }

    @Test
    void subscriptionsAreListedPerChatAndAltogether() {
        AlertStore store = open();
        Subscription a = store.subscribe(ALICE, "kyiv");
        Subscription b = store.subscribe(BOB, "kyiv");
        Subscription c = store.subscribe(CHANNEL, "");
        Subscription d = store.subscribe(ALICE, "power");

        assertEquals(List.of(a, d), store.subscriptions(ALICE));
        assertEquals(List.of(c), store.subscriptions(CHANNEL));
        assertEquals(List.of(), store.subscriptions(new ChatRef("telegram", "nobody")));
        assertEquals(List.of(a, b, c, d), store.allSubscriptions());
    }

    @Test
    void unsubscribeRemovesOneTopicAndSaysZeroWhenThereWasNone() {
        AlertStore store = open();
        store.subscribe(ALICE, "kyiv");
        Subscription power = store.subscribe(ALICE, "power");

        assertEquals(1, store.unsubscribe(ALICE, " KYIV "));
        assertEquals(0, store.unsubscribe(ALICE, "kyiv"));
        assertEquals(0, store.unsubscribe(BOB, "power"));
        assertEquals(List.of(power), store.subscriptions(ALICE));
    }

    @Test
    void unsubscribeAllRemovesEveryTopicOfThatChatOnly() {
        AlertStore store = open();
        store.subscribe(ALICE, "kyiv");
        store.subscribe(ALICE, "");
        Subscription bob = store.subscribe(BOB, "kyiv");

        assertEquals(2, store.unsubscribeAll(ALICE));
        assertEquals(0, store.unsubscribeAll(ALICE));
        assertEquals(List.of(bob), store.allSubscriptions());
    }

    @Test
    void unsubscribingKeepsTheChatsQueuedAlertsAsDroppedWithAReason() {
        AlertStore store = open();
        store.subscribe(ALICE, "");
        store.subscribe(BOB, "");
        assertEquals(2, store.publish(deaths(), Fixtures::all));

        store.unsubscribeAll(ALICE);

        List<OutboxEntry> alice = store.alerts(ALICE);
        assertEquals(1, alice.size(), "the alert is kept, not deleted");
        assertEquals(OutboxEntry.Status.DROPPED, alice.get(0).status());
        assertEquals("unsubscribed", alice.get(0).droppedReason());
        assertEquals(List.of(BOB), chats(store.due("telegram", clock.instant(), 10)));
    }

    @Test
    void publishQueuesOneAlertPerMatchingSubscription() {
        AlertStore store = open();
        store.subscribe(ALICE, "");
        store.subscribe(ALICE, "deaths");
        store.subscribe(BOB, "");
        store.subscribe(CHANNEL, "");

        assertEquals(4, store.publish(deaths(), Fixtures::all));

        List<PendingAlert> telegram = store.due("telegram", clock.instant(), 10);
        assertEquals(List.of(ALICE, ALICE, BOB), chats(telegram));
        assertEquals(deaths(), telegram.get(0).conflict());
        assertEquals(0, telegram.get(0).attempts());
        assertEquals(List.of(CHANNEL), chats(store.due("discord", clock.instant(), 10)));
    }

    @Test
    void publishingTheSameRevisionAgainQueuesNothingNew() {
        AlertStore store = open();
        store.subscribe(ALICE, "");
        store.subscribe(BOB, "");

        assertEquals(2, store.publish(deaths(), Fixtures::all));
        assertEquals(0, store.publish(deaths(), Fixtures::all));
        assertEquals(2, store.due("telegram", clock.instant(), 10).size());
    }

    @Test
    void aNewRevisionOfAConflictIsQueuedOnceMore() {
        AlertStore store = open();
        store.subscribe(ALICE, "");
        store.publish(deaths(), Fixtures::all);
        Conflict update = conflict("deaths:kyiv", "Deaths in Kyiv", Conflict.Kind.UPDATE, "r2");

        assertEquals(1, store.publish(update, Fixtures::all));
        assertEquals(0, store.publish(update, Fixtures::all));

        List<PendingAlert> due = store.due("telegram", clock.instant(), 10);
        assertEquals(List.of("r1", "r2"), due.stream().map(a -> a.conflict().revision()).toList());
        assertEquals(Conflict.Kind.UPDATE, due.get(1).conflict().kind());
        assertEquals(List.of(update), store.conflicts(), "the conflicts table holds the latest revision");
    }

    @Test
    void aResolvedConflictIsToldOnceToTheChatsAlertedOfItAndListedNoMore() {
        AlertStore store = open();
        store.subscribe(ALICE, "");
        store.subscribe(BOB, "");
        store.publish(deaths(), Fixtures::all);
        PendingAlert alice = store.due("telegram", clock.instant(), 10).get(0);
        store.delivered(alice.id());
        // Bob's alert is still waiting: the conflict is gone before it is sent, so he is told of neither.
        Conflict resolved = deaths().resolved();

        assertEquals(1, store.publish(resolved, Fixtures::all));
        assertEquals(0, store.publish(resolved, Fixtures::all), "told once");
        List<PendingAlert> due = store.due("telegram", clock.instant(), 10);
        assertEquals(List.of(ALICE), chats(due));
        assertEquals(Conflict.Kind.RESOLVED, due.get(0).conflict().kind());
        assertEquals(List.of(), store.conflicts(), "a resolved conflict is listed no more");
        assertEquals(0, store.publish(conflict("never", "Never alerted", Conflict.Kind.CONTRADICTION, "r1")
                .resolved(), Fixtures::all), "a conflict never recorded was told to no one");
    }

    @Test
    void topicMatchingIsLeftToThePredicatePassedIn() {
        AlertStore store = open();
        Subscription kyiv = store.subscribe(ALICE, "kyiv");
        store.subscribe(BOB, "power cuts");
        store.subscribe(CHANNEL, "");
        List<Subscription> asked = new ArrayList<>();

        int queued = store.publish(deaths(), (s, c) -> {
            asked.add(s);
            return s.chat().equals(ALICE) && c.id().equals("deaths:kyiv");
        });

        assertEquals(1, queued);
        assertEquals(store.allSubscriptions(), asked, "every subscription is offered to the predicate");
        List<PendingAlert> due = store.due("telegram", clock.instant(), 10);
        assertEquals(1, due.size());
        assertEquals(kyiv, due.get(0).subscription());
    }

    @Test
    void conflictsAreListedMostRecentlyChangedFirstWithTheirStatements() {
        AlertStore store = open();
        Conflict a = conflict("a", "Missiles launched", Conflict.Kind.CONTRADICTION, "1");
        Conflict b = conflict("b", "Homes without power", Conflict.Kind.DIVERGENT, "1");
        store.publish(a, Fixtures::all);
        clock.advance(Duration.ofSeconds(5));
        store.publish(b, Fixtures::all);
        clock.advance(Duration.ofSeconds(5));
        Conflict a2 = conflict("a", "Missiles launched", Conflict.Kind.UPDATE, "2");
        store.publish(a2, Fixtures::all);

        assertEquals(List.of(a2, b), store.conflicts());
        assertEquals("Officials said nine people died — “a dark night”.",
                store.conflicts().get(0).statements().get(1).quote());
    }

    @Test
    void eachSidesOriginIsKeptAndStatementsStoredWithoutOneReadAsUnknown() throws SQLException {
        AlertStore store = open();
        store.subscribe(ALICE, "");
        Origin origin = new Origin("https://example.org/a", "Example News", Instant.parse("2026-12-01T09:30:00Z"));
        Conflict conflict = new Conflict("deaths", "Deaths", Conflict.Kind.DIVERGENT, List.of(
                new Conflict.Statement("a.md", "Six died.", "six", 0, "", origin),
                new Conflict.Statement("b.txt", "Nine died.", "nine", 1, "")), "1");
        store.publish(conflict, Fixtures::all);

        assertEquals(conflict, store.due("telegram", clock.instant(), 1).get(0).conflict());
        assertEquals(List.of(conflict), store.conflicts());

        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE conflicts SET statements = '[{\"source\": \"a.md\", \"quote\": \"Six died.\","
                    + " \"value\": \"six\", \"side\": 0, \"saidBy\": \"\"}]'");
        }
        assertEquals(Origin.NONE, store.conflicts().get(0).statements().get(0).origin());
    }

    @Test
    void dueAlertsComeOldestFirstForTheAskedPlatformOnlyAndUpToTheLimit() {
        AlertStore store = open();
        store.subscribe(ALICE, "");
        store.subscribe(CHANNEL, "");
        for (int i = 1; i <= 5; i++) {
            store.publish(conflict("c" + i, "topic " + i, Conflict.Kind.DIVERGENT, "1"), Fixtures::all);
            clock.advance(Duration.ofSeconds(1));
        }
        List<PendingAlert> due = store.due("telegram", clock.instant(), 3);
        assertEquals(List.of("c1", "c2", "c3"), due.stream().map(a -> a.conflict().id()).toList());
        assertTrue(due.stream().allMatch(a -> a.subscription().chat().equals(ALICE)));
        assertEquals(List.of(), store.due("matrix", clock.instant(), 10));
        assertEquals(List.of(), store.due("telegram", clock.instant(), 0));
    }

    @Test
    void deliveredAlertsAreNeverDueAgain() {
        AlertStore store = open();
        store.subscribe(ALICE, "");
        store.publish(deaths(), Fixtures::all);
        PendingAlert alert = store.due("telegram", clock.instant(), 10).get(0);
        clock.advance(Duration.ofSeconds(2));

        store.delivered(alert.id());
        store.delivered(alert.id());

        assertEquals(List.of(), store.due("telegram", clock.instant().plus(Duration.ofDays(1)), 10));
        OutboxEntry entry = store.alerts(ALICE).get(0);
        assertEquals(OutboxEntry.Status.DELIVERED, entry.status());
        assertEquals(Fixtures.T0.plusSeconds(2), entry.delivered());
        assertThrows(StorageException.class, () -> store.delivered(987_654));
    }

    @Test
    void retryLaterHidesTheAlertUntilItsTimeAndCountsTheAttempt() {
        AlertStore store = open();
        store.subscribe(ALICE, "");
        store.publish(deaths(), Fixtures::all);
        PendingAlert alert = store.due("telegram", clock.instant(), 10).get(0);
        Instant later = clock.instant().plusSeconds(30);

        store.retryLater(alert.id(), "HTTP 502", later);

        assertEquals(List.of(), store.due("telegram", later.minusMillis(1), 10));
        List<PendingAlert> due = store.due("telegram", later, 10);
        assertEquals(1, due.size());
        assertEquals(1, due.get(0).attempts());
        OutboxEntry entry = store.alerts(ALICE).get(0);
        assertEquals("HTTP 502", entry.lastError());
        assertEquals(later, entry.nextAttempt());
        assertEquals(OutboxEntry.Status.PENDING, entry.status());
    }

    @Test
    void exactlyOnceAcrossARestart() {
        AlertStore first = open();
        first.subscribe(ALICE, "");
        first.subscribe(BOB, "");
        first.subscribe(CHANNEL, "");
        assertEquals(3, first.publish(deaths(), Fixtures::all));
        PendingAlert sent = first.due("telegram", clock.instant(), 10).get(0);
        first.delivered(sent.id());
        first.close();

        AlertStore second = open();
        assertEquals(0, second.publish(deaths(), Fixtures::all), "the revision is remembered across the restart");
        List<PendingAlert> telegram = second.due("telegram", clock.instant(), 10);
        assertEquals(List.of(BOB), chats(telegram), "the delivered alert is not due again; the pending one is");
        assertNotEquals(sent.id(), telegram.get(0).id());
        assertEquals(List.of(CHANNEL), chats(second.due("discord", clock.instant(), 10)));
        assertEquals(OutboxEntry.Status.DELIVERED, second.alerts(ALICE).get(0).status());
    }

    @Test
    void dropChatUnsubscribesItAndDropsItsPendingAlertsWithTheReason() {
        AlertStore store = open();
        store.subscribe(ALICE, "");
        store.subscribe(ALICE, "kyiv");
        store.subscribe(BOB, "");
        store.publish(deaths(), Fixtures::all);
        PendingAlert delivered = store.due("telegram", clock.instant(), 10).get(0);
        store.delivered(delivered.id());

        store.dropChat(ALICE, "Forbidden: bot was blocked by the user");

        assertEquals(List.of(), store.subscriptions(ALICE));
        assertEquals(List.of(BOB), chats(store.due("telegram", clock.instant(), 10)));
        List<OutboxEntry> alice = store.alerts(ALICE);
        assertEquals(List.of(OutboxEntry.Status.DELIVERED, OutboxEntry.Status.DROPPED),
                alice.stream().map(OutboxEntry::status).toList(), "the delivered alert keeps its state");
        assertNull(alice.get(0).droppedReason());
        assertEquals("Forbidden: bot was blocked by the user", alice.get(1).droppedReason());
    }

    @Test
    void aChatThatSubscribesAgainGetsOnlyNewRevisions() {
        AlertStore store = open();
        store.subscribe(ALICE, "");
        store.publish(deaths(), Fixtures::all);
        store.unsubscribeAll(ALICE);
        store.subscribe(ALICE, "");

        assertEquals(0, store.publish(deaths(), Fixtures::all));
        assertEquals(1, store.publish(conflict("deaths:kyiv", "Deaths in Kyiv", Conflict.Kind.UPDATE, "r2"),
                Fixtures::all));
        assertEquals(List.of("r2"), store.due("telegram", clock.instant(), 10).stream()
                .map(a -> a.conflict().revision()).toList());
    }

    @Test
    void migrationsAreRecordedAndNotRunAgainOnTheNextOpen() throws SQLException {
        AlertStore first = open();
        String version = first.schemaVersion();
        first.subscribe(ALICE, "kept");
        first.close();
        List<String> history = history();

        AlertStore second = open();

        assertEquals(0, second.migrationsApplied());
        assertEquals(version, second.schemaVersion());
        assertEquals(history, history(), "the history is unchanged");
        assertEquals(first.migrationsApplied(), history.size(), "one row per script, each run once");
        assertTrue(history.get(0).startsWith("1|alerts|true"), history.get(0));
        assertTrue(history.stream().allMatch(row -> row.contains("|true|")), history.toString());
        assertEquals("kept", second.subscriptions(ALICE).get(0).topic());
    }

    private List<String> history() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, description, success, installed_on"
                     + " FROM flyway_schema_history ORDER BY installed_rank")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getBoolean(3) + "|" + rs.getString(4));
            }
        }
        return rows;
    }

    @Test
    void closedStoresSayClearlyTheyAreClosed() {
        AlertStore store = open();
        store.close();
        store.close();
        StorageException e = assertThrows(StorageException.class, () -> store.subscriptions(ALICE));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void badChatsAndTopicsAreRefused() {
        AlertStore store = open();
        assertThrows(IllegalArgumentException.class, () -> store.subscribe(new ChatRef("telegram", " "), "x"));
        assertThrows(IllegalArgumentException.class, () -> store.subscribe(ALICE, "x".repeat(201)));
        assertThrows(NullPointerException.class, () -> store.subscribe(null, "x"));
    }

    @Test
    void severalThreadsCanUseOneStoreAtOnce() throws Exception {
        AlertStore store = open();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> work = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                work.add(() -> {
                    int queued = 0;
                    for (int i = 0; i < 15; i++) {
                        store.subscribe(new ChatRef("telegram", "t" + thread + "-" + i), "");
                        queued += store.publish(conflict("c" + thread + "-" + i, "t", Conflict.Kind.DIVERGENT, "1"),
                                Fixtures::all);
                        for (PendingAlert a : store.due("telegram", clock.instant(), 5)) {
                            store.retryLater(a.id(), "busy", clock.instant());
                        }
                    }
                    return queued;
                });
            }
            int queued = 0;
            for (Future<Integer> f : pool.invokeAll(work)) {
                queued += f.get();
            }
            assertEquals(60, store.allSubscriptions().size());
            int pending = store.due("telegram", clock.instant(), 10_000).size();
            assertEquals(queued, pending, "every queued alert is pending exactly once");
            Set<Long> ids = new HashSet<>();
            store.due("telegram", clock.instant(), 10_000).forEach(a -> assertTrue(ids.add(a.id())));
            assertEquals(60, store.publish(conflict("last", "t", Conflict.Kind.DIVERGENT, "1"), Fixtures::all));
        } finally {
            pool.shutdown();
            assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        }
    }

    static List<ChatRef> chats(List<PendingAlert> alerts) {
        return alerts.stream().map(a -> a.subscription().chat()).toList();
    }
}
