package dev.crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryFitTest {
    @Test
    void theFittedShareHasTheLeastBalancedErrorAndOfEqualOnesTheLowest() {
        List<Double> same = List.of(0.3, 0.4, 0.5);
        List<Double> apart = List.of(0.1, 0.2, 0.35);
        StoryFit.Result r = StoryFit.fit(same, apart);
        // From 0.21 to 0.30 every one-story pair is kept and one unrelated pair joined; above, a story is split.
        assertEquals(0.21, r.best().share(), 1e-9);
        assertEquals(0, r.best().split());
        assertEquals(1, r.best().joined());
        StoryFit.Point high = StoryFit.point(0.45, same, apart);
        assertEquals(2, high.split());
        assertEquals(0, high.joined());
        assertTrue(high.balancedError() > r.best().balancedError());
    }

    @Test
    void withoutPairsOfBothKindsThereIsNothingToFit() {
        assertThrows(IllegalArgumentException.class, () -> StoryFit.fit(List.of(0.3), List.of()));
    }

    @Test
    void onlyArticlesOfDifferentFoldersSharingEnoughNamesArePairsOfDifferentStories(@TempDir Path dir)
            throws Exception {
        String names = "Officials in Kyiv, Lviv, Odesa and Dnipro said so.";
        Files.createDirectories(dir.resolve("world"));
        Files.createDirectories(dir.resolve("sport"));
        Files.writeString(dir.resolve("world").resolve("a.txt"), "One\n\n" + names + " Kyiv again.\n");
        Files.writeString(dir.resolve("world").resolve("b.txt"), "Two\n\n" + names + "\n");
        Files.writeString(dir.resolve("sport").resolve("c.txt"), "Three\n\n" + names + " Then Chelsea won.\n");
        Files.writeString(dir.resolve("sport").resolve("d.txt"), "Four\n\nChelsea beat Arsenal at Wembley.\n");
        // a–c and b–c share four names across folders; a–b is one folder; d shares none.
        assertEquals(2, StoryFit.apartShares(dir).size());
        assertEquals(3, StoryFit.storyShares(List.of(dir)).size(), "every pair sharing enough names, in one story");
    }
}
