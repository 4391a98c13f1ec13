package dev.crosscheck.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.Origin;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** /sources: plain folders list as they always have; fetched articles are grouped by outlet, newest first. */
class SourcesReplyTest {
    private static Document doc(String id, String outlet, String published) {
        return new Document(id, "Title of " + id, "Title of " + id, "h", List.of(), null,
                new Origin(null, outlet, published == null ? null : Instant.parse(published)));
    }

    private static String listing(Document... docs) {
        return PlainText.render(SourcesReply.of(new Corpus(Path.of("seeds"), List.of(docs), List.of()), ""));
    }

    @Test
    void aFolderOfPlainFilesIsOneListInIdOrder() {
        assertEquals("""
                2 sources in seeds
                • a.txt — Title of a.txt
                • b.md — Title of b.md""", listing(doc("b.md", null, null), doc("a.txt", null, null)));
    }

    @Test
    void fetchedArticlesAreGroupedByOutletNewestFirstWithOtherFilesLast() {
        assertEquals("""
                6 sources in seeds
                BBC (1)
                • feeds/bbc/x.md — Title of feeds/bbc/x.md (3 Dec 2026)
                Example News (3)
                • feeds/ex/2.md — Title of feeds/ex/2.md (2 Dec 2026)
                • feeds/ex/1.md — Title of feeds/ex/1.md (1 Dec 2026)
                • feeds/ex/0.md — Title of feeds/ex/0.md
                Other files (2)
                • z.md — Title of z.md (30 Nov 2026)
                • a.txt — Title of a.txt""", listing(
                doc("a.txt", null, null),
                doc("feeds/ex/0.md", "Example News", null),
                doc("feeds/ex/1.md", "Example News", "2026-12-01T09:30:00Z"),
                doc("feeds/ex/2.md", "Example News", "2026-12-02T09:30:00Z"),
                doc("feeds/bbc/x.md", "BBC", "2026-12-03T09:30:00Z"),
                doc("z.md", null, "2026-11-30T00:00:00Z")));
    }

    @Test
    void wordsListOnlyTheArticlesWhoseTitleOrIdHasThemAll() {
        Corpus corpus = new Corpus(Path.of("seeds"), List.of(doc("tech/1.txt", null, null),
                doc("business/2.txt", null, null), doc("tech/3.txt", null, null)), List.of());
        assertEquals("""
                2 of 3 sources in seeds with "tech"
                • tech/1.txt — Title of tech/1.txt
                • tech/3.txt — Title of tech/3.txt""", PlainText.render(SourcesReply.of(corpus, "tech")));
        assertEquals("""
                No source's title or id has "tech 2". /sources lists them all.""",
                PlainText.render(SourcesReply.of(corpus, "tech 2")));
    }

    @Test
    void anUntitledArticleIsFoundByTheOpeningWordsItIsListedUnder() {
        String opening = "Defiance and disgust over the targeting of civilians met Russia's first missile blitz on "
                + "Ukrainian cities in weeks, while Ukrainian forces defended the eastern town of Bakhmut from further "
                + "Russian incursions.";
        Document untitled = new Document("002.txt", opening, opening, "h", List.of());
        Corpus corpus = new Corpus(Path.of("seeds"), List.of(doc("a.txt", null, null), untitled), List.of());
        String listed = PlainText.render(SourcesReply.of(corpus, "Defiance"));
        assertTrue(listed.startsWith("1 of 2 sources in seeds with \"Defiance\""), listed);
        assertTrue(listed.contains("002.txt"), listed);
    }

    @Test
    void aListTooLongForAChatSaysHowToNarrowIt() {
        Document[] many = new Document[41];
        for (int i = 0; i < many.length; i++) {
            many[i] = doc(i + ".txt", null, null);
        }
        assertTrue(listing(many).lines().skip(1).findFirst().orElseThrow().contains("/sources WORDS"));
        assertFalse(listing(doc("a.txt", null, null)).contains("/sources WORDS"));
    }
}
