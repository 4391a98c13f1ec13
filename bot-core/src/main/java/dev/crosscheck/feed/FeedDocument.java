package dev.crosscheck.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * A parsed RSS (0.9x, 1.0, 2.0) or Atom feed: its title, its items, how often it asks to be read (ttl), and the items
 * it has no web link for, by title, which cannot be stored (an article is known by its address).
 */
public record FeedDocument(String title, List<FeedItem> items, Duration ttl, List<String> unlinked) {

    /** Parses a feed; links are resolved against the feed's own URL. */
    public static FeedDocument parse(byte[] body, URI base) throws FetchException {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setPreserveWireFeed(true);
            feed = input.build(new XmlReader(new ByteArrayInputStream(body)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst()
                    .orElse("");
            throw new FetchException("not a readable RSS or Atom feed: " + why, e);
        }
        List<FeedItem> items = new ArrayList<>();
        List<String> unlinked = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            URI link = link(e, base);
            if (link == null) {
                // Said, not dropped: a fresh user's item with its whole text but no link was neither added nor
                // skipped.
                String title = clean(e.getTitle());
                unlinked.add(title == null || title.isBlank() ? "item " + (items.size() + unlinked.size() + 1)
                        : "\"" + title + "\"");
                continue;
            }
            items.add(new FeedItem(link, clean(e.getTitle()), instant(e.getPublishedDate(), e.getUpdatedDate()),
                    content(e)));
        }
        return new FeedDocument(clean(feed.getTitle()), items, ttl(feed.originalWireFeed()), List.copyOf(unlinked));
    }

    private static URI link(SyndEntry e, URI base) {
        String link = e.getLink() != null ? e.getLink() : e.getUri();
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI uri = base.resolve(new URI(link.strip()));
            String scheme = uri.getScheme();
            return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme) ? uri : null;
        } catch (java.net.URISyntaxException | IllegalArgumentException ex) {
            return null;
        }
    }

    /** The item's full article (content:encoded, Atom content), or null when it has only a summary. */
    private static String content(SyndEntry e) {
        StringBuilder html = new StringBuilder();
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) {
                html.append(c.getValue()).append('\n');
            }
        }
        return html.isEmpty() ? null : html.toString();
    }

    private static Instant instant(Date published, Date updated) {
        Date d = published != null ? published : updated;
        return d == null ? null : d.toInstant();
    }

    private static Duration ttl(WireFeed wire) {
        return wire instanceof Channel channel && channel.getTtl() > 0 ? Duration.ofMinutes(channel.getTtl()) : null;
    }

    private static String clean(String text) {
        return text == null ? null : text.strip().replaceAll("\\s+", " ");
    }
}
