package dev.crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DevResultTest {
    @Test
    void resultsOfOneSetOverManyCorporaAreAddedUpIntoOneRow() {
        DevResult a = new DevResult("stories", "Crosscheck", Map.of(Part.TUNE, new DevTally(3, 4, 1, 1, 0)),
                List.of(new DevResult.Miss("a-q1", Part.TUNE, "Q?", "not found", "")), 2.0);
        DevResult b = new DevResult("stories", "Crosscheck", Map.of(Part.CHECK, new DevTally(5, 6, 0, 2, 1)),
                List.of(new DevResult.Miss("b-q1", Part.CHECK, "Q?", "not found", "")), 4.0);
        DevResult c = new DevResult("stories", "BM25", Map.of(Part.TUNE, new DevTally(1, 4, 0, 1, 3)), List.of(),
                1.0);
        DevResult d = new DevResult("stories", "Crosscheck", Map.of(Part.TUNE, new DevTally(1, 2, 0, 0, 0)),
                List.of(), 3.0);

        List<DevResult> merged = DevResult.merged(List.of(a, b, c, d));

        assertEquals(2, merged.size(), "one row per set and contender");
        DevResult crosscheck = merged.get(0);
        assertEquals(new DevTally(4, 6, 1, 1, 0), crosscheck.tally(Part.TUNE));
        assertEquals(new DevTally(5, 6, 0, 2, 1), crosscheck.tally(Part.CHECK));
        assertEquals(2, crosscheck.misses().size());
        assertEquals(3.0, crosscheck.medianMs(), "the median of the parts' medians");
        assertEquals(c, merged.get(1), "a row of one part is kept as it is");
    }
}
