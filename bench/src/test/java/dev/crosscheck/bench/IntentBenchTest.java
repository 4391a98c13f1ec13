package dev.crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.TestCores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntentBenchTest {
    @Test
    void eachFollowUpIsTalliedByHowItsReplyWasRead() {
        List<IntentBench.Probe> probes = List.of(new IntentBench.Probe("Who said that?", "source"),
                new IntentBench.Probe("Are you sure?", "verify"), new IntentBench.Probe("tl;dr", "summarise"),
                new IntentBench.Probe("How many were injured?", "other"),
                new IntentBench.Probe("Who said the plant was safe?", "other"));
        Map<String, Map<String, Integer>> tally = IntentBench.tally(TestCores.seeds().commands(), probes,
                "How many people were killed in the Lviv region?");
        assertEquals(Map.of("source", Map.of("source", 1), "verify", Map.of("verify", 1), "summarise",
                Map.of("summarise", 1), "other", Map.of("other", 2)), tally);
        assertTrue(IntentBench.markdown(tally).contains("| other | 2 | 0 | 0 | 0 | 2 | 2 (100 %) |"),
                IntentBench.markdown(tally));
    }

    @Test
    void aLineThatIsNoProbeIsRefusedWithWhatIsWrong(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("p.jsonl");
        Files.writeString(file, "{\"message\": \"Who said that?\", \"intent\": \"source\"}\n\n"
                + "{\"message\": \"Why?\", \"intent\": \"reason\"}\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IntentBench.read(file));
        assertTrue(e.getMessage().contains("reason"), e.getMessage());
    }

    @Test
    void theCommittedProbeHasThirtyMessagesOfEachIntent() {
        Map<String, Long> counts = IntentBench.read(Path.of("probes", "followup-intents.jsonl")).stream()
                .collect(java.util.stream.Collectors.groupingBy(IntentBench.Probe::intent,
                        java.util.stream.Collectors.counting()));
        assertEquals(Map.of("source", 30L, "verify", 30L, "summarise", 30L, "other", 30L), counts);
    }
}
