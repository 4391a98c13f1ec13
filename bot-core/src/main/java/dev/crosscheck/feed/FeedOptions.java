package dev.crosscheck.feed;

import java.time.Duration;
import java.util.List;

/**
 * The feeds to follow and how: how often they are polled (a feed may ask for less often, never more), and how long
 * fetched articles are kept (null: for ever).
 */
public record FeedOptions(List<FeedSource> sources, Duration poll, Duration keep) {
    public static final Duration DEFAULT_POLL = Duration.ofMinutes(15);
    /** Polling faster than this is impolite to any server and never needed for news. */
    public static final Duration MIN_POLL = Duration.ofSeconds(5);
    public static final FeedOptions NONE = new FeedOptions(List.of(), DEFAULT_POLL, null);

    public FeedOptions {
        sources = List.copyOf(sources);
        poll = poll == null ? DEFAULT_POLL : poll;
        if (poll.compareTo(MIN_POLL) < 0) {
            throw new IllegalArgumentException("feeds.poll must be at least 5s, not " + Durations.format(poll));
        }
    }

    public FeedOptions withSources(List<FeedSource> s) {
        return new FeedOptions(s, poll, keep);
    }

    public FeedOptions withPoll(Duration p) {
        return new FeedOptions(sources, p, keep);
    }
}
