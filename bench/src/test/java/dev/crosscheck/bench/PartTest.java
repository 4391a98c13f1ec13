package dev.crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartTest {
    @Test
    void anArticlesHalfDependsOnItsIdAlone() {
        assertEquals(Part.of("business/020.txt"), Part.of("business/020.txt"));
        assertEquals(Part.TUNE, Part.of("Southern_California.txt"), "fixed: the SQuAD tune article");
        assertEquals(Part.CHECK, Part.of("Victoria_(Australia).txt"));
    }

    @Test
    void bothHalvesAreOfSimilarSize() {
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            parts.add(Part.of("folder/" + i + ".txt"));
        }
        long tune = parts.stream().filter(p -> p == Part.TUNE).count();
        assertTrue(tune > 400 && tune < 600, "tune half: " + tune);
    }
}
