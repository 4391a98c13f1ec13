-- Alerts: subscriptions, the conflicts seen, and the outbox of alerts to deliver.
-- Times are milliseconds since the epoch (UTC), the same in SQLite and PostgreSQL.

CREATE TABLE subscriptions (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    platform   TEXT    NOT NULL,
    chat_id    TEXT    NOT NULL,
    topic      TEXT    NOT NULL DEFAULT '',   -- '' means every conflict
    created_at INTEGER NOT NULL,
    CONSTRAINT subscriptions_chat_topic UNIQUE (platform, chat_id, topic)
);

CREATE TABLE conflicts (
    id         TEXT    PRIMARY KEY,
    revision   TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    topic      TEXT    NOT NULL,
    statements TEXT    NOT NULL,              -- JSON array of {source, quote, value}
    first_seen INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE INDEX conflicts_updated ON conflicts (updated_at);

-- Rows are never deleted: delivered and dropped alerts stay as the record of what was sent or why not.
-- subscription_id becomes NULL when its subscription is removed (its pending alerts are dropped first);
-- platform, chat_id and topic keep who it was for.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    subscription_id INTEGER REFERENCES subscriptions (id) ON DELETE SET NULL,
    platform        TEXT    NOT NULL,
    chat_id         TEXT    NOT NULL,
    topic           TEXT    NOT NULL,
    conflict_id     TEXT    NOT NULL REFERENCES conflicts (id),
    revision        TEXT    NOT NULL,
    payload         TEXT    NOT NULL,         -- JSON: the conflict as it was at this revision
    status          TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'dropped')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error      TEXT,
    dropped_reason  TEXT,
    created_at      INTEGER NOT NULL,
    delivered_at    INTEGER,
    CONSTRAINT outbox_once UNIQUE (subscription_id, conflict_id, revision)
);

CREATE INDEX outbox_due ON outbox (status, platform, next_attempt_at);
CREATE INDEX outbox_chat ON outbox (platform, chat_id, status);
