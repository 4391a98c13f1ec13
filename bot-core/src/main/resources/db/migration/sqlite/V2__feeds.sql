-- Feeds: the articles fetched from RSS/Atom feeds, each feed's fetch state, and the lease of the one process that
-- fetches when several share the database. Times are milliseconds since the epoch (UTC), as in V1.

-- Every process writes each row to its seeds folder at path and indexes it, so rows are never changed or deleted.
-- url is canonical; one story is stored once per outlet (outlet, hash), while another outlet's copy is kept.
CREATE TABLE feed_articles (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: readers page by it
    url       TEXT    NOT NULL,
    outlet    TEXT    NOT NULL,
    published INTEGER,                            -- NULL when the feed gave no date
    fetched   INTEGER NOT NULL,
    feed      TEXT    NOT NULL,
    title     TEXT    NOT NULL,
    text      TEXT    NOT NULL,
    hash      TEXT    NOT NULL,                   -- of the content, as the fetcher computes it
    path      TEXT    NOT NULL,                   -- relative to the seeds folder
    link      TEXT,                               -- the feed item's link when it differed from url
    CONSTRAINT feed_articles_url UNIQUE (url),
    CONSTRAINT feed_articles_outlet_hash UNIQUE (outlet, hash),
    CONSTRAINT feed_articles_path UNIQUE (path)  -- two articles in one file would lose one
);

CREATE INDEX feed_articles_link ON feed_articles (link);

CREATE TABLE feeds (
    url           TEXT    PRIMARY KEY,
    etag          TEXT,                           -- for If-None-Match
    last_modified TEXT,                           -- for If-Modified-Since, as the server wrote it
    last_fetch    INTEGER,                        -- NULL until the first fetch
    last_status   TEXT,                           -- "200 OK, 3 new", "304 not modified", "404 Not Found"
    failures      INTEGER NOT NULL DEFAULT 0,     -- consecutive
    next_attempt  INTEGER,                        -- NULL: due now
    articles      INTEGER NOT NULL DEFAULT 0      -- stored from this feed
);

-- One row per lease (the fetch lease is 'feeds'); no row means nobody holds it.
CREATE TABLE feed_lease (
    name       TEXT    PRIMARY KEY,
    holder     TEXT    NOT NULL,
    expires_at INTEGER NOT NULL
);
