package dev.crosscheck.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.Crosscheck;
import dev.crosscheck.conflict.ConflictDetector;
import dev.crosscheck.config.Settings;
import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.CorpusReader;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.Sentence;
import dev.crosscheck.index.Embedder;
import dev.crosscheck.index.SentenceIndex;
import dev.crosscheck.index.SyncReport;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One scale measurement in its own JVM, so that memory and restart are what a user's fresh process sees. Prints one
 * JSON line on standard output and its progress on standard error:
 * <pre>
 *   index   CORPUS DATA [--sample=N]                        → {@link IndexMeasurement}
 *   restart CORPUS DATA QUESTIONS [--rounds=N] [--detections=N] → {@link RestartMeasurement}
 * </pre>
 * {@code index} rebuilds DATA/index from scratch; {@code restart} needs it built and answers every line of the
 * QUESTIONS file once to warm up, then {@code rounds} times timed.
 */
public final class ScaleRun {
    static final int DEFAULT_SAMPLE = 3_000;
    private static final int WARM_UP_SENTENCES = 200;
    private static final PrintStream LOG = System.err;

    private ScaleRun() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable e) {
            e.printStackTrace();
            // A failure must end the JVM too, or the threads the model and index started would keep it alive.
            System.exit(1);
        }
        // ONNX Runtime and Lucene leave non-daemon threads behind; the measurement is out, so end here.
        System.exit(0);
    }

    private static void run(String[] args) throws IOException {
        List<String> positional = new ArrayList<>();
        Map<String, Integer> options = new HashMap<>();
        for (String a : args) {
            if (a.startsWith("--") && a.contains("=")) {
                options.put(a.substring(2, a.indexOf('=')), Integer.parseInt(a.substring(a.indexOf('=') + 1)));
            } else {
                positional.add(a);
            }
        }
        Object result;
        if (positional.size() == 3 && positional.get(0).equals("index")) {
            result = index(Path.of(positional.get(1)), Path.of(positional.get(2)),
                    options.getOrDefault("sample", DEFAULT_SAMPLE));
        } else if (positional.size() == 4 && positional.get(0).equals("restart")) {
            List<String> questions = Files.readAllLines(Path.of(positional.get(3))).stream()
                    .filter(l -> !l.isBlank()).toList();
            result = restart(Path.of(positional.get(1)), Path.of(positional.get(2)), questions,
                    options.getOrDefault("rounds", 5), options.getOrDefault("detections", 1));
        } else {
            LOG.println("usage: ScaleRun index CORPUS DATA [--sample=N]"
                    + " | restart CORPUS DATA QUESTIONS [--rounds=N] [--detections=N]");
            System.exit(2);
            return;
        }
        System.out.println(new ObjectMapper().writeValueAsString(result));
        System.out.flush();
    }

    static IndexMeasurement index(Path corpusDir, Path data, int sampleSize) {
        Corpus corpus = CorpusReader.read(corpusDir);
        progress("read %,d articles, %,d sentences", corpus.size(), corpus.sentenceCount());
        Embedder embedder = Embedder.bundled();
        List<String> sample = sample(corpus, sampleSize);
        embedder.embedAll(sample.subList(0, Math.min(WARM_UP_SENTENCES, sample.size())));
        long e0 = System.nanoTime();
        embedder.embedAll(sample);
        double raw = sample.size() / seconds(e0);
        progress("raw embedding: %.0f sentences/s over %,d; indexing…", raw, sample.size());

        Path folder = data.resolve("index");
        delete(folder);
        long i0 = System.nanoTime();
        double indexSeconds;
        int embedded;
        // Timed as Benchmark times it (open and sync, which commits), so the two reports' ratios compare.
        try (SentenceIndex index = SentenceIndex.open(folder, embedder)) {
            SyncReport sync = index.sync(corpus);
            indexSeconds = seconds(i0);
            embedded = sync.sentencesEmbedded();
        }
        progress("indexed in %.1f s", indexSeconds);
        return new IndexMeasurement(corpus.size(), corpus.sentenceCount(), sample.size(), raw, indexSeconds,
                embedded / indexSeconds, sizeMb(folder), ProcessMemory.now().peakResidentMib());
    }

    static RestartMeasurement restart(Path corpusDir, Path data, List<String> questions, int rounds, int detections) {
        if (!Files.isDirectory(data.resolve("index"))) {
            throw new IllegalStateException("no index in " + data + ": run the index mode first");
        }
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("no questions");
        }
        long o0 = System.nanoTime();
        try (Crosscheck core = Crosscheck.open(new Settings(corpusDir, data))) {
            double open = seconds(o0);
            double fromJvmStart = (System.currentTimeMillis()
                    - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
            // Answers are timed once detection is done: answering alongside it would time the detection's CPU use.
            int conflicts = core.conflicts().size();
            double conflictsReady = seconds(o0);
            progress("open in %.2f s (%.2f s from JVM start); conflicts ready after %.1f s; answering…", open,
                    fromJvmStart, conflictsReady);
            int found = 0;
            for (String q : questions) {
                found += core.composer().answer(q).found() ? 1 : 0;
            }
            List<Double> latencies = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                for (String q : questions) {
                    long s = System.nanoTime();
                    core.composer().answer(q);
                    latencies.add((System.nanoTime() - s) / 1e6);
                }
            }
            Stats st = Stats.of(latencies);
            ProcessMemory memory = ProcessMemory.now();
            double heap = ProcessMemory.heapAfterGcMib();
            Corpus corpus = core.retriever().corpus();
            progress("latency p50 %.1f ms, p99 %.1f ms; detecting conflicts %d time(s)…", st.median(), st.p99(),
                    detections);
            List<Double> detection = new ArrayList<>();
            for (int i = 0; i < Math.max(1, detections); i++) {
                long d0 = System.nanoTime();
                ConflictDetector.of(corpus);
                detection.add(seconds(d0));
            }
            return new RestartMeasurement(open, fromJvmStart, conflictsReady, questions.size(), found,
                    latencies.size(), st.median(), st.p99(), conflicts, Stats.of(detection).median(),
                    detection.size(), memory.residentMib(), memory.peakResidentMib(), heap);
        }
    }

    /** Every k-th sentence, cycling a corpus smaller than the sample, so the sample's lengths match the corpus. */
    static List<String> sample(Corpus corpus, int n) {
        List<String> all = new ArrayList<>(corpus.sentenceCount());
        for (Document d : corpus.documents()) {
            for (Sentence s : d.sentences()) {
                all.add(s.text());
            }
        }
        if (all.isEmpty()) {
            return all;
        }
        List<String> out = new ArrayList<>(n);
        int step = Math.max(1, all.size() / n);
        for (int i = 0; out.size() < n; i += step) {
            out.add(all.get(i % all.size()));
        }
        return out;
    }

    private static double sizeMb(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() / 1e6;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try {
            Folders.delete(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + folder, e);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void progress(String format, Object... args) {
        LOG.println("scale: " + String.format(Locale.ROOT, format, args));
        LOG.flush();
    }
}
