package dev.crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class WordChanceFitTest {
    private static final List<String> QUESTIONS = List.of("How many people were killed in Kyiv?",
            "Who is the mayor of the city?", "Where did the missiles hit?");

    /** Each new word its own axis: no two words alike. */
    private static Function<String, float[]> apart() {
        Map<String, Integer> axes = new HashMap<>();
        return w -> {
            float[] v = new float[16];
            v[axes.computeIfAbsent(w, k -> axes.size())] = 1;
            return v;
        };
    }

    @Test
    void wordsThatShareNothingComeNoNearerThanZero() {
        WordChanceFit.Result r = WordChanceFit.fit(QUESTIONS, apart(), 7);
        assertEquals(0.0, r.chance(), 1e-9);
        assertEquals(WordChanceFit.PAIRS, r.pairs());
    }

    @Test
    void onlyLowercaseContentWordsAreDrawn() {
        // people, killed, mayor, city, missiles, hit: no stop word, question word or name.
        assertEquals(6, WordChanceFit.fit(QUESTIONS, apart(), 7).words());
    }

    @Test
    void wordsAllAlikeComeAsNearAsCanBe() {
        float[] same = {0.6f, 0.8f};
        assertEquals(1.0, WordChanceFit.fit(QUESTIONS, w -> same, 7).chance(), 1e-6);
    }

    @Test
    void oneWordIsTooFewToFitOn() {
        assertThrows(IllegalArgumentException.class, () -> WordChanceFit.fit(List.of("Why killed?"), apart(), 7));
    }
}
