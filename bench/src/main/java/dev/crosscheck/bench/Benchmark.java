package dev.crosscheck.bench;

import dev.crosscheck.config.Settings;
import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.CorpusReader;
import dev.crosscheck.index.Embedder;
import dev.crosscheck.index.EmbeddingModels;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The whole-run benchmark behind {@code crosscheck bench}: Crosscheck against plain BM25 and naive RAG on the same
 * questions, its answer time against the floor of one embedding plus one search, how its costs grow from 5 to ~9,000
 * articles, and the timings of its other features. Times drift on a shared machine, so it reports medians and ratios
 * measured side by side.
 */
public final class Benchmark {
    /** Chart of the scale part, next to the report. */
    public static final String CHART = "scale.svg";
    static final String BBC_QUESTIONS = "bbc-questions.jsonl";
    private static final int MISSES_LISTED = 8;

    /**
     * What to run: the seeds, the QA dev set over them (may be null), the BBC folder (null skips every large-corpus
     * part), a work folder kept between runs (built corpora and indexes are reused), and how many timed rounds.
     * A quick run is the smoke test: seeds only, one round, small samples.
     */
    public record Options(Path seeds, Path qaDev, Path bbc, Path work, boolean quick, int rounds, Path eval) {
        public Options(Path seeds, Path qaDev, Path bbc, Path work, boolean quick, int rounds) {
            this(seeds, qaDev, bbc, work, quick, rounds, null);
        }
    }

    /** The report's parts, in the order they are written. */
    public record Report(String machine, String headline, String peers, String misses, String floor, String scale,
                         String features, String chartSvg, List<QaItem> bbcQuestions, String devSets,
                         String conflicts) {
        public String markdown() {
            return "# Crosscheck benchmark\n\nMachine: " + machine + "\n\n" + "## Headline\n\n" + headline
                    + (devSets.isEmpty() ? "" : "\n## Answer quality on the development sets\n\n" + devSets)
                    + "\n## Accuracy against plain alternatives\n\n" + peers
                    + "\n## Answer time against the floor\n\n" + floor
                    + "\n## How costs grow with the corpus\n\n" + scale
                    + "\n![Question latency and indexing time against corpus size](" + CHART + ")\n"
                    + (conflicts.isEmpty() ? "" : "\n## Source conflicts\n\n" + conflicts)
                    + "\n## Other features\n\n" + features
                    + "\n## Wrong answers, by contender\n" + misses;
        }

        /** Writes the report, its chart and the generated questions into {@code folder}; returns the report file. */
        public Path write(Path folder, String fileName) {
            try {
                Files.createDirectories(folder);
                Files.writeString(folder.resolve(CHART), chartSvg, StandardCharsets.UTF_8);
                if (!bbcQuestions.isEmpty()) {
                    QaFile.write(folder.resolve(BBC_QUESTIONS), bbcQuestions);
                }
                Path file = folder.resolve(fileName);
                Files.writeString(file, markdown(), StandardCharsets.UTF_8);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the benchmark report to " + folder, e);
            }
        }
    }

    private final Embedder embedder;
    private final PrintWriter log;

    public Benchmark(Embedder embedder, PrintWriter log) {
        this.embedder = embedder;
        this.log = log;
    }

