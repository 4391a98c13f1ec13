package dev.crosscheck.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.TestCores;
import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.CorpusReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentenceIndexTest {
    @TempDir
    Path tmp;

    private Path corpusWith(String... namesAndTexts) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("articles"));
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            Path f = dir.resolve(namesAndTexts[i]);
            Files.createDirectories(f.getParent());
            Files.writeString(f, namesAndTexts[i + 1]);
        }
        return dir;
    }

    @Test
    void restartWithUnchangedCorpusEmbedsNothing() throws IOException {
        Path dir = corpusWith("a.txt", "Storm hits coast\n\nThe storm hit the coast on Monday. Ten homes lost power.",
                "b.txt", "Bridge closed\n\nThe old bridge was closed after the storm.");
        Corpus corpus = CorpusReader.read(dir);
        try (SentenceIndex index = SentenceIndex.open(tmp.resolve("index"), TestCores.embedder())) {
            SyncReport first = index.sync(corpus);
            assertEquals(List.of("a.txt", "b.txt"), first.added());
            assertTrue(first.sentencesEmbedded() > 0);
        }
        try (SentenceIndex index = SentenceIndex.open(tmp.resolve("index"), TestCores.embedder())) {
            SyncReport second = index.sync(CorpusReader.read(dir));
            assertTrue(second.unchanged(), second.toString());
            assertEquals(0, second.sentencesEmbedded());
            assertEquals(corpus.sentenceCount(), index.sentenceCount());
        }
    }

    @Test
    void everyDocumentHasALengthForTheSearchedFields() throws IOException {
        // A field some documents lack keeps its lengths sparse, and BM25 then searches them for every sentence it
        // scores; the article marker documents hold empty ones.
        Path dir = corpusWith("a.txt", "Storm hits coast\n\nThe storm hit the coast on Monday. Ten homes lost power.",
                "b.txt", "Bridge closed\n\nThe old bridge was closed after the storm.");
        try (SentenceIndex index = SentenceIndex.open(tmp.resolve("index"), TestCores.embedder())) {
            index.sync(CorpusReader.read(dir));
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(tmp.resolve("index")))) {
            for (LeafReaderContext leaf : reader.leaves()) {
                for (String field : List.of(SentenceIndex.TEXT, SentenceIndex.CONTEXT)) {
                    assertEquals(leaf.reader().maxDoc(), leaf.reader().getNormValues(field).cost(), field);
                }
            }
        }
    }

    @Test
    void changedAddedAndRemovedFilesAreReindexedAlone() throws IOException {
        Path dir = corpusWith("a.txt", "Storm hits coast\n\nThe storm hit the coast on Monday.",
                "b.txt", "Bridge closed\n\nThe old bridge was closed after the storm.",
                "c.txt", "Port reopens\n\nThe port reopened on Friday.");
        try (SentenceIndex index = SentenceIndex.open(tmp.resolve("index"), TestCores.embedder())) {
            index.sync(CorpusReader.read(dir));
            Files.writeString(dir.resolve("a.txt"), "Storm hits coast\n\nThe storm hit the coast on Tuesday, not Monday.");
            Files.delete(dir.resolve("b.txt"));
            Files.writeString(dir.resolve("d.txt"), "Schools shut\n\nSchools shut for two days.");
            Corpus now = CorpusReader.read(dir);
            SyncReport report = index.sync(now);
            assertEquals(List.of("a.txt"), report.changed());
            assertEquals(List.of("b.txt"), report.removed());
            assertEquals(List.of("d.txt"), report.added());
            int expected = now.document("a.txt").orElseThrow().sentences().size()
                    + now.document("d.txt").orElseThrow().sentences().size();
            assertEquals(expected, report.sentencesEmbedded());
            assertEquals(now.sentenceCount(), index.sentenceCount());
            assertEquals(now.size(), index.indexedHashes().size());
        }
    }

    @Test
    void indexWrittenWithAnotherModelIsRebuilt() throws IOException {
        Path dir = corpusWith("a.txt", "Storm hits coast\n\nThe storm hit the coast on Monday.");
        Corpus corpus = CorpusReader.read(dir);
        try (SentenceIndex index = SentenceIndex.open(tmp.resolve("index"), TestCores.embedder())) {
            index.sync(corpus);
        }
        Embedder renamed = new Embedder(new dev.langchain4j.model.embedding.onnx.allminilml6v2q
                .AllMiniLmL6V2QuantizedEmbeddingModel(), "another-model");
        try (SentenceIndex index = SentenceIndex.open(tmp.resolve("index"), renamed)) {
            SyncReport report = index.sync(corpus);
            assertEquals(List.of("a.txt"), report.added());
        }
    }

    @Test
    void secondOpenOfTheSameFolderFailsWithAClearMessage() throws IOException {
        corpusWith("a.txt", "x");
        try (SentenceIndex index = SentenceIndex.open(tmp.resolve("index"), TestCores.embedder())) {
            IndexException e = assertThrows(IndexException.class,
                    () -> SentenceIndex.open(tmp.resolve("index"), TestCores.embedder()));
            assertTrue(e.getMessage().contains("in use by another Crosscheck process"), e.getMessage());
        }
    }
    @Test
    void aDataPathThatIsAFileIsSaidToBeOne() throws IOException {
        // It had said "Not a directory (delete the folder to rebuild it)", of a folder that did not exist.
        Path file = Files.writeString(tmp.resolve("data"), "not a folder");
        IndexException e = assertThrows(IndexException.class,
                () -> SentenceIndex.open(file.resolve("index"), TestCores.embedder()));
        assertTrue(e.getMessage().endsWith(file + " is a file, not a folder (pass another --data folder)"),
                e.getMessage());
    }
}
