package dev.crosscheck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

public class ArticlePageTest {
    public static String resource(String name) throws IOException {
        try (InputStream in = ArticlePageTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theBodyIsReadWithoutTheMenusBannerRelatedLinksCommentsOrAds() throws IOException {
        ArticlePage page = ArticlePage.read(resource("boilerplate-page.html"),
                URI.create("https://courier.example/news/2026/11/30/dam-breach-riverton?utm_source=rss"));
        String body = String.join("\n", page.paragraphs());
        assertTrue(body.contains("Four people were killed when the Riverton dam gave way"), body);
        assertTrue(body.contains("the main road to Norland remains closed"), body);
        for (String furniture : new String[] {"cookies", "Subscribe today", "Related stories", "Ten things to do",
            "Thoughts with everyone", "Advertisement", "Most read", "All rights reserved", "Sport"}) {
            assertFalse(body.contains(furniture), furniture + " in " + body);
        }
        assertEquals(Instant.parse("2026-11-30T07:15:00Z"), page.published());
        assertEquals(URI.create("https://courier.example/news/2026/11/30/dam-breach-riverton"), page.canonical());
        assertTrue(page.title().startsWith("Dam breach floods Riverton valley"), page.title());
    }

    @Test
    void aShortArticleIsReadFromItsArticleElementWithoutTheCookieBanner() throws IOException {
        ArticlePage page = ArticlePage.read(resource("short-article-page.html"),
                URI.create("https://courier.example/business/union-warns"));
        String body = String.join("\n", page.paragraphs());
        assertTrue(body.contains("The buyer plans to cut 900 jobs"), body);
        assertFalse(body.contains("cookies"), body);
        assertFalse(body.contains("All rights reserved"), body);
        assertEquals("Union warns of 900 job cuts", page.title());
    }

    @Test
    void anArticleOnlyInJsonLdIsReadFromThereWithItsRelativeCanonicalResolved() throws IOException {
        ArticlePage page = ArticlePage.read(resource("jsonld-page.html"),
                URI.create("https://herald.example/world/riverton-dam-toll?ocid=feed&utm_medium=rss"));
        assertEquals(3, page.paragraphs().size(), page.paragraphs().toString());
        assertTrue(page.paragraphs().get(0).startsWith("Five people were killed"));
        assertEquals("Riverton dam collapse: death toll rises to five", page.title());
        assertEquals(Instant.parse("2026-11-30T18:40:00Z"), page.published());
        assertEquals(URI.create("https://herald.example/world/riverton-dam-toll"), page.canonical());
    }

    @Test
    void trackingParametersAndFragmentsAreNotPartOfAnArticlesUrl() {
        assertEquals(URI.create("https://a.example/x?id=3"),
                CanonicalUrl.of(URI.create("HTTPS://A.example:443/x?utm_source=rss&id=3&fbclid=abc#top")));
    }
}
