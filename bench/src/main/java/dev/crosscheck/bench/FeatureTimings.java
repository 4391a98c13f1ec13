package dev.crosscheck.bench;

import dev.crosscheck.Bot;
import dev.crosscheck.Crosscheck;
import dev.crosscheck.alert.AlertSink;
import dev.crosscheck.alert.Delivery;
import dev.crosscheck.command.ChatRef;
import dev.crosscheck.command.Request;
import dev.crosscheck.conflict.Conflict;
import dev.crosscheck.conflict.ConflictDetector;
import dev.crosscheck.config.Settings;
import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.FolderWatcher;
import dev.crosscheck.corpus.SentenceSplitter;
import dev.crosscheck.index.Embedder;
import dev.crosscheck.summary.Length;
import dev.crosscheck.summary.SummaryRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What the other issues promised, timed: batches of questions, summaries, a user's `crosscheck ask` in a new JVM,
 * conflict detection, one new article checked against a large corpus, and a conflicting file's way to an alert.
 */
final class FeatureTimings {
    private final Embedder embedder;
    private final Table table = new Table();

    FeatureTimings(Embedder embedder) {
        this.embedder = embedder;
    }

    Table table() {
        return table;
    }

    /** Over the seeds, with their persisted index already in {@code data}. */
    void seeds(Crosscheck core, Settings settings, List<String> questions, Path work, int rounds) {
        long b = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            core.composer().answer(questions.get(i % questions.size()));
        }
        table.add("seeds", "batch of 100 questions", Benchmark.ms(b), "ms");
        table.add("seeds", "corpus briefing (normal), first", summaryTime(core, SummaryRequest.corpus(Length.NORMAL)),
                "ms");
        List<Double> topics = new ArrayList<>();
        for (String topic : List.of("Zaporizhzhia nuclear plant", "Bakhmut", "Kinzhal missiles", "Kyiv")) {
            topics.add(summaryTime(core, new SummaryRequest(null, topic, Length.NORMAL)));
        }
        table.add("seeds", "topic summary, median of 4 topics", Stats.of(topics).median(), "ms");
        table.add("seeds", "conflict detection, median", detectionTimes(core.corpus(), Math.max(3, rounds)).median(),
                "ms");
        Path scratch = scratch(work);
        try {
            table.add("seeds", "new conflicting file to alert delivered, median", alertLatency(settings.seeds(),
                    scratch), "ms");
        } finally {
            delete(scratch);
        }
    }

    /** A user's `crosscheck ask` in a new JVM; run while no other process holds the index open. */
    void startUp(Settings settings, String question) {
        table.add("seeds", "`crosscheck ask` in a new JVM, persisted index", processStart(settings, question), "ms");
    }

    /** Over a large corpus, with its persisted index. */
    void large(String label, Crosscheck core) {
        Corpus corpus = core.corpus();
        ConflictDetector detector = ConflictDetector.of(corpus);
        table.add(label, "conflicts found", detector.conflicts().size(), "");
        Document original = corpus.documents().get(corpus.size() / 2);
        String changed = original.text().replaceAll("\\d+", "7");
        Document variant = new Document("bench/new.txt", original.title(), changed, "new",
                SentenceSplitter.split("bench/new.txt", changed));
        long u0 = System.nanoTime();
        detector.update(List.of(variant), List.of());
        table.add(label, "one new article checked against the corpus", Benchmark.ms(u0), "ms");
        List<Double> topics = new ArrayList<>();
        for (String topic : List.of("oil prices", "Six Nations rugby", "broadband", "election campaign",
                "film awards")) {
            topics.add(summaryTime(core, new SummaryRequest(null, topic, Length.NORMAL)));
        }
        table.add(label, "topic summary, median of 5 topics", Stats.of(topics).median(), "ms");
        table.add(label, "corpus briefing, first (then cached)", summaryTime(core, SummaryRequest.corpus(Length.NORMAL)),
                "ms");
        table.add(label, "corpus briefing, cached", summaryTime(core, SummaryRequest.corpus(Length.NORMAL)), "ms");
    }

    private static double summaryTime(Crosscheck core, SummaryRequest request) {
        long s = System.nanoTime();
        core.summarizer().summarize(request);
        return Benchmark.ms(s);
    }

    /** A whole `crosscheck ask` in a fresh JVM, as a user runs it (the launcher's own check adds a few ms). */
    private static double processStart(Settings settings, String question) {
        List<Double> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ProcessBuilder pb = new ProcessBuilder(ChildJvm.command("dev.crosscheck.cli.Main", List.of("--seeds",
                    settings.seeds().toString(), "--data", settings.data().toString(), "ask", "--json", question)))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            long s = System.nanoTime();
            try {
                int code = pb.start().waitFor();
                if (code != 0) {
                    throw new IllegalStateException("the start-up run exited with " + code);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            runs.add(Benchmark.ms(s));
        }
        return Stats.of(runs).median();
    }

    private static Stats detectionTimes(Corpus corpus, int rounds) {
        ConflictDetector.of(corpus);
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long s = System.nanoTime();
            ConflictDetector.of(corpus);
            times.add(Benchmark.ms(s));
        }
        return Stats.of(times);
    }

    /** Reports of the seeds' story that contradict its Kharkiv strike count, one per run. */
    private static String conflictingArticle(int strikes) {
        return "Kharkiv hit again\n\nKharkiv Governor Oleh Synehubov said the city and region had been hit by "
                + strikes + " strikes overnight. President Volodymyr Zelensky condemned the attacks, and Mayor "
                + "Vitali Klitschko said Kyiv was spared. Energoatom said the Zaporizhzhia plant and the Ukrenergo "
                + "grid were working, while fighting in Bakhmut went on.\n";
    }

    /** From writing a file into the watched folder to the alert's delivery to a subscribed chat. */
    private double alertLatency(Path seeds, Path work) {
        try {
            Path folder = Files.createDirectories(work.resolve("seeds"));
            try (Stream<Path> files = Files.list(seeds)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, folder.resolve(f.getFileName()));
                }
            }
            BlockingQueue<Long> delivered = new LinkedBlockingQueue<>();
            List<Double> latencies = new ArrayList<>();
            try (Bot bot = Bot.start(new Settings(folder, work.resolve("data")), embedder,
                    FolderWatcher.DEFAULT_DEBOUNCE)) {
                bot.awaitReady(Duration.ofSeconds(60));
                bot.register(new AlertSink() {
                    @Override
                    public String platform() {
                        return ChatRef.CONSOLE.platform();
                    }

                    @Override
                    public Delivery deliver(ChatRef chat, Conflict conflict) {
                        delivered.add(System.nanoTime());
                        return new Delivery.Delivered();
                    }
                });
                bot.core().commands().handle(Request.console("subscribe", ""));
                for (int i = 0; i < 3; i++) {
                    long s = System.nanoTime();
                    Files.writeString(folder.resolve("bench-" + i + ".txt"), conflictingArticle(25 + 10 * i));
                    Long at = delivered.poll(30, TimeUnit.SECONDS);
                    if (at == null) {
                        throw new IllegalStateException("no alert within 30 s of a conflicting file landing");
                    }
                    latencies.add((at - s) / 1e6);
                    while (delivered.poll(300, TimeUnit.MILLISECONDS) != null) {
                        // An article may change more than one conflict; only the first alert is timed.
                    }
                }
            }
            return Stats.of(latencies).median();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A fresh folder for the alert run, which writes files into a copy of the seeds. */
    private static Path scratch(Path work) {
        try {
            Files.createDirectories(work);
            return Files.createTempDirectory(work, "alert-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try {
            Folders.delete(dir);
        } catch (IOException e) {
            // A left-over scratch folder in the work folder is harmless; the measurement is what matters.
        }
    }

    /** Measurements in the order they were taken, rendered as a Markdown table. */
    static final class Table {
        private final List<String[]> rows = new ArrayList<>();

        void add(String part, String what, double value, String unit) {
            String v = value >= 100 || value == Math.rint(value) ? String.format(Locale.ROOT, "%,.0f", value)
                    : String.format(Locale.ROOT, "%.2f", value);
            rows.add(new String[] {part, what, v, unit});
        }

        String markdown() {
            StringBuilder sb = new StringBuilder("| corpus | measurement | value | unit |\n|---|---|---:|---|\n");
            for (String[] r : rows) {
                sb.append("| ").append(String.join(" | ", r)).append(" |\n");
            }
            return sb.toString();
        }
    }
}
