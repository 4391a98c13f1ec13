package dev.crosscheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.command.Commands;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the command layer reads follow-ups that ask where an answer comes from, whether it holds, or for the short of
 * it, against follow-ups that ask something else: each message sent right after one question, in a conversation of
 * its own, and its reply's kind tallied by the intent the message was written with.
 */
final class IntentBench {
    /** The intents a probe line names, and what a reply was read as when it was none of the first three. */
    static final List<String> INTENTS = List.of("source", "verify", "summarise", "other");

    private IntentBench() {
    }

    /** One written follow-up and the intent its writer gave it. */
    record Probe(String message, String intent) {
    }

    /** The probe lines of a JSON Lines file: {@code {"message": …, "intent": …}}. */
    static List<Probe> read(Path file) {
        ObjectMapper json = new ObjectMapper();
        List<Probe> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                String intent = node.path("intent").asText("");
                if (!INTENTS.contains(intent) || !node.path("message").isTextual()) {
                    throw new IllegalArgumentException("not a probe line (message, intent one of " + INTENTS
                            + "): " + line);
                }
                out.add(new Probe(node.get("message").asText(), intent));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }

    /** What the reply to a follow-up was read as. */
    static String readAs(Commands.Asked asked) {
        return switch (asked.kind()) {
            case SOURCE -> "source";
            case SUMMARY -> "summarise";
            case MORE -> asked.readAs() != null && asked.readAs().startsWith(Commands.OTHER_SOURCES) ? "verify"
                    : "other";
            case QUESTION -> "other";
        };
    }

    /** Intent written → read as → count, each probe asked after {@code opening} in a conversation of its own. */
    static Map<String, Map<String, Integer>> tally(Commands commands, List<Probe> probes, String opening) {
        Map<String, Map<String, Integer>> out = new TreeMap<>();
        int n = 0;
        for (Probe p : probes) {
            String conversation = "intent-probe-" + n++;
            commands.ask(opening, conversation);
            out.computeIfAbsent(p.intent(), k -> new TreeMap<>()).merge(readAs(commands.ask(p.message(),
                    conversation)), 1, Integer::sum);
        }
        return out;
    }

    static String markdown(Map<String, Map<String, Integer>> tally) {
        StringBuilder sb = new StringBuilder("| written as | messages | read as source | as verify | as summarise "
                + "| as other | read as written |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (String intent : INTENTS) {
            Map<String, Integer> row = tally.getOrDefault(intent, Map.of());
            int total = row.values().stream().mapToInt(Integer::intValue).sum();
            if (total == 0) {
                continue;
            }
            int right = row.getOrDefault(intent, 0);
            sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d (%.0f %%) |%n", intent, total,
                    row.getOrDefault("source", 0), row.getOrDefault("verify", 0), row.getOrDefault("summarise", 0),
                    row.getOrDefault("other", 0), right, 100.0 * right / total));
        }
        return sb.toString();
    }
}
