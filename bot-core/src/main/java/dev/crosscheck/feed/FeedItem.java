package dev.crosscheck.feed;

import java.net.URI;
import java.time.Instant;

/** One item of a feed: its link, title, time, and the article's HTML when the feed carries it (else null). */
public record FeedItem(URI link, String title, Instant published, String content) {
}
