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
}
