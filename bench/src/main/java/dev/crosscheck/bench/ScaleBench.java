package dev.crosscheck.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The scale benchmark: for each corpus, one JVM indexes it from scratch and then fresh JVMs restart over the
 * persisted index and answer the same questions, as {@link ScaleRun} measures them. Indexing runs once per corpus
 * (the ~9,000-article corpus takes minutes, and its throughput is already a ratio to the raw throughput measured in
 * the same JVM); restarts are repeated on small corpora, where one run's noise would dominate, and medians kept.
 */
public final class ScaleBench {
    /** A corpus to measure and the name its results go under. */
    public record Target(String label, Path folder) {
    }

    /**
     * How much to repeat: timed passes over the questions per restart; restart runs and conflict detection runs on a
     * corpus of fewer than {@code smallCorpus} articles (larger ones get one of each); the raw throughput sample.
     */
    public record Plan(int rounds, int restartRuns, int detectionRuns, int smallCorpus, int rawSample,
                       Duration timeout) {
        public static final Plan DEFAULT = new Plan(5, 3, 3, 1_000, ScaleRun.DEFAULT_SAMPLE, Duration.ofMinutes(60));
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path work;
    private final PrintWriter log;
    private final Plan plan;
    private final ChildJvm jvm;

    /** Indexes go under {@code work}/data/LABEL. */
    public ScaleBench(Path work, PrintWriter log, Plan plan) {
        this.work = work.toAbsolutePath();
        this.log = log;
        this.plan = plan;
        this.jvm = new ChildJvm(log, plan.timeout());
    }

    /** Measures every corpus in turn, asking each the same questions so that only the corpus size differs. */
    public List<ScalePoint> run(List<Target> corpora, List<String> questions) {
        Path file = work.resolve("scale-questions.txt");
        try {
            Files.createDirectories(work);
            Files.write(file, questions, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ScalePoint> points = new ArrayList<>();
        for (Target t : corpora) {
            points.add(measure(t, file));
        }
        return points;
    }

    /** Indexes one corpus, then restarts over it (several times if it is small). */
    public ScalePoint measure(Target target, Path questionsFile) {
        Path data = work.resolve("data").resolve(target.label());
        String corpus = target.folder().toAbsolutePath().toString();
        say("%s: indexing %s in a new JVM…", target.label(), corpus);
        IndexMeasurement index = read(jvm.run(target.label() + " index", ScaleRun.class, List.of("index", corpus,
                data.toString(), "--sample=" + plan.rawSample())), IndexMeasurement.class);
        say("%s: %,d articles, %,d sentences indexed in %.1f s (%.0f %% of raw embedding throughput)",
                target.label(), index.articles(), index.sentences(), index.indexSeconds(), index.percentOfRaw());
        boolean small = index.articles() < plan.smallCorpus();
        int runs = small ? plan.restartRuns() : 1;
        List<RestartMeasurement> restarts = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            say("%s: restart %d of %d…", target.label(), i, runs);
            RestartMeasurement r = read(jvm.run(target.label() + " restart", ScaleRun.class, List.of("restart", corpus,
                    data.toString(), questionsFile.toAbsolutePath().toString(), "--rounds=" + plan.rounds(),
                    "--detections=" + plan.detectionRuns())), RestartMeasurement.class);
            say("%s: open %.2f s (%.2f s from JVM start), p50 %.1f ms, p99 %.1f ms, detection %.2f s, RSS %.0f MiB",
                    target.label(), r.openSeconds(), r.fromJvmStartSeconds(), r.p50Ms(), r.p99Ms(),
                    r.detectionSeconds(), r.residentMib());
            restarts.add(r);
        }
        return new ScalePoint(target.label(), index, restarts);
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable measurement: " + json, e);
        }
    }

    private void say(String format, Object... args) {
        synchronized (log) {
            log.println("scale: " + String.format(Locale.ROOT, format, args));
            log.flush();
        }
    }
}
