package dev.crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The probe corpora of {@code bench/probes}, written by helpers who saw nothing of the project: the detector reports
 * nothing that is not there, and finds at least what it found when they were added (a floor, not a target).
 */
class ConflictProbesTest {
    /** Surefire runs in the module's folder, where the probes are {@code probes/}. */
    private static final Path PROBES = Path.of("probes");
    private static final Map<String, Integer> FOUND_WHEN_ADDED = Map.of("conflicts-ferry", 4, "conflicts-wildfire", 2,
            "conflicts-dam", 2, "conflicts-mine", 0);

    @Test
    void everyReportIsAPlantedDisagreementAndNoneIsLost() throws Exception {
        List<ConflictGold> sets = ConflictBench.probes(PROBES);
        assertEquals(FOUND_WHEN_ADDED.keySet(), sets.stream().map(ConflictGold::name).collect(
                java.util.stream.Collectors.toSet()));
        for (ConflictGold set : sets) {
            ConflictScore score = ConflictBench.score(set);
            assertEquals(List.of(), score.falseAlarmsOnValues(), score.markdown());
            assertEquals(score.reported().size(), score.matchedReports(), score.markdown());
            assertTrue(score.foundWithKind(null) >= FOUND_WHEN_ADDED.get(set.name()), score.markdown());
        }
    }
}
