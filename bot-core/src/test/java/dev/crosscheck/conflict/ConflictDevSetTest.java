package dev.crosscheck.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.TestCores;
import dev.crosscheck.corpus.CorpusReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The development conflict set over the seeds: both example conflicts found with their kind, no agreement flagged. */
class ConflictDevSetTest {
    private final List<Conflict> found = ConflictDetector.of(CorpusReader.read(TestCores.seedsFolder())).conflicts();

    private static JsonNode dev() throws IOException {
        try (InputStream in = ConflictDevSetTest.class.getResourceAsStream("/eval/conflicts-dev.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static boolean sideMatches(JsonNode side, Conflict c) {
        Pattern quote = Pattern.compile(side.get("quote_regex").asText());
        List<String> sources = new ArrayList<>();
        side.get("sources").forEach(s -> sources.add(s.asText()));
        return c.statements().stream().anyMatch(s -> sources.contains(s.source()) && quote.matcher(s.quote()).find());
    }

    @Test
    void findsEveryDevConflictWithItsKind() throws IOException {
        for (JsonNode expected : dev().get("conflicts")) {
            String kind = expected.get("kind").asText();
            boolean matched = found.stream().anyMatch(c -> {
                int sides = 0;
                for (JsonNode side : expected.get("sides")) {
                    sides += sideMatches(side, c) ? 1 : 0;
                }
                return sides >= 2 && c.kind().label().equals(kind.toLowerCase(Locale.ROOT));
            });
            assertTrue(matched, "missed: " + expected.get("topic").asText() + " in " + found);
        }
    }

    @Test
    void flagsNoDevAgreement() throws IOException {
        for (JsonNode agreement : dev().get("agreements")) {
            for (Conflict c : found) {
                int hits = 0;
                for (JsonNode q : agreement.get("quotes")) {
                    String source = q.get(0).asText();
                    String text = q.get(1).asText();
                    hits += c.statements().stream()
                            .anyMatch(s -> s.source().equals(source) && s.quote().contains(text)) ? 1 : 0;
                }
                assertTrue(hits < 2, "agreement reported as a conflict: " + c);
            }
        }
    }

    @Test
    void idsAreStableAcrossRuns() {
        List<Conflict> again = ConflictDetector.of(CorpusReader.read(TestCores.seedsFolder())).conflicts();
        assertEquals(found.stream().map(Conflict::id).toList(), again.stream().map(Conflict::id).toList());
    }
}
