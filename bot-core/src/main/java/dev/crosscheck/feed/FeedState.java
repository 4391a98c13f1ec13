package dev.crosscheck.feed;

import java.time.Instant;

/**
 * A feed's fetch state: the validators for a conditional request, how the last fetch went, and when to try next.
 *
 * @param url the feed's URL
 * @param etag the last response's ETag, sent as If-None-Match; {@code null} when it gave none
 * @param lastModified the last response's Last-Modified as the server wrote it, sent as If-Modified-Since; or
 *     {@code null}
 * @param lastFetch when the feed was last fetched; {@code null} before the first fetch
 * @param lastStatus how it went, in short: "200 OK, 3 new", "304 not modified", "404 Not Found"; or {@code null}
 * @param failures consecutive failed fetches
 * @param nextAttempt when to fetch it next; {@code null} means now
 * @param articles how many articles were stored from this feed
 */
public record FeedState(String url, String etag, String lastModified, Instant lastFetch, String lastStatus,
        int failures, Instant nextAttempt, int articles) {

    /** A feed never fetched: no validators, no failures, due now. */
    public static FeedState fresh(String url) {
        return new FeedState(url, null, null, null, null, 0, null, 0);
    }

    /** After a fetch that went wrong: one more failure in a row; the validators stay for the next try. */
    FeedState failed(Instant now, String status, Instant next) {
        return new FeedState(url, etag, lastModified, now, status, failures + 1, next, articles);
    }

    /** After a fetch that worked (a 304 keeps the validators it sent): no failures, {@code added} more articles. */
    FeedState fetched(Instant now, String status, String newEtag, String newLastModified, Instant next, int added) {
        return new FeedState(url, newEtag, newLastModified, now, status, 0, next, articles + added);
    }
}
