package dev.crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.index.Embedder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SameFactFitTest {
    @Test
    void chosenBoundsFindMoreOfTheTuneStoriesWithoutLessPreciseReports() throws Exception {
        // Two stories of each half keep the grid quick; the command fits on all of them.
        List<ConflictGold> all = ConflictBench.userTests(Path.of("probes", "user-tests"));
        List<ConflictGold> tune = all.stream().filter(s -> Part.of(s.name()) == Part.TUNE).limit(2).toList();
        List<ConflictGold> check = all.stream().filter(s -> Part.of(s.name()) == Part.CHECK).limit(2).toList();
        List<ConflictGold> stories = new java.util.ArrayList<>(tune);
        stories.addAll(check);
        SameFactFit.Result fit = SameFactFit.fit(stories, Embedder.bundled()::embed);
        assertTrue(fit.tune().found() >= fit.tuneByWords().found(), fit.toString());
        assertTrue(fit.tune().precision() >= fit.tuneByWords().precision(), fit.toString());
        assertEquals(fit.tuneByWords().planted(), fit.tune().planted());
        assertEquals(check.stream().mapToLong(s -> s.required().size()).sum(), fit.check().planted());
        if (fit.tune().found() > fit.tuneByWords().found()) {
            assertTrue(fit.similarity() >= SameFactFit.LOWEST / 100.0 && fit.days() >= 0, fit.toString());
        } else {
            assertEquals(Double.POSITIVE_INFINITY, fit.similarity(), "no bounds when none finds more");
        }
    }
}
