package dev.crosscheck.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosscheck.corpus.WebAddress;
import dev.crosscheck.feed.Durations;
import dev.crosscheck.feed.FeedOptions;
import dev.crosscheck.feed.FeedSource;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The {@code feeds:} section: either a list of feeds, or {@code poll}, {@code keep} and that list under
 * {@code sources}. A feed is a URL, or {@code url} with an optional {@code name}.
 */
final class FeedConfig {
    private static final Set<String> SECTION_KEYS = Set.of("poll", "keep", "sources");
    private static final Set<String> FEED_KEYS = Set.of("url", "name");

    private FeedConfig() {
    }

    static FeedOptions read(JsonNode node, String where) {
        if (node.isArray()) {
            return FeedOptions.NONE.withSources(sources(node, where));
        }
        if (!node.isObject()) {
            throw new ConfigException("feeds in " + where + " must be a list of feeds, or poll, keep and sources");
        }
        unknown(node, SECTION_KEYS, "feeds", where);
        List<FeedSource> sources = node.hasNonNull("sources") ? sources(node.get("sources"), where) : List.of();
        Duration keep = node.hasNonNull("keep") ? duration(node.get("keep").asText(), "feeds.keep in " + where) : null;
        FeedOptions options = new FeedOptions(sources, FeedOptions.DEFAULT_POLL, keep);
        return node.hasNonNull("poll") ? withPoll(options, node.get("poll").asText(), "feeds.poll in " + where)
                : options;
    }

    static FeedOptions withPoll(FeedOptions options, String poll, String where) {
        Duration d = duration(poll, where);
        try {
            return options.withPoll(d);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage() + " (" + where + ")");
        }
    }

    /** An http(s) feed URL, or a config error naming it and where it was written. */
    private static final int MAX_PORT = 65_535;

    static URI url(String text, String where) {
        if (!text.strip().contains("://")) {
            // "127.0.0.1:8765/feed.rss" reads to java.net.URI as a scheme of "127.0.0.1": its words ("Illegal
            // character in scheme name") told a fresh operator nothing.
            throw new ConfigException("feed URL \"" + text + "\" in " + where + " has no http:// or https:// in front"
                    + " (write http://" + text.strip() + ")");
        }
        try {
            URI uri = new URI(text.strip());
            if (!WebAddress.isWebPage(uri)) {
                throw new ConfigException("feed URL \"" + text + "\" in " + where + " is not an http(s) URL");
            }
            if (uri.getPort() > MAX_PORT) {
                // The HTTP client's own words ("port out of range:99999") named neither the feed nor where it was set.
                throw new ConfigException("feed URL \"" + text + "\" in " + where + " has no valid port ("
                        + uri.getPort() + " is over " + MAX_PORT + ")");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ConfigException("feed URL \"" + text + "\" in " + where + " is not a URL: " + e.getReason());
        }
    }

    private static List<FeedSource> sources(JsonNode list, String where) {
        if (!list.isArray()) {
            throw new ConfigException("feeds sources in " + where + " must be a list");
        }
        List<FeedSource> out = new ArrayList<>();
        Set<URI> seen = new java.util.HashSet<>();
        for (JsonNode feed : list) {
            if (feed.isTextual()) {
                out.add(new FeedSource(url(feed.asText(), where), null));
            } else if (feed.isObject() && feed.hasNonNull("url")) {
                unknown(feed, FEED_KEYS, "a feed", where);
                out.add(new FeedSource(url(feed.get("url").asText(), where),
                        feed.hasNonNull("name") ? feed.get("name").asText() : null));
            } else {
                throw new ConfigException("a feed in " + where + " must be a URL or have a url: " + feed);
            }
            if (!seen.add(out.get(out.size() - 1).url())) {
                // Listed twice, a feed was polled and listed twice; the second entry is a slip, maybe a name's.
                throw new ConfigException("feed URL \"" + out.get(out.size() - 1).url() + "\" is listed twice in "
                        + where);
            }
        }
        return out;
    }

    private static void unknown(JsonNode node, Set<String> known, String what, String where) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new ConfigException("unknown option \"" + name + "\" in " + what + " in " + where
                        + " (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    private static Duration duration(String text, String where) {
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage() + " in " + where);
        }
    }
}
