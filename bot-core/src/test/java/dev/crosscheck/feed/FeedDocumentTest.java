package dev.crosscheck.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FeedDocumentTest {
    private static final URI BASE = URI.create("https://news.example/feeds/main.xml");

    private static FeedDocument parse(String xml) throws FetchException {
        return FeedDocument.parse(xml.getBytes(StandardCharsets.UTF_8), BASE);
    }

    @Test
    void rss091ItemsAreRead() throws FetchException {
        FeedDocument f = parse("<?xml version=\"1.0\"?><rss version=\"0.91\"><channel><title>Old News</title>"
                + "<link>https://news.example/</link><description>d</description><language>en</language>"
                + "<item><title>First</title><link>https://news.example/1</link><description>Teaser</description>"
                + "</item></channel></rss>");
        assertEquals("Old News", f.title());
        assertEquals(URI.create("https://news.example/1"), f.items().get(0).link());
        assertNull(f.items().get(0).content(), "a description is a teaser, not the article");
    }

    @Test
    void anRss20FeedSaysHowOftenToReadIt() throws FetchException {
        FeedDocument f = parse("<rss version=\"2.0\"><channel><title>N</title><link>https://news.example/</link>"
                + "<description>d</description><ttl>30</ttl></channel></rss>");
        assertEquals(Duration.ofMinutes(30), f.ttl());
    }

    @Test
    void rss10RdfItemsAreRead() throws FetchException {
        FeedDocument f = parse("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                + " xmlns=\"http://purl.org/rss/1.0/\"><channel rdf:about=\"https://news.example/\"><title>RDF News"
                + "</title><link>https://news.example/</link><description>d</description></channel>"
                + "<item rdf:about=\"https://news.example/2\"><title>Second</title><link>https://news.example/2</link>"
                + "</item></rdf:RDF>");
        assertEquals("RDF News", f.title());
        assertEquals("Second", f.items().get(0).title());
    }

    @Test
    void anItemWithNoLinkIsNamedNotDropped() throws FetchException {
        FeedDocument f = parse("<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
                + "<channel><title>N</title><link>https://news.example/</link><description>d</description>"
                + "<item><title>Linked</title><link>https://news.example/1</link></item>"
                + "<item><title>Whole text, no link</title><content:encoded><![CDATA[<p>Text.</p>]]>"
                + "</content:encoded></item><item><description>untitled</description></item></channel></rss>");
        assertEquals(1, f.items().size());
        assertEquals(java.util.List.of("\"Whole text, no link\"", "item 3"), f.unlinked());
    }

    @Test
    void relativeLinksAreResolvedAgainstTheFeed() throws FetchException {
        FeedDocument f = parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>A</title><id>urn:a</id>"
                + "<updated>2026-12-01T00:00:00Z</updated><entry><id>urn:1</id><title>T</title>"
                + "<link href=\"../stories/1\"/><updated>2026-12-01T00:00:00Z</updated></entry></feed>");
        assertEquals(URI.create("https://news.example/stories/1"), f.items().get(0).link());
    }

    @Test
    void htmlIsNotAFeed() {
        FetchException e = assertThrows(FetchException.class, () -> parse("<html><body><p>Hello</body></html>"));
        assertTrue(e.getMessage().startsWith("not a readable RSS or Atom feed"), e.getMessage());
    }
}
