package dev.crosscheck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CorpusTest {

    private static Document doc(String id, String text) {
        return new Document(id, id, text, "hash", SentenceSplitter.split(id, text));
    }

    @Test
    void sortsDocumentsByIdAndFindsThem() {
        Corpus corpus = new Corpus(Path.of("/seeds"), List.of(
                doc("sport/199.txt", "Chelsea sack Mutu. The club acted fast."),
                doc("003_214ac054cd4d5203.txt", "Strikes hit Kyiv."),
                doc("business/001.txt", "Ad sales boost Time Warner profit.")), List.of());

        assertEquals(List.of("003_214ac054cd4d5203.txt", "business/001.txt", "sport/199.txt"),
                corpus.documents().stream().map(Document::id).toList());
        assertEquals(3, corpus.size());
        assertEquals(4, corpus.sentenceCount());
        assertEquals("Strikes hit Kyiv.", corpus.document("003_214ac054cd4d5203.txt").orElseThrow().text());
        assertEquals(Optional.empty(), corpus.document("missing.txt"));
        assertEquals(Optional.empty(), corpus.document(null));
    }

    @Test
    void findsSentencesByDocumentAndOrdinal() {
        Corpus corpus = new Corpus(Path.of("/seeds"), List.of(doc("sport/199.txt",
                "Chelsea sack Mutu. The club acted fast.")), List.of());

        assertEquals("The club acted fast.", corpus.sentence("sport/199.txt", 1).orElseThrow().text());
        assertEquals(Optional.empty(), corpus.sentence("sport/199.txt", 2));
        assertEquals(Optional.empty(), corpus.sentence("sport/199.txt", -1));
        assertEquals(Optional.empty(), corpus.sentence("other.txt", 0));
    }

    @Test
    void isImmutableEvenWhenBuiltFromMutableLists() {
        List<Document> documents = new ArrayList<>(List.of(doc("a.txt", "One.")));
        List<String> warnings = new ArrayList<>(List.of("b.txt: skipped, the file is empty"));
        Corpus corpus = new Corpus(Path.of("/seeds"), documents, warnings);
        documents.clear();
        warnings.clear();

        assertEquals(1, corpus.size());
        assertEquals(List.of("b.txt: skipped, the file is empty"), corpus.warnings());
        assertThrows(UnsupportedOperationException.class, () -> corpus.documents().clear());
        assertThrows(UnsupportedOperationException.class, () -> corpus.warnings().add("x"));
    }

    @Test
    void rejectsDuplicateIds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Corpus(Path.of("/seeds"), List.of(doc("a.txt", "One."), doc("a.txt", "Two.")), List.of()));
        assertTrue(e.getMessage().contains("a.txt"));
    }
}
