package dev.crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.TestCores;
import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.CorpusReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class Bm25ContenderTest {
    private final Corpus seeds = CorpusReader.read(TestCores.seedsFolder());

    @Test
    void repliesWithTheSentenceThatHasTheQuestionsRareWords() {
        try (Bm25Contender bm25 = Bm25Contender.of(seeds)) {
            Reply r = bm25.ask("What does the word dagger mean?");
            assertTrue(r.found());
            assertTrue(r.text().contains("(Russian for “dagger”)"), r.text());
            assertEquals(List.of("002_6c45974c4152c829.txt"), r.sources());
            assertTrue(seeds.document(r.sources().get(0)).orElseThrow().text().contains(r.text()));
        }
    }

    @Test
    void findsNothingForStopWordsOrWordsTheCorpusLacks() {
        try (Bm25Contender bm25 = Bm25Contender.of(seeds)) {
            // Lucene's English stop list is short ("what" is not on it), so only true stop words find nothing.
            assertFalse(bm25.ask("is it the").found());
            assertFalse(bm25.ask("xylophone quasar").found());
        }
    }

    @Test
    void takesQuerySyntaxAsPlainText() {
        try (Bm25Contender bm25 = Bm25Contender.of(seeds)) {
            assertTrue(bm25.ask("Kinzhal AND (dagger OR \"missiles\")~2 title:*").found());
        }
    }
}
