package dev.crosscheck.index;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.TestCores;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetrieverTest {
    private final Retriever retriever = TestCores.seeds().retriever();

    private boolean topHasText(String query, int k, String text) {
        List<Hit> hits = retriever.retrieve(query, k);
        return hits.stream().anyMatch(h -> h.sentence().text().contains(text));
    }

    @Test
    void findsSentencesWrittenWithAnotherTransliteration() {
        // The question spells names one way, the sentences another.
        assertTrue(topHasText("Kiev mayor explosions", 5, "Kyiv Mayor Vitali Klitschko"));
        assertTrue(topHasText("Synegubov attacks", 5, "Synjehubow"));
        assertTrue(topHasText("Bachmut battle", 10, "Bakhmut"));
        assertTrue(topHasText("Zelenskyj evening video address", 5, "Zelenskyy said in a late Wednesday video address"));
    }

    @Test
    void findsParaphrasesThroughVectors() {
        assertTrue(topHasText("sirens in the capital stopped after hours", 5, "seven hours"));
    }

    @Test
    void returnsNothingRatherThanFailingForAQueryOfOnlyStopWords() {
        List<Hit> hits = retriever.retrieve("what is the", 5);
        assertTrue(hits.size() <= 5);
    }
}
