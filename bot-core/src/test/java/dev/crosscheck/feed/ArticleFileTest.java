package dev.crosscheck.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleFileTest {
    private static StoredArticle article(String title, String text) {
        return new StoredArticle(1, "https://example.org/a", "Example News", Instant.parse("2026-03-11T09:00:00Z"),
                Instant.parse("2026-03-11T09:05:00Z"), "https://example.org/rss", title, text, "h", "a.md");
    }

    @Test
    void aPageWhoseTextOpensWithItsHeadlineHasItOnce() {
        String file = ArticleFile.text(article("Hospital count rises to 41",
                "Hospital  count rises to 41\n\nThe number taken to hospital has risen to 41, up from 23."));
        String body = file.substring(file.indexOf("---\n", 4) + 4);
        assertEquals("Hospital  count rises to 41\n\nThe number taken to hospital has risen to 41, up from 23.\n", body);
    }

    @Test
    void aTextWithoutItsHeadlineGetsItAsItsFirstLine() {
        String file = ArticleFile.text(article("Hospital count rises to 41", "The number has risen to 41."));
        assertTrue(file.endsWith("---\nHospital count rises to 41\n\nThe number has risen to 41.\n"), file);
    }
}
