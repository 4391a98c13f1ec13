package dev.crosscheck.feed;

import java.util.List;

/**
 * What one poll of one feed did: its status line ("200, 2 new", "304 not modified", "404 Not Found"), whether it
 * failed, the files it added and the items it skipped, each with why.
 */
public record FeedOutcome(FeedSource feed, String outlet, String status, boolean failed, List<String> added,
                          List<String> skipped) {
    public FeedOutcome {
        added = List.copyOf(added);
        skipped = List.copyOf(skipped);
    }

    /** The one log line a poll writes for this feed. */
    public String line() {
        return "feed " + outlet + " (" + feed.url() + "): " + status
                + (skipped.isEmpty() ? "" : ", " + skipped.size() + " skipped");
    }
}
