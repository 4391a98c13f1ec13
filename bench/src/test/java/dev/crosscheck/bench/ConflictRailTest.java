package dev.crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.index.Embedder;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The rail development corpus (a copy of ../shared/eval/conflicts-rail): the targets, scored as the bench does. */
class ConflictRailTest {
    private static ConflictScore score() throws IOException, URISyntaxException {
        Path folder = Path.of(ConflictRailTest.class.getResource("/eval/conflicts-rail/gold.json").toURI()).getParent();
        return ConflictBench.score(ConflictGold.rail(folder), ConflictBench.shipped(Embedder.bundled()));
    }

    @Test
    void findsAtLeastEightOfTheNinePlantedDisagreementsWithTheirKinds() throws Exception {
        ConflictScore score = score();
        assertTrue(score.foundWithKind(null) >= 8, score.markdown());
    }

    @Test
    void reportsNoAgreementAsADisagreement() throws Exception {
        ConflictScore score = score();
        assertEquals(java.util.List.of(), score.falseAlarmsOnValues(), score.markdown());
        assertEquals(score.reported().size(), score.matchedReports(), "every report is a planted disagreement: "
                + score.markdown());
    }
}
