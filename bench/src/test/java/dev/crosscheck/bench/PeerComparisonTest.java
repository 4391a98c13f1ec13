package dev.crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.TestCores;
import dev.crosscheck.corpus.CorpusReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeerComparisonTest {
    @TempDir
    Path data;

    @Test
    void crosscheckAnswersTheDevSetBetterThanBothPeers() throws IOException {
        List<QaItem> dev;
        try (var in = PeerComparisonTest.class.getResourceAsStream("/eval/qa-dev.jsonl")) {
            dev = QaFile.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        QuestionSet set = new QuestionSet("qa-dev", CorpusReader.read(TestCores.seedsFolder()), dev);
        StringWriter log = new StringWriter();
        SetResult result = new PeerComparison(new PrintWriter(log))
                .run(set, PeerComparison.standard(TestCores.embedder(), data));

        String table = PeerTable.markdown(List.of(result));
        System.out.println(table + PeerTable.misses(List.of(result), 30));
        List<Score> scores = result.scores();
        assertEquals(3, scores.size());
        Score crosscheck = scores.get(0);
        assertEquals("Crosscheck composer", crosscheck.contender());
        for (Score peer : scores.subList(1, 3)) {
            assertTrue(crosscheck.accuracy() > peer.accuracy(), table);
            assertEquals(0, peer.diskBytes());
        }
        assertTrue(crosscheck.diskBytes() > 0, "its index is on disk");
        assertEquals(3 * dev.size(), result.outcomes().size());
        assertTrue(scores.stream().allMatch(s -> s.latency().count() == dev.size()));
        assertEquals(2 + 3, table.lines().count(), table);
    }
}
