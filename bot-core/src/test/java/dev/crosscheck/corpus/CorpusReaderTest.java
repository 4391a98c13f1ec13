package dev.crosscheck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

    @TempDir
    Path dir;

    private Path write(String relative, String content) throws IOException {
        return write(relative, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String relative, byte[] content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    private static List<String> ids(Corpus corpus) {
        return corpus.documents().stream().map(Document::id).toList();
    }

    private static void assertWarned(Corpus corpus, String file, String reason) {
        assertTrue(corpus.warnings().stream().anyMatch(w -> w.contains(file) && w.contains(reason)),
                "expected a warning naming " + file + " with '" + reason + "' in " + corpus.warnings());
    }

    /** The repository's seeds folder, found from the module or the project directory, whichever the build runs in. */
    private static Path seedsFolder() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("seeds")) && Files.isRegularFile(p.resolve("mvnw"))) {
                return p.resolve("seeds");
            }
        }
        throw new IllegalStateException("seeds folder not found above " + Path.of("").toAbsolutePath());
    }

    @Test
    void readsTxtAndMdFilesRecursivelyWithSlashSeparatedIds() throws IOException {
        write("003_214ac054cd4d5203.txt", "Strikes hit Kyiv\nRussia fired 81 missiles.");
        write("sport/199.txt", "Chelsea sack Mutu\n\nChelsea have sacked Adrian Mutu.");
        write("tech/deep/nested/note.MD", "# Broadband boom\n\nMore homes are online.");
        write("README.TXT", "About this corpus.");
        write("data.json", "{\"not\": \"an article\"}");
        write("notes.txt.bak", "Old copy.");

        Corpus corpus = CorpusReader.read(dir);

        assertEquals(List.of("003_214ac054cd4d5203.txt", "sport/199.txt", "tech/deep/nested/note.MD"),
                ids(corpus));
        assertEquals(List.of(), corpus.warnings());
        assertEquals(dir.toAbsolutePath().normalize(), corpus.root());
        assertEquals("sport/199.txt", corpus.sentence("sport/199.txt", 1).orElseThrow().docId());
    }

    @Test
    void aSavedWebPageIsReadAsItsArticleWithWhereItComesFrom() throws IOException {
        write("saved/quay-fire.html", """
                <html><head><title>Quay fire | The Courier</title>
                <meta property="og:site_name" content="The Courier">
                <meta property="article:published_time" content="2031-03-11T09:15:00Z">
                <link rel="canonical" href="https://courier.example/news/quay-fire"></head>
                <body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
                <article><h1>Fire guts warehouse on the quay</h1>
                <p>A fire destroyed a warehouse on the quay in Portaskel overnight, the fire service said on Tuesday.</p>
                <p>Forty firefighters fought the blaze for six hours before it was brought under control.</p>
                <p>Nobody was hurt, although two homes nearby were evacuated as a precaution.</p></article>
                <footer>All rights reserved</footer></body></html>
                """);
        write("saved/empty.htm", "<html><body><nav>Home</nav></body></html>");

        Corpus corpus = CorpusReader.read(dir);

        Document page = corpus.document("saved/quay-fire.html").orElseThrow();
        assertTrue(page.text().contains("Forty firefighters fought the blaze"), page.text());
        assertEquals(page.text().indexOf(page.title()), page.text().lastIndexOf(page.title()), "the headline once");
        assertFalse(page.text().contains("All rights reserved") || page.text().contains("Sport"), page.text());
        assertEquals(new Origin("https://courier.example/news/quay-fire", "The Courier",
                java.time.Instant.parse("2031-03-11T09:15:00Z")), page.origin());
        assertEquals(List.of("saved/empty.htm: skipped, no article text found in the page"), corpus.warnings());
    }

    @Test
    void aFileWrittenAsOneLongLineIsTitledByItsOpeningAndReadWhole() throws IOException {
        String line = "Filler sentence about the council budget meeting in Springfield. ".repeat(200).strip();
        write("one-line.txt", line);
        Document d = CorpusReader.read(dir).documents().get(0);
        assertTrue(d.title().length() <= CorpusReader.MAX_TITLE + 1 && d.title().endsWith("…"), d.title());
        assertTrue(line.startsWith(d.title().substring(0, d.title().length() - 1)), d.title());
        assertEquals(line, d.text());
        assertEquals(200, d.sentences().size());
    }

    @Test
    void aFoldersReadMeIsNoArticle() throws IOException {
        write("README.TXT", "Consists of 2225 documents from the BBC news website.");
        write("articles/readme.md", "# conflicts-rail: invented development corpus");
        write("articles/readme-first.txt", "An article whose name only starts like one.");
        write("articles/300_herald.txt", "Marrevik mourns\n\nSix people died.");

        assertEquals(List.of("articles/300_herald.txt", "articles/readme-first.txt"), ids(CorpusReader.read(dir)));
        List<String> warnings = new ArrayList<>();
        assertEquals(Optional.empty(), CorpusReader.readFile(dir, Path.of("README.TXT"), warnings),
                "the folder watcher skips it too");
        assertEquals(List.of(), warnings);
    }

    @Test
    void skipsHiddenFilesAndHiddenFolders() throws IOException {
        write("visible.txt", "Visible article.");
        write(".hidden.txt", "Editor backup.");
        write(".git/description.txt", "Not an article.");
        write("sport/.cache/old.md", "Not an article either.");

        assertEquals(List.of("visible.txt"), ids(CorpusReader.read(dir)));
    }

    @Test
    void usesFirstNonEmptyLineTrimmedAsTitle() throws IOException {
        write("a.txt", "\n  \r\n   Ad sales boost Time Warner profit  \r\n\r\nQuarterly profits jumped 76%.");

        Document doc = CorpusReader.read(dir).document("a.txt").orElseThrow();

        assertEquals("Ad sales boost Time Warner profit", doc.title());
        assertEquals("Ad sales boost Time Warner profit", doc.sentences().get(0).text());
    }

    /** An article as the feed fetcher writes it. */
    private static final String FETCHED = """
            ---
            title: "Strikes hit Kyiv overnight"
            url: "https://example.org/news/kyiv-strikes"
            outlet: "Example News"
            published: "2026-12-01T09:30:00Z"
            fetched: "2026-12-01T09:45:12Z"
            feed: "https://example.org/rss.xml"
            ---
            Strikes hit Kyiv overnight

            First paragraph of the body.

            Second paragraph.
            """;

    @Test
    void frontMatterGivesTheOriginAndIsNeitherTextNorSentence() throws IOException {
        write("feeds/example-news/2026-12-01-kyiv-strikes.md", FETCHED);

        Corpus corpus = CorpusReader.read(dir);

        Document doc = corpus.document("feeds/example-news/2026-12-01-kyiv-strikes.md").orElseThrow();
        assertEquals(List.of(), corpus.warnings());
        assertEquals("Strikes hit Kyiv overnight", doc.title());
        assertEquals(new Origin("https://example.org/news/kyiv-strikes", "Example News",
                Instant.parse("2026-12-01T09:30:00Z")), doc.origin());
        assertTrue(doc.text().startsWith("Strikes hit Kyiv overnight\n"), doc.text());
        assertEquals(List.of("Strikes hit Kyiv overnight", "First paragraph of the body.", "Second paragraph."),
                doc.sentences().stream().map(Sentence::text).toList());
        for (Sentence s : doc.sentences()) {
            assertEquals(doc.text().substring(s.start(), s.end()), s.text());
        }
    }

    @Test
    void aBylineUnderAPlainArticlesHeadlineSaysWhereItComesFrom() throws IOException {
        write("a.txt", "Armed man seizes ferry lounge\nBy Meridian Press Agency | Monday 11 June 2029, 12:40\n\n"
                + "A man held passengers at sea.");
        write("b.txt", "Recall widens\nBy Jane Smith | Autotrade Weekly | June 12, 2029\n\nThe recall widened.");
        write("c.txt", "Rescue goes on\nBy the time police arrived on 11 June 2029, the road was shut.\n");
        write("d.md", "---\noutlet: Example News\n---\nTitle\nBy Someone Else | 1 May 2029\n\nBody.");

        Corpus corpus = CorpusReader.read(dir);

        Document a = corpus.document("a.txt").orElseThrow();
        assertEquals(new Origin(null, "Meridian Press Agency", Instant.parse("2029-06-11T12:40:00Z")), a.origin());
        assertEquals(List.of("Armed man seizes ferry lounge", "A man held passengers at sea."),
                a.sentences().stream().map(Sentence::text).toList(), "the byline is about the article, not in it");
        assertEquals(new Origin(null, "Autotrade Weekly", Instant.parse("2029-06-12T00:00:00Z")),
                corpus.document("b.txt").orElseThrow().origin(), "the last name a byline gives is the outlet's");
        assertEquals(Origin.NONE, corpus.document("c.txt").orElseThrow().origin(), "a sentence opening with \"By\"");
        assertEquals("Example News", corpus.document("d.md").orElseThrow().origin().outlet(),
                "front matter speaks for the file");
    }

    @Test
    void theFrontMattersTitleWinsOverTheFirstLine() throws IOException {
        write("a.md", "---\r\ntitle: Kyiv strikes, day two\r\n---\r\n# Draft headline\r\n\r\nMore strikes hit Kyiv.");

        Document doc = CorpusReader.read(dir).document("a.md").orElseThrow();

        assertEquals("Kyiv strikes, day two", doc.title());
        assertEquals("# Draft headline", doc.sentences().get(0).text());
        assertEquals(Origin.NONE, doc.origin());
    }

    @Test
    void publishedTakesInstantsOffsetTimesAndPlainDates() throws IOException {
        write("instant.md", "---\npublished: 2026-12-01T09:30:00Z\n---\nBody.");
        write("offset.md", "---\npublished: \"2026-12-01T11:30:00+02:00\"\n---\nBody.");
        write("date.md", "---\npublished: 2026-12-01\n---\nBody.");

        Corpus corpus = CorpusReader.read(dir);

        assertEquals(List.of(), corpus.warnings());
        assertEquals(Instant.parse("2026-12-01T09:30:00Z"), published(corpus, "instant.md"));
        assertEquals(Instant.parse("2026-12-01T09:30:00Z"), published(corpus, "offset.md"));
        assertEquals(Instant.parse("2026-12-01T00:00:00Z"), published(corpus, "date.md"));
    }

    private static Instant published(Corpus corpus, String id) {
        return corpus.document(id).orElseThrow().origin().published();
    }

    @Test
    void aBadValueIsLeftOutWithAWarningAndTheRestKept() throws IOException {
        write("a.md", "---\ntitle: Strikes\nurl: javascript:alert(1)\noutlet: [Example, News]\n"
                + "published: yesterday\nauthor: Jo\n---\nStrikes hit Kyiv.");

        Corpus corpus = CorpusReader.read(dir);

        Document doc = corpus.document("a.md").orElseThrow();
        assertEquals("Strikes", doc.title());
        assertEquals(Origin.NONE, doc.origin());
        assertEquals("Strikes hit Kyiv.", doc.text());
        assertWarned(corpus, "a.md", "url \"javascript:alert(1)\" is not an http(s) address; left out");
        assertWarned(corpus, "a.md", "outlet is not a single value; left out");
        assertWarned(corpus, "a.md", "published \"yesterday\" is not a date");
        assertEquals(3, corpus.warnings().size(), "unknown keys such as author are passed over: " + corpus.warnings());
    }

    @Test
    void anAddressTooLongForAChatMessageIsLeftOut() throws IOException {
        write("a.md", "---\nurl: https://example.org/" + "a".repeat(2_000) + "\noutlet: Example\n---\nStrikes hit Kyiv.");

        Corpus corpus = CorpusReader.read(dir);

        assertEquals(new Origin(null, "Example", null), corpus.document("a.md").orElseThrow().origin());
        assertWarned(corpus, "a.md", "url is longer than 2000 characters; left out");
    }

    /** Writes {@code text} as {@code file}, reads the folder, and checks that the file was read whole, as plain text. */
    private Corpus assertReadAsPlainText(String file, String text) throws IOException {
        write(file, text);
        Corpus corpus = CorpusReader.read(dir);
        Document doc = corpus.document(file).orElseThrow();
        assertEquals(text, doc.text(), "nothing is lost");
        assertEquals(Origin.NONE, doc.origin());
        return corpus;
    }

    @Test
    void frontMatterThatIsNotValidYamlLeavesTheFileAsPlainText() throws IOException {
        Corpus corpus = assertReadAsPlainText("a.md",
                "---\ntitle: [unclosed\nurl: \"https://example.org/a\"\n---\nStrikes hit Kyiv.");
        assertWarned(corpus, "a.md", "front matter is not valid YAML (line 3)");
    }

    @Test
    void frontMatterWithoutItsClosingLineLeavesTheFileAsPlainText() throws IOException {
        Corpus corpus = assertReadAsPlainText("a.md", "---\ntitle: Strikes\n\nStrikes hit Kyiv.\n");
        assertEquals("title: Strikes", corpus.documents().get(0).title(), "a fence is no title");
        assertWarned(corpus, "a.md", "front matter has no closing --- line; read as plain text");
    }

    @Test
    void frontMatterAfterABlankLineIsSaidToBeReadAsText() throws IOException {
        // It had been read as the article's text without a word.
        Corpus corpus = assertReadAsPlainText("a.md", "\n\n---\ntitle: Strikes\n---\nStrikes hit Kyiv.");
        assertWarned(corpus, "a.md", "front matter must open the file, with no blank line before it");
    }

    @Test
    void aTxtFileThatStartsWithDashesIsReadAsItIs() throws IOException {
        Corpus corpus = assertReadAsPlainText("a.txt", "---\ntitle: Strikes\n---\nStrikes hit Kyiv.");
        assertEquals(List.of(), corpus.warnings());
    }

    @Test
    void frontMatterWithNothingAfterItIsSkippedWithAWarning() throws IOException {
        write("a.md", "---\ntitle: Strikes hit Kyiv\n---\n\n");
        write("ok.md", "---\n---\nReal article.");

        Corpus corpus = CorpusReader.read(dir);

        assertEquals(List.of("ok.md"), ids(corpus));
        assertWarned(corpus, "a.md", "no text after its front matter");
    }

    @Test
    void hashesRawBytesWithSha256() throws Exception {
        byte[] raw = "\uFEFFStrikes hit Kyiv.".getBytes(StandardCharsets.UTF_8);
        write("a.txt", raw);

        Document doc = CorpusReader.read(dir).document("a.txt").orElseThrow();

        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw)), doc.hash());
        assertEquals("Strikes hit Kyiv.", doc.text());
    }

    @Test
    void keepsDecodedTextVerbatimSoSentencesQuoteIt() throws IOException {
        String text = "Headline\r\n\r\n“It won’t help them,” he said.\r\nMr. Zelenskyy said so.";
        write("a.txt", text);

        Document doc = CorpusReader.read(dir).document("a.txt").orElseThrow();

        assertEquals(text, doc.text());
        for (Sentence s : doc.sentences()) {
            assertEquals(doc.text().substring(s.start(), s.end()), s.text());
        }
        assertEquals(3, doc.sentences().size());
    }

    @Test
    void decodesInvalidUtf8AsWindows1252WithWarning() throws IOException {
        // BBC's sport/199.txt has exactly this: a Windows-1252 pound sign in otherwise ASCII text.
        byte[] raw = "Chelsea sack Mutu\n\nMutu, a \u00A315.8m signing, said it\u2019s caf\u00E9 society."
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertEquals((byte) 0x92, raw[raw.length - 16], "curly apostrophe must be the Windows-1252 byte 0x92");
        write("sport/199.txt", raw);

        Corpus corpus = CorpusReader.read(dir);

        Document doc = corpus.document("sport/199.txt").orElseThrow();
        assertEquals("Mutu, a £15.8m signing, said it’s café society.", doc.sentences().get(1).text());
        assertWarned(corpus, "sport/199.txt", "Windows-1252");
    }

    @Test
    void skipsEmptyAndBlankFilesWithWarning() throws IOException {
        write("empty.txt", "");
        write("blank.md", " \r\n\t\n\u00A0 \n");
        write("ok.txt", "Real article.");

        Corpus corpus = CorpusReader.read(dir);

        assertEquals(List.of("ok.txt"), ids(corpus));
        assertWarned(corpus, "empty.txt", "empty");
        assertWarned(corpus, "blank.md", "empty");
    }

    @Test
    void skipsAFileFarLargerThanAnArticleWithWarning() throws IOException {
        // A 20 MB text file ran the heap out while its sentences were embedded, at start and in the watcher.
        String sentence = "The council said the bridge would reopen next spring after repairs. ";
        write("dump.txt", "Dump\n\n" + sentence.repeat((int) (CorpusReader.MAX_FILE_BYTES / sentence.length()) + 1));
        write("ok.txt", "Real article.");

        Corpus corpus = CorpusReader.read(dir);

        assertEquals(List.of("ok.txt"), ids(corpus));
        assertWarned(corpus, "dump.txt", "larger than 2 MB");
    }

    @Test
    void aLinkToWhatTheFolderHoldsAnywayIsReadOnceAndALinkOutOfItIsRead(@TempDir Path elsewhere) throws IOException {
        // A folder link had made every article under it two sources agreeing with each other.
        write("a/b/deep.txt", "Deep\nThe bridge reopened on Monday.");
        Files.writeString(elsewhere.resolve("kept.txt"), "Kept\nAn article kept elsewhere.");
        Files.createSymbolicLink(dir.resolve("linkdir"), dir.resolve("a"));
        Files.createSymbolicLink(dir.resolve("same.txt"), dir.resolve("a/b/deep.txt"));
        Files.createSymbolicLink(dir.resolve("out"), elsewhere);

        Corpus corpus = CorpusReader.read(dir);

        assertEquals(List.of("a/b/deep.txt", "out/kept.txt"), ids(corpus));
        assertWarned(corpus, "linkdir", "a link to a, which is read already");
        assertWarned(corpus, "same.txt", "a link to a/b/deep.txt, which is read already");
    }

    @Test
    void skipsBinaryFilesWithWarning() throws IOException {
        write("scan.txt", new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 0, 1, 2, 3});
        write("ok.txt", "Real article.");

        Corpus corpus = CorpusReader.read(dir);

        assertEquals(List.of("ok.txt"), ids(corpus));
        assertWarned(corpus, "scan.txt", "binary");
    }

    @Test
    void skipsUnreadableFileWithWarning() throws IOException {
        Path locked = write("locked.txt", "Secret article.");
        write("ok.txt", "Real article.");
        try {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("file system has no POSIX permissions");
        }
        Assumptions.assumeFalse(Files.isReadable(locked), "running as a user who can read anything (root)");

        Corpus corpus = CorpusReader.read(dir);

        assertEquals(List.of("ok.txt"), ids(corpus));
        assertWarned(corpus, "locked.txt", "permission denied");
    }

    @Test
    void throwsClearMessageForMissingFolder() {
        Path missing = dir.resolve("no-such-seeds");

        CorpusException e = assertThrows(CorpusException.class, () -> CorpusReader.read(missing));

        assertEquals("seeds folder not found: " + missing.toAbsolutePath().normalize(), e.getMessage());
    }

    @Test
    void throwsClearMessageWhenPathIsAFile() throws IOException {
        Path file = write("article.txt", "Not a folder.");

        CorpusException e = assertThrows(CorpusException.class, () -> CorpusReader.read(file));

        assertEquals("seeds path is not a folder: " + file.toAbsolutePath().normalize(), e.getMessage());
    }

    @Test
    void readsOneFileLikeTheFolderReaderDoes() throws IOException {
        write("sport/199.txt", "Chelsea sack Mutu\n\nChelsea have sacked Adrian Mutu.");
        List<String> warnings = new ArrayList<>();

        Optional<Document> byRelative = CorpusReader.readFile(dir, Path.of("sport/199.txt"), warnings);
        Optional<Document> byAbsolute = CorpusReader.readFile(dir, dir.resolve("sport/199.txt"), warnings);

        assertEquals("sport/199.txt", byRelative.orElseThrow().id());
        assertEquals(byRelative, byAbsolute);
        assertEquals("Chelsea sack Mutu", byRelative.orElseThrow().title());
        assertEquals(List.of(), warnings);
    }

    @Test
    void readFileIgnoresFilesOutsideTheCorpusRulesSilently() throws IOException {
        write("image.png", "not text");
        write(".draft.txt", "Hidden.");
        write(".git/HEAD.txt", "Hidden folder.");
        Files.createDirectories(dir.resolve("folder.txt"));
        List<String> warnings = new ArrayList<>();

        assertEquals(Optional.empty(), CorpusReader.readFile(dir, Path.of("image.png"), warnings));
        assertEquals(Optional.empty(), CorpusReader.readFile(dir, Path.of(".draft.txt"), warnings));
        assertEquals(Optional.empty(), CorpusReader.readFile(dir, Path.of(".git/HEAD.txt"), warnings));
        assertEquals(Optional.empty(), CorpusReader.readFile(dir, Path.of("folder.txt"), warnings));
        assertEquals(List.of(), warnings);
    }

    @Test
    void readFileWarnsWhenTheFileDisappearedBeforeReading() {
        List<String> warnings = new ArrayList<>();

        assertEquals(Optional.empty(), CorpusReader.readFile(dir, Path.of("sport/deleted.txt"), warnings));

        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("sport/deleted.txt: "), warnings.get(0));
        assertTrue(warnings.get(0).contains("disappeared"), warnings.get(0));
    }

    @Test
    void readFileRejectsPathsOutsideTheFolder() {
        assertThrows(IllegalArgumentException.class,
                () -> CorpusReader.readFile(dir.resolve("seeds"), Path.of("../elsewhere.txt"), new ArrayList<>()));
    }

    @Test
    void readsManySmallFilesAndKeepsWarningsInFileOrder() throws IOException {
        for (int i = 0; i < 300; i++) {
            write(String.format("batch/%03d.txt", i), i % 100 == 7 ? "" : "Article " + i + " headline\nBody " + i + ".");
        }

        Corpus corpus = CorpusReader.read(dir);

        assertEquals(297, corpus.size());
        assertEquals(594, corpus.sentenceCount());
        assertEquals(List.of("batch/007.txt: skipped, the file is empty", "batch/107.txt: skipped, the file is empty",
                "batch/207.txt: skipped, the file is empty"), corpus.warnings());
    }

    @Test
    void readsSeedsFolderWithTitlesFromFirstLines() throws IOException {
        Path seeds = seedsFolder();

        Corpus corpus = CorpusReader.read(seeds);

        assertEquals(5, corpus.size());
        assertEquals(List.of(), corpus.warnings());
        for (Document doc : corpus.documents()) {
            // Trimming also drops no-break spaces, which 004 has at the end of its first line.
            String firstLine = Files.readAllLines(seeds.resolve(doc.id())).stream()
                    .map(l -> l.replaceAll("^[\\s\u00A0]+|[\\s\u00A0]+$", ""))
                    .filter(l -> !l.isEmpty()).findFirst().orElseThrow();
            assertEquals(firstLine, doc.title());
            assertFalse(doc.sentences().isEmpty());
            assertEquals(64, doc.hash().length());
            for (Sentence s : doc.sentences()) {
                assertEquals(doc.text().substring(s.start(), s.end()), s.text());
            }
        }
        assertEquals("Russian Rocket Barrage Hits Ukrainian Cities",
                corpus.document("001_f7593ae858dcb3e5.txt").orElseThrow().title());
        assertEquals("Residential buildings hit in strikes",
                corpus.sentence("003_214ac054cd4d5203.txt", 10).orElseThrow().text());
    }
}
