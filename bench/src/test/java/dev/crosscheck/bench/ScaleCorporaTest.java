package dev.crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.CorpusReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scale corpora built from a small stand-in for the BBC folder: topic folders, a README, a Latin-1 article. */
class ScaleCorporaTest {
    private static final Map<String, Integer> TOPICS = Map.of("business", 30, "entertainment", 20, "politics", 25,
            "sport", 15, "tech", 10);
    private static final String README = "Consists of 100 documents from five topical areas.\n";

    @TempDir
    Path tmp;
    Path source;
    ScaleCorpora corpora;

    @BeforeEach
    void source() throws IOException {
        source = Files.createDirectories(tmp.resolve("bbc"));
        Files.writeString(source.resolve("README.TXT"), README);
        for (var topic : TOPICS.entrySet()) {
            Path folder = Files.createDirectories(source.resolve(topic.getKey()));
            for (int i = 1; i <= topic.getValue(); i++) {
                Files.writeString(folder.resolve("%03d.txt".formatted(i)), "A " + topic.getKey() + " story " + i
                        + "\n\nThe firm said growth was very strong. Sales rose 7% in " + (2000 + i) + ".\n");
            }
        }
        Files.write(source.resolve("sport/002.txt"), "Café owners cheer\n\nThe café was very busy for 3 days.\n"
                .getBytes(Charset.forName("windows-1252")));
        corpora = new ScaleCorpora(source, tmp.resolve("work"), new PrintWriter(new StringWriter()));
    }

    private static Map<String, Integer> perFolder(Path corpus) throws IOException {
        Map<String, Integer> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            files.filter(Files::isRegularFile).filter(p -> !p.getParent().equals(corpus))
                    .forEach(p -> out.merge(corpus.relativize(p.getParent()).toString(), 1, Integer::sum));
        }
        return out;
    }

    @Test
    void theSubsetSpreadsOverEveryTopicFolderInProportion() throws IOException {
        Path subset = corpora.subset(20);
        Map<String, Integer> counts = perFolder(subset);
        assertEquals(TOPICS.keySet(), counts.keySet());
        assertEquals(20, counts.values().stream().mapToInt(Integer::intValue).sum());
        for (var topic : TOPICS.entrySet()) {
            double share = topic.getValue() * 20 / 100.0;
            assertTrue(Math.abs(counts.get(topic.getKey()) - share) <= 1, topic + " → " + counts);
        }
        assertEquals(README, Files.readString(subset.resolve("README.TXT")));
        assertEquals(20, CorpusReader.read(subset).size(), "20 articles; the README is copied, but is no article");
    }

    @Test
    void copiesKeepTheFirstAsItIsAndWordTheOthersDifferently() throws IOException {
        Path copies = corpora.copies(4);
        for (int c = 0; c < 4; c++) {
            assertEquals(README, Files.readString(copies.resolve("copy-" + c).resolve("README.TXT")));
            assertEquals(TOPICS, perFolder(copies.resolve("copy-" + c)));
        }
        byte[] original = Files.readAllBytes(source.resolve("business/001.txt"));
        assertArrayEquals(original, Files.readAllBytes(copies.resolve("copy-0/business/001.txt")));
        String one = Files.readString(copies.resolve("copy-1/business/001.txt"));
        assertNotEquals(new String(original, StandardCharsets.UTF_8), one);
        assertTrue(one.contains("Sales rose 7% in 2001."), one);

        Corpus corpus = CorpusReader.read(copies);
        assertEquals(4 * 100, corpus.size(), "each copy's 100 articles; its README is no article");
        for (int c = 0; c < 4; c++) {
            String id = "copy-" + c + "/sport/002.txt";
            // The Windows-1252 article stays one in every copy, so each copy exercises the reader's fallback.
            assertTrue(corpus.warnings().stream().anyMatch(w -> w.startsWith(id) && w.contains("Windows-1252")),
                    corpus.warnings().toString());
            assertTrue(corpus.document(id).orElseThrow().text().contains("café"), id);
        }
    }

    @Test
    void aBuiltCorpusIsReusedAndAnUnfinishedOneRebuilt() throws IOException {
        Path first = corpora.copies(2);
        Path file = first.resolve("copy-1/tech/001.txt");
        FileTime built = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, built);
        assertEquals(first, corpora.copies(2));
        assertEquals(built, Files.getLastModifiedTime(file), "the second call must not rebuild");

        Files.delete(first.resolve(ScaleCorpora.MARKER));
        assertThrows(IllegalStateException.class, () -> corpora.copies(2),
                "a folder without the marker is not the benchmark's to overwrite");

        Path subset = corpora.subset(10);
        Files.writeString(subset.resolve(ScaleCorpora.MARKER), "built some other way");
        corpora.subset(10);
        assertEquals(10, perFolder(subset).values().stream().mapToInt(Integer::intValue).sum());
        assertFalse(Files.readString(subset.resolve(ScaleCorpora.MARKER)).contains("other way"));
    }
}
