package dev.crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.TestCores;
import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.CorpusReader;
import dev.crosscheck.corpus.Document;
import org.junit.jupiter.api.Test;

class NaiveRagContenderTest {
    @Test
    void repliesWithTheMostSimilarSegmentAndTheArticleItCameFrom() {
        Corpus seeds = CorpusReader.read(TestCores.seedsFolder());
        NaiveRagContender rag = NaiveRagContender.of(seeds, TestCores.embedder().model());
        Reply r = rag.ask("What does Kinzhal mean in Russian?");
        assertTrue(r.found());
        assertEquals(1, r.sources().size());
        Document source = seeds.document(r.sources().get(0)).orElseThrow();
        // Segments are cut from the article's own text, so their words are the article's.
        String start = r.text().substring(0, Math.min(40, r.text().length()));
        assertTrue(source.text().contains(start), start);
        // The nearest segment is about the asked subject, though not necessarily the sentence that answers.
        assertTrue(r.text().contains("Kinzhal"), r.text());
        assertTrue(r.text().length() > 500, "segments are a few paragraphs, not a sentence");
    }
}
