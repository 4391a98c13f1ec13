package dev.crosscheck.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.conversation.FollowUpIntents;
import dev.crosscheck.conversation.FollowUpIntents.Example;
import dev.crosscheck.conversation.FollowUpIntents.Intent;
import dev.crosscheck.index.Embedder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fits how many nearest examples vote and how close a vote must be for {@link FollowUpIntents}, on the examples
 * themselves, each read without itself: the most of the three intents read as written, with at most one in 40 of
 * the other follow-ups misread (a question answered as a source or summary is a wrong reply).
 */
final class IntentFit {
    static final int[] KS = {1, 3, 5};
    static final double[] THRESHOLDS = {0.50, 0.55, 0.60, 0.65, 0.70, 0.75, 0.80};
    /** Of the other follow-ups, at most this share may be misread. */
    static final double OTHERS_MISREAD = 1.0 / 40;

    private IntentFit() {
    }

    /** One setting and how it read the examples, each without itself. */
    record Result(int k, double threshold, int readAsWritten, int intents, int othersMisread, int others) {
        boolean allowed() {
            return othersMisread <= OTHERS_MISREAD * others;
        }
    }

    static List<Result> grid(List<Example> examples, List<float[]> vectors) {
        List<Result> out = new ArrayList<>();
        for (int k : KS) {
            for (double t : THRESHOLDS) {
                int right = 0;
                int intents = 0;
                int misread = 0;
                int others = 0;
                for (int i = 0; i < examples.size(); i++) {
                    Intent got = FollowUpIntents.vote(vectors.get(i), vectors, examples, k, t, i);
                    Intent written = examples.get(i).intent();
                    if (written == Intent.OTHER) {
                        others++;
                        misread += got == Intent.OTHER ? 0 : 1;
                    } else {
                        intents++;
                        right += got == written ? 1 : 0;
                    }
                }
                out.add(new Result(k, t, right, intents, misread, others));
            }
        }
        return out;
    }

    /** The allowed setting reading most as written; of equals, the higher threshold, then the fewer voters. */
    static Result best(List<Result> grid) {
        Result best = null;
        for (Result r : grid) {
            if (r.allowed() && (best == null || r.readAsWritten() > best.readAsWritten()
                    || r.readAsWritten() == best.readAsWritten() && (r.threshold() > best.threshold()
                    || r.threshold() == best.threshold() && r.k() < best.k()))) {
                best = r;
            }
        }
        if (best == null) {
            throw new IllegalStateException("no setting misreads few enough of the other follow-ups");
        }
        return best;
    }

    /** The fitting rule as the provenance states it, from the grid and bound above, so the two cannot drift. */
    static String rule() {
        String ks = java.util.Arrays.stream(KS).mapToObj(String::valueOf)
                .collect(java.util.stream.Collectors.joining(", "));
        String thresholds = String.format(Locale.ROOT, "%.2f-%.2f by %.2f", THRESHOLDS[0],
                THRESHOLDS[THRESHOLDS.length - 1], THRESHOLDS[1] - THRESHOLDS[0]);
        return "k in " + ks + " and threshold " + thresholds + ", each example read without itself: the most source, "
                + "verify and summarise examples read as written with at most 1 in " + Math.round(1 / OTHERS_MISREAD)
                + " other follow-ups misread; of equals the higher threshold, then the smaller k";
    }

    /** Fits on {@code examplesFile} with the model and writes the file {@link FollowUpIntents} reads. */
    static Result fit(Path examplesFile, Embedder embedder, Path out) {
        List<Example> examples = IntentBench.read(examplesFile).stream()
                .map(p -> new Example(p.message(), FollowUpIntents.intentNamed(p.intent()))).toList();
        List<float[]> vectors = examples.stream().map(e -> embedder.embed(e.message().toLowerCase(Locale.ROOT)))
                .toList();
        List<Result> grid = grid(examples, vectors);
        Result best = best(grid);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("model", embedder.modelId());
        root.put("k", best.k());
        root.put("threshold", best.threshold());
        ObjectNode provenance = root.putObject("provenance");
        provenance.put("command", "crosscheck bench intents --fit " + examplesFile.getFileName());
        provenance.put("date", LocalDate.now().toString());
        provenance.put("data", "follow-ups written by a helper that saw nothing of the project, for tuning "
                + "(bench/probes/followup-intents.jsonl, written apart, is held out)");
        provenance.put("rule", rule());
        provenance.put("read_as_written", best.readAsWritten() + " of " + best.intents());
        provenance.put("others_misread", best.othersMisread() + " of " + best.others());
        ArrayNode list = root.putArray("examples");
        for (Example e : examples) {
            list.addObject().put("message", e.message()).put("intent", e.intent().name().toLowerCase(Locale.ROOT));
        }
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            json.writeValue(out.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
        return best;
    }
}
