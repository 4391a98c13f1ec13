package dev.crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.crosscheck.conversation.FollowUpIntents.Example;
import dev.crosscheck.conversation.FollowUpIntents.Intent;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntentFitTest {
    @Test
    void theSettingReadingMostAsWrittenWinsAmongThoseThatMisreadFewOthers() {
        List<IntentFit.Result> grid = List.of(new IntentFit.Result(3, 0.5, 90, 120, 5, 40),
                new IntentFit.Result(3, 0.6, 60, 120, 1, 40), new IntentFit.Result(1, 0.6, 60, 120, 0, 40),
                new IntentFit.Result(5, 0.7, 40, 120, 0, 40));
        assertEquals(new IntentFit.Result(1, 0.6, 60, 120, 0, 40), IntentFit.best(grid),
                "5 of 40 others misread is too many; of the two reading 60, the smaller k");
        assertThrows(IllegalStateException.class, () -> IntentFit.best(List.of(grid.get(0))));
    }

    @Test
    void theRuleTheProvenanceStatesIsTheGridTheFitSearched() throws Exception {
        try (var in = IntentFitTest.class.getResourceAsStream(
                "/dev/crosscheck/conversation/follow-up-intents-all-minilm-l6-v2-q.json")) {
            String shipped = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).path("provenance")
                    .path("rule").asText();
            assertEquals(shipped, IntentFit.rule());
        }
    }

    @Test
    void eachExampleIsReadWithoutItself() {
        List<Example> examples = List.of(new Example("a", Intent.SOURCE), new Example("b", Intent.SOURCE),
                new Example("c", Intent.OTHER), new Example("d", Intent.OTHER));
        List<float[]> vectors = List.of(new float[] {1, 0}, new float[] {0.9f, 0.436f}, new float[] {0, 1},
                new float[] {0.1f, 0.995f});
        IntentFit.Result k1 = IntentFit.grid(examples, vectors).stream()
                .filter(r -> r.k() == 1 && r.threshold() == 0.5).findFirst().orElseThrow();
        assertEquals(new IntentFit.Result(1, 0.5, 2, 2, 0, 2), k1);
    }
}
