package dev.crosscheck.cli;

import dev.crosscheck.config.Settings;
import dev.crosscheck.feed.FeedLedger;
import dev.crosscheck.feed.FeedPoller;

/** Opens the feed ledger and poller from the settings, as every command does. */
final class Feeds {
    static final String NONE_CONFIGURED = "No feeds configured: add them under feeds: in the config file, or set "
            + "CROSSCHECK_FEEDS.";

    private Feeds() {
    }

    static FeedLedger ledger(Settings s) {
        return FeedLedger.open(s.jdbcUrl(), s.storage().user(), s.storage().password());
    }

    static FeedPoller poller(Settings s) {
        return FeedPoller.open(s.feeds(), s.seeds(), s.data(), s.jdbcUrl(), s.storage().user(),
                s.storage().password());
    }
}
