package dev.crosscheck.bench;

import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.index.Embedder;
import dev.crosscheck.index.EmbeddingModels;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The development sets in the benchmark: Crosscheck with each embedding model and the two peers on every set, tune
 * and check halves side by side, and the answer-quality targets checked on the check halves.
 */
final class DevBench {
    /** The targets of the answer-quality issue, on check halves. */
    static final double BBC_ANSWERED = 80;
    static final double BBC_NOT_FOUND = 80;
    static final double SQUAD_ANSWERED = 88;
    static final double FOREIGN_NOT_FOUND = 90;
    static final int QA_DEV_MIN = 23;

    /** The results and their rendering. */
    record Result(List<DevResult> results, String markdown, String targets) {
    }

    private DevBench() {
    }

    /**
     * Every set of {@code names} (see {@link DevSuite#load}), asked of Crosscheck with each model (indexes under
     * {@code indexes/<model>}) and of the peers with the default model's embeddings.
     */
    static Result run(List<DevSet> sets, Map<EmbeddingModels, Embedder> embedders, Path indexes, PrintWriter log) {
        List<Function<Corpus, Contender>> contenders = new ArrayList<>();
        embedders.forEach((model, embedder) -> contenders.add(corpus -> ComposerContender.openUnder(corpus,
                indexes.resolve(model.id()), embedder)));
        contenders.add(Bm25Contender::of);
        Embedder peerModel = embedders.getOrDefault(Embedder.DEFAULT_MODEL, embedders.values().iterator().next());
        contenders.add(corpus -> NaiveRagContender.of(corpus, peerModel.model()));
        List<DevResult> results = DevSuite.run(sets, contenders, log);
        return new Result(results, DevTable.markdown(results) + NOTE, targets(results));
    }

    private static final String NOTE = """

            A reply counts when it is found, at most 600 characters long, contains a gold answer and cites an expected \
            source; an unanswerable question counts when nothing is found. The naive-RAG peer replies with 300-token \
            segments (about 1,200 characters) and is judged on their content, without the length cap; neither peer \
            ever says "not found". Sets are split by article (CRC-32 parity of its id); the scorer is fitted on the \
            tune halves only (`crosscheck bench train`). "Gap" is check minus tune, answered.
            """;

    /** One line per target: what was measured on the check half and whether it meets the target. */
    static String targets(List<DevResult> results) {
        StringBuilder sb = new StringBuilder();
        for (DevResult r : results) {
            if (!r.contender().startsWith("Crosscheck")) {
                continue;
            }
            DevTally check = r.tally(Part.CHECK);
            DevTally all = r.tally(Part.TUNE).plus(check);
            String who = r.contender();
            if (r.set().equals(DevSets.BBC)) {
                sb.append(line(who, "bbc-natural check, answered", check.answeredPct(), BBC_ANSWERED));
                sb.append(line(who, "bbc-natural check, unanswerable not found", check.abstainedPct(), BBC_NOT_FOUND));
            } else if (r.set().equals(DevSets.SQUAD)) {
                sb.append(line(who, "SQuAD check, answered", check.answeredPct(), SQUAD_ANSWERED));
            } else if (r.set().contains("→")) {
                sb.append(line(who, r.set() + ", check, not found", check.abstainedPct(), FOREIGN_NOT_FOUND));
            } else if (r.set().equals(DevSets.QA_DEV)) {
                int right = all.answered() + all.abstained();
                int total = all.answerable() + all.unanswerable();
                sb.append(String.format(Locale.ROOT, "- %s: qa-dev %d/%d (target ≥ %d): %s%n", who, right, total,
                        QA_DEV_MIN, right >= QA_DEV_MIN ? "**pass**" : "**FAIL**"));
            }
        }
        return sb.toString();
    }

    private static String line(String who, String what, double pct, double target) {
        return String.format(Locale.ROOT, "- %s: %s %.1f %% (target ≥ %.0f %%): %s%n", who, what, pct, target,
                pct >= target ? "**pass**" : "**FAIL**");
    }
}
