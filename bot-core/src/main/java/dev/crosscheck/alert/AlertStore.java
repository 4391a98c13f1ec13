package dev.crosscheck.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.crosscheck.command.ChatRef;
import dev.crosscheck.conflict.Conflict;
import dev.crosscheck.store.Database;
import dev.crosscheck.store.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * Subscriptions and the outbox of alerts, in SQLite ({@code jdbc:sqlite:FILE}, the default) or PostgreSQL
 * ({@code jdbc:postgresql://HOST:PORT/DB}, for several processes sharing one outbox).
 *
 * <p>The schema is migrated by Flyway on {@link #open} (see {@link Database}); migrations live in
 * {@code db/migration/sqlite} and {@code db/migration/postgresql} on the class path, one numbered script per change
 * and dialect.
 *
 * <p>Publishing a conflict revision writes one outbox row per matching subscription, unique on (subscription,
 * conflict, revision): a revision is queued once per subscription, also across restarts and processes. Outbox rows
 * are never deleted: they end delivered, or dropped with a reason.
 *
 * <p>Thread-safe: SQLite work goes through one connection under a lock; PostgreSQL work takes a pooled connection.
 * Every failure is a {@link StorageException} with a one-line message naming the database and no password.
 */
public final class AlertStore implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .registerModule(new JavaTimeModule())
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);
    private static final TypeReference<List<Conflict.Statement>> STATEMENTS = new TypeReference<>() {
    };
    private static final String PENDING = OutboxEntry.Status.PENDING.column();
    private static final String DELIVERED = OutboxEntry.Status.DELIVERED.column();
    private static final String DROPPED = OutboxEntry.Status.DROPPED.column();

    private final Database db;
    private final Clock clock;

    private AlertStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Opens the database and brings its schema up to date, as {@link Database#open} describes: {@code user} and
     * {@code password} may be {@code null}.
     *
     * @throws StorageException with a one-line message naming the file or host and port, never the password
     */
    public static AlertStore open(String jdbcUrl, String user, String password) {
        return open(jdbcUrl, user, password, Clock.systemUTC());
    }

    /** {@link #open(String, String, String)} with the clock that stamps rows (for tests). */
    public static AlertStore open(String jdbcUrl, String user, String password, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        return new AlertStore(Database.open("alert store", jdbcUrl, user, password), clock);
    }

    /** How many migrations {@link #open} ran (0 when the schema was already current). */
    public int migrationsApplied() {
        return db.migrationsApplied();
    }

    /** The schema version after {@link #open}, such as "2". */
    public String schemaVersion() {
        return db.schemaVersion();
    }

    /** What error messages call this database: "SQLite database /path" or "PostgreSQL at host:port/db". */
    public String describe() {
        return db.describe();
    }

    // ---------------------------------------------------------------- subscriptions

    /** Subscribes the chat to a topic ("" or blank: every conflict); subscribing twice returns the same row. */
    public Subscription subscribe(ChatRef chat, String topic) {
        checkChat(chat);
        String t = topic(topic);
        long now = clock.millis();
        return db.transaction("subscribe " + chat.platform() + " chat " + chat.id(), c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO subscriptions (platform, chat_id, topic,"
                    + " created_at) VALUES (?, ?, ?, ?) ON CONFLICT (platform, chat_id, topic) DO NOTHING")) {
                insert.setString(1, chat.platform());
                insert.setString(2, chat.id());
                insert.setString(3, t);
                insert.setLong(4, now);
                insert.executeUpdate();
            }
            try (PreparedStatement select = c.prepareStatement("SELECT id, platform, chat_id, topic, created_at"
                    + " FROM subscriptions WHERE platform = ? AND chat_id = ? AND topic = ?")) {
                select.setString(1, chat.platform());
                select.setString(2, chat.id());
                select.setString(3, t);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        throw new SQLException("the subscription vanished as it was written");
                    }
                    return subscription(rs, "");
                }
            }
        });
    }

    /**
     * Removes the chat's subscription to a topic; its pending alerts are kept, marked dropped ("unsubscribed").
     *
     * @return 1, or 0 when the chat had no such subscription
     */
    public int unsubscribe(ChatRef chat, String topic) {
        checkChat(chat);
        String t = topic(topic);
        return db.transaction("unsubscribe " + chat.platform() + " chat " + chat.id(),
                c -> remove(c, chat, t, "unsubscribed"));
    }

    /**
     * Removes every subscription of the chat; their pending alerts are kept, marked dropped ("unsubscribed").
     *
     * @return how many subscriptions were removed
     */
    public int unsubscribeAll(ChatRef chat) {
        checkChat(chat);
        return db.transaction("unsubscribe " + chat.platform() + " chat " + chat.id(),
                c -> remove(c, chat, null, "unsubscribed"));
    }

    /**
     * The chat cannot be reached any more (a Telegram 403, a deleted Discord channel): removes its subscriptions
     * and marks its pending alerts dropped with the reason.
     */
    public void dropChat(ChatRef chat, String reason) {
        checkChat(chat);
        String why = reason == null || reason.isBlank() ? "chat gone" : reason.strip();
        db.transaction("drop " + chat.platform() + " chat " + chat.id(), c -> remove(c, chat, null, why));
    }

    private int remove(Connection c, ChatRef chat, String topic, String reason) throws SQLException {
        String topicClause = topic == null ? "" : " AND topic = ?";
        try (PreparedStatement drop = c.prepareStatement("UPDATE outbox SET status = ?, dropped_reason = ?"
                + " WHERE status = ? AND subscription_id IN (SELECT id FROM subscriptions"
                + " WHERE platform = ? AND chat_id = ?" + topicClause + ")")) {
            drop.setString(1, DROPPED);
            drop.setString(2, reason);
            drop.setString(3, PENDING);
            drop.setString(4, chat.platform());
            drop.setString(5, chat.id());
            if (topic != null) {
                drop.setString(6, topic);
            }
            drop.executeUpdate();
        }
        try (PreparedStatement delete = c.prepareStatement(
                "DELETE FROM subscriptions WHERE platform = ? AND chat_id = ?" + topicClause)) {
            delete.setString(1, chat.platform());
            delete.setString(2, chat.id());
            if (topic != null) {
                delete.setString(3, topic);
            }
            return delete.executeUpdate();
        }
    }

    /** The chat's subscriptions, oldest first. */
    public List<Subscription> subscriptions(ChatRef chat) {
        checkChat(chat);
        return db.call("list the subscriptions of " + chat.platform() + " chat " + chat.id(), c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, platform, chat_id, topic, created_at"
                    + " FROM subscriptions WHERE platform = ? AND chat_id = ? ORDER BY id")) {
                s.setString(1, chat.platform());
                s.setString(2, chat.id());
                return subscriptions(s);
            }
        });
    }

    /** Every subscription, oldest first. */
    public List<Subscription> allSubscriptions() {
        return db.call("list subscriptions", AlertStore::allSubscriptions);
    }

    private static List<Subscription> allSubscriptions(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, platform, chat_id, topic, created_at FROM subscriptions ORDER BY id")) {
            return subscriptions(s);
        }
    }

    private static List<Subscription> subscriptions(PreparedStatement s) throws SQLException {
        List<Subscription> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(subscription(rs, ""));
            }
        }
        return out;
    }

    private static Subscription subscription(ResultSet rs, String prefix) throws SQLException {
        return new Subscription(rs.getLong(prefix + "id"),
                new ChatRef(rs.getString(prefix + "platform"), rs.getString(prefix + "chat_id")),
                rs.getString(prefix + "topic"), Instant.ofEpochMilli(rs.getLong(prefix + "created_at")));
    }

    // ---------------------------------------------------------------- conflicts and the outbox

    /**
     * Records the conflict revision and queues one alert per subscription that {@code matches} accepts, in one
     * transaction.
     *
     * @return how many alerts were queued: 0 if this revision was already the conflict's latest
     */
    public int publish(Conflict conflict, BiPredicate<Subscription, Conflict> matches) {
        Objects.requireNonNull(conflict, "conflict");
        Objects.requireNonNull(matches, "matches");
        if (conflict.id() == null || conflict.id().isBlank()) {
            throw new IllegalArgumentException("a conflict needs an id");
        }
        Objects.requireNonNull(conflict.revision(), "conflict revision");
        Objects.requireNonNull(conflict.kind(), "conflict kind");
        String payload = json(conflict);
        String statements = json(conflict.statements());
        String topic = conflict.topic() == null ? "" : conflict.topic();
        long now = clock.millis();
        String json = db.jsonParameter();
        if (conflict.kind() == Conflict.Kind.RESOLVED) {
            return withdraw(conflict, payload, now, json);
        }
        return db.transaction("queue alerts for conflict " + conflict.id(), c -> {
            try (PreparedStatement known = c.prepareStatement("SELECT revision FROM conflicts WHERE id = ?")) {
                known.setString(1, conflict.id());
                try (ResultSet rs = known.executeQuery()) {
                    if (rs.next() && conflict.revision().equals(rs.getString(1))) {
                        return 0;
                    }
                }
            }
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO conflicts (id, revision, kind, topic,"
                    + " statements, first_seen, updated_at) VALUES (?, ?, ?, ?, " + json + ", ?, ?)"
                    + " ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, kind = excluded.kind,"
                    + " topic = excluded.topic, statements = excluded.statements, updated_at = excluded.updated_at")) {
                upsert.setString(1, conflict.id());
                upsert.setString(2, conflict.revision());
                upsert.setString(3, conflict.kind().name());
                upsert.setString(4, topic);
                upsert.setString(5, statements);
                upsert.setLong(6, now);
                upsert.setLong(7, now);
                upsert.executeUpdate();
            }
            int queued = 0;
            try (PreparedStatement insert = queueing(c, json)) {
                for (Subscription s : allSubscriptions(c)) {
                    if (matches.test(s, conflict)) {
                        queued += queue(insert, s, conflict, payload, now);
                    }
                }
            }
            return queued;
        });
    }

    /**
     * Marks a conflict that no longer stands as resolved and tells each subscription that was alerted of it, once; an
     * alert of it not yet delivered is dropped. A conflict never recorded was told to no one.
     */
    private int withdraw(Conflict resolved, String payload, long now, String json) {
        return db.transaction("withdraw conflict " + resolved.id(), c -> {
            // Its row stays, the alerts sent of it point to it, but as resolved: listed no more, told once.
            try (PreparedStatement mark = c.prepareStatement("UPDATE conflicts SET kind = ?, revision = ?,"
                    + " updated_at = ? WHERE id = ? AND kind <> ?")) {
                mark.setString(1, Conflict.Kind.RESOLVED.name());
                mark.setString(2, resolved.revision());
                mark.setLong(3, now);
                mark.setString(4, resolved.id());
                mark.setString(5, Conflict.Kind.RESOLVED.name());
                if (mark.executeUpdate() == 0) {
                    return 0;
                }
            }
            try (PreparedStatement drop = c.prepareStatement("UPDATE outbox SET status = ?, dropped_reason = ?"
                    + " WHERE conflict_id = ? AND status = ?")) {
                drop.setString(1, DROPPED);
                drop.setString(2, "the conflict was resolved before delivery");
                drop.setString(3, resolved.id());
                drop.setString(4, PENDING);
                drop.executeUpdate();
            }
            java.util.Set<Long> told = new java.util.HashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT subscription_id FROM outbox"
                    + " WHERE conflict_id = ? AND status = ?")) {
                s.setString(1, resolved.id());
                s.setString(2, DELIVERED);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        told.add(rs.getLong(1));
                    }
                }
            }
            int queued = 0;
            try (PreparedStatement insert = queueing(c, json)) {
                for (Subscription sub : allSubscriptions(c)) {
                    if (told.contains(sub.id())) {
                        queued += queue(insert, sub, resolved, payload, now);
                    }
                }
            }
            return queued;
        });
    }

    /** The statement that queues one alert, once per subscription and conflict revision. */
    private static PreparedStatement queueing(Connection c, String json) throws SQLException {
        return c.prepareStatement("INSERT INTO outbox (subscription_id, platform, chat_id, topic, conflict_id,"
                + " revision, payload, status, attempts, next_attempt_at, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, " + json + ", ?, 0, ?, ?)"
                + " ON CONFLICT (subscription_id, conflict_id, revision) DO NOTHING");
    }

    private static int queue(PreparedStatement insert, Subscription s, Conflict conflict, String payload, long now)
            throws SQLException {
        insert.setLong(1, s.id());
        insert.setString(2, s.chat().platform());
        insert.setString(3, s.chat().id());
        insert.setString(4, s.topic());
        insert.setString(5, conflict.id());
        insert.setString(6, conflict.revision());
        insert.setString(7, payload);
        insert.setString(8, PENDING);
        insert.setLong(9, now);
        insert.setLong(10, now);
        return insert.executeUpdate();
    }

    /** The latest revision of every conflict seen, most recently changed first. */
    public List<Conflict> conflicts() {
        return db.call("list conflicts", c -> {
            List<Conflict> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, topic, kind, statements, revision FROM conflicts"
                    + " WHERE kind <> ? ORDER BY updated_at DESC, first_seen DESC, id")) {
                s.setString(1, Conflict.Kind.RESOLVED.name());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Conflict(rs.getString("id"), rs.getString("topic"),
                                Conflict.Kind.valueOf(rs.getString("kind")),
                                read(rs.getString("statements"), STATEMENTS), rs.getString("revision")));
                    }
                }
            }
            return out;
        });
    }

    /** Pending alerts for the platform that are due at {@code now}, oldest first, at most {@code limit}. */
    public List<PendingAlert> due(String platform, Instant now, int limit) {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(now, "now");
        if (limit <= 0) {
            return List.of();
        }
        return db.call("read due alerts", c -> {
            List<PendingAlert> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT o.id AS alert_id, o.attempts, o.payload,"
                    + " s.id, s.platform, s.chat_id, s.topic, s.created_at"
                    + " FROM outbox o JOIN subscriptions s ON s.id = o.subscription_id"
                    + " WHERE o.status = ? AND o.platform = ? AND o.next_attempt_at <= ? ORDER BY o.id LIMIT ?")) {
                s.setString(1, PENDING);
                s.setString(2, platform);
                s.setLong(3, now.toEpochMilli());
                s.setInt(4, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new PendingAlert(rs.getLong("alert_id"), subscription(rs, ""),
                                read(rs.getString("payload"), Conflict.class), rs.getInt("attempts")));
                    }
                }
            }
            return out;
        });
    }

    /** The chat's alerts in every state, oldest first: what was sent, what waits, what was dropped and why. */
    public List<OutboxEntry> alerts(ChatRef chat) {
        checkChat(chat);
        return db.call("list the alerts of " + chat.platform() + " chat " + chat.id(), c -> {
            List<OutboxEntry> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, platform, chat_id, topic, conflict_id, revision,"
                    + " status, attempts, next_attempt_at, last_error, dropped_reason, created_at, delivered_at"
                    + " FROM outbox WHERE platform = ? AND chat_id = ? ORDER BY id")) {
                s.setString(1, chat.platform());
                s.setString(2, chat.id());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long delivered = rs.getLong("delivered_at");
                        Instant deliveredAt = rs.wasNull() ? null : Instant.ofEpochMilli(delivered);
                        out.add(new OutboxEntry(rs.getLong("id"),
                                new ChatRef(rs.getString("platform"), rs.getString("chat_id")), rs.getString("topic"),
                                rs.getString("conflict_id"), rs.getString("revision"),
                                OutboxEntry.Status.fromColumn(rs.getString("status")), rs.getInt("attempts"),
                                Instant.ofEpochMilli(rs.getLong("next_attempt_at")), rs.getString("last_error"),
                                rs.getString("dropped_reason"), Instant.ofEpochMilli(rs.getLong("created_at")),
                                deliveredAt));
                    }
                }
            }
            return out;
        });
    }

    /**
     * The platform acknowledged the alert: it is never due again. Marking it twice changes nothing; an alert dropped
     * while it was being sent is marked delivered, as it was.
     */
    public void delivered(long alertId) {
        long now = clock.millis();
        db.call("mark alert " + alertId + " delivered", c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE outbox SET status = ?, delivered_at = ?,"
                    + " dropped_reason = NULL WHERE id = ? AND status <> ?")) {
                s.setString(1, DELIVERED);
                s.setLong(2, now);
                s.setLong(3, alertId);
                s.setString(4, DELIVERED);
                if (s.executeUpdate() == 0) {
                    requireAlert(c, alertId);
                }
            }
            return null;
        });
    }

    /**
     * Whether the chat has had this revision of the conflict already, through another of its subscriptions (a chat
     * subscribed to "fire" and to "death toll" is told of a conflict matching both once).
     */
    public boolean deliveredToChat(ChatRef chat, String conflictId, String revision) {
        checkChat(chat);
        return db.call("look up alerts delivered to " + chat.platform() + " chat " + chat.id(), c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM outbox WHERE platform = ? AND chat_id = ?"
                    + " AND conflict_id = ? AND revision = ? AND status = ?")) {
                s.setString(1, chat.platform());
                s.setString(2, chat.id());
                s.setString(3, conflictId);
                s.setString(4, revision);
                s.setString(5, DELIVERED);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** A delivery attempt failed: counts it, keeps the error and makes the alert due again at {@code when}. */
    public void retryLater(long alertId, String error, Instant when) {
        Objects.requireNonNull(when, "when");
        db.call("reschedule alert " + alertId, c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE outbox SET attempts = attempts + 1, last_error = ?,"
                    + " next_attempt_at = ? WHERE id = ? AND status = ?")) {
                s.setString(1, error == null ? "" : truncate(error, 1000));
                s.setLong(2, when.toEpochMilli());
                s.setLong(3, alertId);
                s.setString(4, PENDING);
                if (s.executeUpdate() == 0) {
                    requireAlert(c, alertId);
                }
            }
            return null;
        });
    }

    /**
     * Takes a due alert for delivery: moves its next attempt to {@code leaseUntil} so that another dispatcher (in
     * this process or another sharing the database) does not take it too, and so that it comes due again if this one
     * dies before marking it.
     *
     * @return whether this caller got it (false when it was taken, delivered or dropped meanwhile)
     */
    boolean claim(long alertId, Instant now, Instant leaseUntil) {
        return db.call("claim alert " + alertId, c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE outbox SET next_attempt_at = ?"
                    + " WHERE id = ? AND status = ? AND next_attempt_at <= ?")) {
                s.setLong(1, leaseUntil.toEpochMilli());
                s.setLong(2, alertId);
                s.setString(3, PENDING);
                s.setLong(4, now.toEpochMilli());
                return s.executeUpdate() == 1;
            }
        });
    }

    /** Moves a pending alert's next attempt to {@code when} without counting an attempt (pacing). */
    void postpone(long alertId, Instant when) {
        db.call("postpone alert " + alertId, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE outbox SET next_attempt_at = ? WHERE id = ? AND status = ?")) {
                s.setLong(1, when.toEpochMilli());
                s.setLong(2, alertId);
                s.setString(3, PENDING);
                s.executeUpdate();
            }
            return null;
        });
    }

    private static void requireAlert(Connection c, long alertId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM outbox WHERE id = ?")) {
            s.setLong(1, alertId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("there is no alert " + alertId);
                }
            }
        }
    }

    /** Closes the database; later calls fail with a {@link StorageException}. Closing twice is harmless. */
    @Override
    public void close() {
        db.close();
    }

    // ---------------------------------------------------------------- helpers

    private static void checkChat(ChatRef chat) {
        Objects.requireNonNull(chat, "chat");
        if (chat.platform() == null || chat.platform().isBlank() || chat.id() == null || chat.id().isBlank()) {
            throw new IllegalArgumentException("a chat needs a platform and an id: " + chat);
        }
    }

    private static String topic(String topic) {
        String t = Subscription.normalizeTopic(topic);
        if (t.length() > Subscription.MAX_TOPIC_CHARS) {
            throw new IllegalArgumentException("A topic is at most " + Subscription.MAX_TOPIC_CHARS
                    + " characters; this one has " + t.length());
        }
        return t;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private <T> T read(String json, Class<T> type) throws SQLException {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new SQLException("a stored " + type.getSimpleName() + " is not readable JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    private <T> T read(String json, TypeReference<T> type) throws SQLException {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new SQLException("stored statements are not readable JSON: " + e.getOriginalMessage(), e);
        }
    }
}