    /** Runs every part; {@code seedQuestions} time the seeds when there is no QA dev set. */
    public Report run(Options o, List<String> seedQuestions, String machine) {
        int rounds = o.quick() ? 1 : o.rounds();
        // One folder of indexes per model, one index per corpus in it, shared by every part of the run.
        Path indexRoot = o.work().resolve("indexes");
        Path indexes = indexRoot.resolve(embedder.modelId());
        Corpus seeds = CorpusReader.read(o.seeds());
        Corpus bbc = o.bbc() == null || o.quick() ? null : CorpusReader.read(o.bbc());

        List<QuestionSet> sets = new ArrayList<>();
        if (o.qaDev() != null) {
            sets.add(new QuestionSet("qa-dev", seeds, QaFile.read(o.qaDev())));
        }
        List<QaItem> bbcQuestions = new ArrayList<>();
        if (bbc != null) {
            List<QaItem> sentence = FigureQuestions.generate(bbc, FigureQuestions.Wording.SENTENCE);
            List<QaItem> headline = FigureQuestions.generate(bbc, FigureQuestions.Wording.HEADLINE);
            sets.add(new QuestionSet("BBC, sentence wording", bbc, sentence));
            sets.add(new QuestionSet("BBC, headline wording", bbc, headline));
            bbcQuestions.addAll(sentence);
            bbcQuestions.addAll(headline);
        }
        say("peers: %d question sets", sets.size());
        List<SetResult> results = new PeerComparison(log, rounds).run(sets, PeerComparison.standard(embedder, indexes));

        Map<EmbeddingModels, Embedder> models = new EnumMap<>(EmbeddingModels.class);
        for (EmbeddingModels m : EmbeddingModels.values()) {
            models.put(m, m.id().equals(embedder.modelId()) ? embedder : Embedder.bundled(m));
        }
        DevBench.Result dev = null;
        if (o.eval() != null) {
            say("development sets: %s", o.quick() ? "qa-dev" : "all");
            List<DevSet> devSets = DevSuite.load(o.eval(), o.seeds(), o.bbc() == null ? o.work() : o.bbc(),
                    o.work(), DevSets.STORIES_FOLDER, o.quick() ? List.of(DevSets.QA_DEV) : DevSuite.ALL);
            dev = DevBench.run(devSets, models, indexRoot, log);
        }

        List<String> seedAsked = o.qaDev() == null ? seedQuestions
                : sets.get(0).items().stream().map(QaItem::question).toList();
        FeatureTimings features = new FeatureTimings(embedder);
        List<Floor> floors = new ArrayList<>();
        say("floor and features: seeds");
        Settings seedSettings = new Settings(o.seeds(), indexes.resolve(o.seeds().getFileName().toString()));
        try (ComposerContender crosscheck = ComposerContender.openUnder(seeds, indexes, embedder);
             Bm25Contender bm25 = Bm25Contender.of(seeds)) {
            floors.add(Floor.measure("seeds", crosscheck.core(), bm25, embedder, seedAsked, Math.max(rounds, 3)));
            features.seeds(crosscheck.core(), seedSettings, seedAsked, o.work(), rounds);
        }
        features.startUp(seedSettings, seedAsked.get(0));
        if (bbc != null) {
            say("floor and features: BBC");
            try (ComposerContender crosscheck = ComposerContender.openUnder(bbc, indexes, embedder);
                 Bm25Contender bm25 = Bm25Contender.of(bbc)) {
                List<String> asked = bbcQuestions.stream().map(QaItem::question).toList();
                floors.add(Floor.measure("bbc", crosscheck.core(), bm25, embedder, asked, rounds));
                features.large("bbc", crosscheck.core());
                for (Map.Entry<EmbeddingModels, Embedder> m : models.entrySet()) {
                    if (m.getValue() == embedder) {
                        continue;
                    }
                    say("floor: BBC with %s", m.getKey().id());
                    try (ComposerContender other = ComposerContender.openUnder(bbc,
                            indexRoot.resolve(m.getKey().id()), m.getValue())) {
                        floors.add(Floor.measure("bbc, " + m.getKey().id(), other.core(), bm25, m.getValue(), asked,
                                rounds));
                    }
                }
            }
        }

        Set<ScaleSuite.Size> sizes = bbc == null ? EnumSet.of(ScaleSuite.Size.SEEDS)
                : EnumSet.allOf(ScaleSuite.Size.class);
        ScaleBench.Plan plan = o.quick()
                ? new ScaleBench.Plan(1, 1, 1, 1_000, 200, Duration.ofMinutes(10))
                : ScaleBench.Plan.DEFAULT;
        List<ScalePoint> points = ScaleSuite.run(o.seeds(), bbc == null ? null : o.bbc(), o.work().resolve("scale"),
                seedAsked, sizes, plan, log);

        String conflicts = "";
        String conflictTargets = "";
        if (o.eval() != null && !o.quick()) {
            say("conflicts: the conflict sets%s", bbc == null ? "" : " and every report over BBC");
            try {
                var detect = ConflictBench.shipped(Embedder.bundled());
                conflicts = ConflictBench.report(o.eval(), o.seeds(), o.bbc(), detect);
                conflictTargets = ConflictBench.targets(o.eval(), o.seeds(), detect);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the conflict sets in " + o.eval(), e);
            }
        }
        String headline = (dev == null ? "" : dev.targets()) + conflictTargets + headline(results, floors, points);
        return new Report(machine, headline, PeerTable.markdown(results) + method(bbc != null), PeerTable.misses(
                results, MISSES_LISTED), Floor.markdown(floors) + FLOOR_NOTE, ScaleTable.markdown(points),
                features.table().markdown(), ScaleChart.svg(points), bbcQuestions, dev == null ? "" : dev.markdown(),
                conflicts);
    }

    private static final String FLOOR_NOTE = """

            The floor is what the cheapest possible answer costs: one embedding of the question with the same model
            plus one plain BM25 search over the sentences (the peer above). The three are timed question by question,
            interleaved, so load on the machine falls on them alike.
            """;

    private static String method(boolean bbc) {
        String s = """

                Every contender gets the same questions over the same articles. A reply counts when it contains the \
                expected answer (a pattern from the question set) and comes from one of the expected articles; \
                an unanswerable question counts only when the reply says it is not answered. The peers return \
                their top sentence (BM25) or top segment (naive RAG: 300-token segments, 30 overlapping, \
                `EmbeddingStoreContentRetriever` over an `InMemoryEmbeddingStore`, the same all-MiniLM-L6-v2 \
                model). Memory is the heap a contender's structures retain once built, plus its memory-mapped index.
                """;
        return bbc ? s + """

                The BBC questions are generated from the corpus text alone (never through Crosscheck), see \
                [`bbc-questions.jsonl`](bbc-questions.jsonl) and the README for the method.
                """ : s;
    }

    private static String headline(List<SetResult> results, List<Floor> floors, List<ScalePoint> points) {
        StringBuilder sb = new StringBuilder();
        for (SetResult r : results) {
            sb.append("- accuracy on ").append(r.set()).append(" (").append(r.questions()).append(" questions): ");
            List<String> parts = new ArrayList<>();
            for (Score s : r.scores()) {
                parts.add(String.format(Locale.ROOT, "%s %.0f %%", s.contender(), s.accuracy()));
            }
            sb.append(String.join(", ", parts)).append('\n');
        }
        for (Floor f : floors) {
            sb.append(String.format(Locale.ROOT, "- answer time over %s: median %.2f ms, %.2f× the floor of one "
                            + "embedding plus one BM25 search (%.2f ms; target ≤ %.0f×): %s%n", f.corpus(),
                    f.answer().median(), f.ratio(), f.floorMs(), Floor.TARGET,
                    f.ratio() <= Floor.TARGET ? "**pass**" : "**FAIL**"));
        }
        if (!points.isEmpty()) {
            sb.append(ScaleTable.targets(points.stream()
                    .sorted(Comparator.comparingInt(ScalePoint::articles)).toList()));
        }
        return sb.toString();
    }

    private void say(String format, Object... args) {
        log.println("bench: " + String.format(Locale.ROOT, format, args));
        log.flush();
    }

    static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
