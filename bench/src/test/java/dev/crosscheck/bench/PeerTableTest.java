package dev.crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PeerTableTest {
    private static Score score(String contender, String set, int correct, long disk) {
        return new Score(contender, set, correct, 4, Stats.of(List.of(1.0, 2.0, 3.0, 40.0)), 12_300_000, disk, 5);
    }

    private final SetResult dev = new SetResult("dev", 4, List.of(score("A", "dev", 4, 75_900_000),
            score("B", "dev", 1, 0)), List.of(
            new Outcome("dev", "B", "d1", "Who | what?", false, "not found", "(nothing found)"),
            new Outcome("dev", "B", "d2", "How many?", false, "missing \\b6\\b", "five"),
            new Outcome("dev", "B", "d3", "When?", false, "not found", "(nothing found)"),
            new Outcome("dev", "A", "d1", "Who | what?", true, "", "x")));
    private final SetResult bbc = new SetResult("bbc", 4, List.of(score("A", "bbc", 3, 0)), List.of());

    @Test
    void hasARowPerContenderAndAColumnPerSetForEachMeasure() {
        List<String> lines = PeerTable.markdown(List.of(dev, bbc)).lines().toList();
        assertEquals(4, lines.size());
        assertEquals("| contender | accuracy, dev (4 q.) | accuracy, bbc (4 q.) | latency median / p99, dev "
                + "| latency median / p99, bbc | memory, dev | memory, bbc |", lines.get(0));
        assertEquals("| A | 4/4 (100%) | 3/4 (75%) | 2.00 / 40.0 ms | 2.00 / 40.0 ms "
                + "| 12 MB heap + 76 MB mapped index | 12 MB heap |", lines.get(2));
        assertTrue(lines.get(3).startsWith("| B | 1/4 (25%) | – |"), lines.get(3));
    }

    @Test
    void listsTheMissesOfEachContenderUpToALimit() {
        String misses = PeerTable.misses(List.of(dev, bbc), 2);
        assertTrue(misses.contains("**B, dev**: 3 wrong"), misses);
        assertTrue(misses.contains("- d1 “Who \\| what?”: not found — (nothing found)"), misses);
        assertTrue(misses.contains("- … and 1 more"), misses);
        assertTrue(!misses.contains("**A"), misses);
    }
}
