package dev.crosscheck.feed;

import java.net.URI;

/** A feed to follow: its URL and, optionally, the outlet's name as users should see it. */
public record FeedSource(URI url, String name) {
    public FeedSource {
        if (name != null && name.isBlank()) {
            name = null;
        }
    }
}
