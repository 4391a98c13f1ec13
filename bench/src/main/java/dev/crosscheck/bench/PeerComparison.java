package dev.crosscheck.bench;

import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.index.Embedder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Asks every contender the same questions over the same corpus and judges the replies with {@link QaJudge}. Each
 * contender is built, measured and closed before the next, so its heap is measured alone: used heap after full
 * collections, before and after building it. Each question is asked once to warm up, then in timed rounds; the
 * first round's replies are judged (every contender answers the same question the same way each time).
 */
public final class PeerComparison {
    private static final int REPLY_CHARS = 240;

    private final PrintWriter log;
    private final int rounds;

    public PeerComparison(PrintWriter log) {
        this(log, 1);
    }

    /** Latencies are taken over {@code rounds} timed passes over the questions. */
    public PeerComparison(PrintWriter log, int rounds) {
        this.log = log;
        this.rounds = Math.max(1, rounds);
    }

    /**
     * The three contenders of the comparison: Crosscheck's composer (its index kept under {@code data}, one folder
     * per corpus, so a second run reuses it), plain Lucene BM25 and langchain4j's naive RAG with the same model.
     */
    public static List<Function<Corpus, Contender>> standard(Embedder embedder, Path data) {
        return List.of(
                corpus -> ComposerContender.openUnder(corpus, data, embedder),
                Bm25Contender::of,
                corpus -> NaiveRagContender.of(corpus, embedder.model()));
    }

    public List<SetResult> run(List<QuestionSet> sets, List<Function<Corpus, Contender>> contenders) {
        List<SetResult> out = new ArrayList<>();
        for (QuestionSet set : sets) {
            out.add(run(set, contenders));
        }
        return out;
    }

    public SetResult run(QuestionSet set, List<Function<Corpus, Contender>> contenders) {
        List<Score> scores = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (Function<Corpus, Contender> build : contenders) {
            long before = ProcessMemory.heapAfterGc();
            long start = System.nanoTime();
            try (Contender contender = build.apply(set.corpus())) {
                double buildMs = Benchmark.ms(start);
                long heap = Math.max(0, ProcessMemory.heapAfterGc() - before);
                log.printf(Locale.ROOT, "%s on %s: built in %.1f s, asking %d questions…%n", contender.name(),
                        set.name(), buildMs / 1000, set.items().size());
                log.flush();
                for (QaItem item : set.items()) {
                    contender.ask(item.question());
                }
                List<Double> latencies = new ArrayList<>();
                int correct = 0;
                for (QaItem item : set.items()) {
                    long s = System.nanoTime();
                    Reply reply = contender.ask(item.question());
                    latencies.add(Benchmark.ms(s));
                    Verdict v = QaJudge.judge(item, reply);
                    correct += v.correct() ? 1 : 0;
                    outcomes.add(new Outcome(set.name(), contender.name(), item.id(), item.question(), v.correct(),
                            v.why(), shorten(reply)));
                }
                for (int r = 1; r < rounds; r++) {
                    for (QaItem item : set.items()) {
                        long s = System.nanoTime();
                        contender.ask(item.question());
                        latencies.add(Benchmark.ms(s));
                    }
                }
                scores.add(new Score(contender.name(), set.name(), correct, set.items().size(), Stats.of(latencies),
                        heap, contender.diskBytes(), buildMs));
            }
        }
        return new SetResult(set.name(), set.items().size(), scores, outcomes);
    }

    private static String shorten(Reply reply) {
        String text = reply.found() ? reply.text().replaceAll("\\s+", " ").trim() : "(nothing found)";
        return text.length() <= REPLY_CHARS ? text : text.substring(0, REPLY_CHARS - 1) + "…";
    }
}
