package dev.crosscheck.bench;

import dev.crosscheck.Bot;
import dev.crosscheck.Crosscheck;
import dev.crosscheck.alert.AlertSink;
import dev.crosscheck.alert.Delivery;
import dev.crosscheck.command.ChatRef;
import dev.crosscheck.command.Request;
import dev.crosscheck.conflict.Conflict;
import dev.crosscheck.conflict.ConflictDetector;
import dev.crosscheck.corpus.FolderWatcher;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import dev.crosscheck.config.Settings;
import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.CorpusReader;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.Sentence;
import dev.crosscheck.index.Embedder;
import dev.crosscheck.index.SentenceIndex;
import dev.crosscheck.index.SyncReport;
import dev.crosscheck.summary.Length;
import dev.crosscheck.summary.SummaryRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The whole-run benchmark: answer latency over the seeds, start-up with a persisted index, and indexing of a large
 * corpus against the embedding model's own throughput measured in the same run. Times drift on a shared machine,
 * so it reports medians and ratios to a floor measured alongside.
 */
public final class Benchmark {
    private final Embedder embedder;
    private final PrintWriter log;
    private final Report report = new Report();

    public Benchmark(Embedder embedder, PrintWriter log) {
        this.embedder = embedder;
        this.log = log;
    }

    /** Runs every measurement and returns the report; the large corpus part is skipped when it is null. */
    public Report run(Path seeds, List<String> questions, Path largeCorpus, Path work, int rounds) {
        seedsPart(seeds, questions, work.resolve("seeds-data"), rounds);
        if (largeCorpus != null) {
            largePart(largeCorpus, questions, work.resolve("large-data"));
        }
        return report;
    }

    private void seedsPart(Path seeds, List<String> questions, Path data, int rounds) {
        Settings settings = new Settings(seeds, data);
        long t0 = System.nanoTime();
        try (Crosscheck core = Crosscheck.open(settings, embedder)) {
            report.add("seeds", "index from scratch", ms(t0), "ms");
        }
        long t1 = System.nanoTime();
        try (Crosscheck core = Crosscheck.open(settings, embedder)) {
            core.composer().answer(questions.get(0));
            report.add("seeds", "open persisted index + first answer (in process)", ms(t1), "ms");
            for (String q : questions) {
                core.composer().answer(q);
            }
            Stats answers = answerTimes(core, questions, rounds);
            report.add("seeds", "answer latency median", answers.median(), "ms");
            report.add("seeds", "answer latency p99", answers.p99(), "ms");
            long b = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                core.composer().answer(questions.get(i % questions.size()));
            }
            report.add("seeds", "batch of 100 questions", ms(b), "ms");
            report.add("seeds", "corpus briefing (normal), first", summaryTime(core, SummaryRequest.corpus(Length.NORMAL)),
                    "ms");
            List<Double> topics = new ArrayList<>();
            for (String topic : List.of("Zaporizhzhia nuclear plant", "Bakhmut", "Kinzhal missiles", "Kyiv")) {
                topics.add(summaryTime(core, new SummaryRequest(null, topic, Length.NORMAL)));
            }
            report.add("seeds", "topic summary, median of 4 topics", Stats.of(topics).median(), "ms");
            Floor floor = floor(core, questions, rounds);
            report.add("seeds", "floor: one query embedding, median", floor.embed().median(), "ms");
            report.add("seeds", "floor: one BM25 + vector search, median", floor.search().median(), "ms");
            report.add("seeds", "answer latency / floor", answers.median()
                    / (floor.embed().median() + floor.search().median()), "x");
        }
        report.add("seeds", "start-up to first answer, new JVM, persisted index", processStart(settings,
                questions.get(0)), "ms");
        Corpus corpus = CorpusReader.read(seeds);
        report.add("seeds", "conflict detection, median", detectionTimes(corpus, Math.max(3, rounds)).median(), "ms");
        report.add("seeds", "new conflicting file to alert delivered, median", alertLatency(seeds, data.resolveSibling(
                "alert-work")), "ms");
        log.println("seeds part done");
        log.flush();
    }

    private static double summaryTime(Crosscheck core, SummaryRequest request) {
        long s = System.nanoTime();
        core.summarizer().summarize(request);
        return ms(s);
    }

    private static Stats answerTimes(Crosscheck core, List<String> questions, int rounds) {
        List<Double> latencies = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (String q : questions) {
                long s = System.nanoTime();
                core.composer().answer(q);
                latencies.add(ms(s));
            }
        }
        return Stats.of(latencies);
    }

    /** A whole `crosscheck ask` in a fresh JVM, as a user runs it (the launcher's own check adds a few ms). */
    private static double processStart(Settings settings, String question) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Double> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    "dev.crosscheck.cli.Main", "--seeds", settings.seeds().toString(), "--data",
                    settings.data().toString(), "ask", "--json", question)
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
            runs.add(ms(s));
        }
        return Stats.of(runs).median();
    }

    private static Stats detectionTimes(Corpus corpus, int rounds) {
        ConflictDetector.of(corpus);
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long s = System.nanoTime();
            ConflictDetector.of(corpus);
            times.add(ms(s));
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

    private record Floor(Stats embed, Stats search) {
    }

    private static Floor floor(Crosscheck core, List<String> questions, int rounds) {
        List<Double> embed = new ArrayList<>();
        List<Double> search = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (String q : questions) {
                long s = System.nanoTime();
                float[] v = core.retriever().embedder().embed(q);
                embed.add(ms(s));
                long t = System.nanoTime();
                core.retriever().retrieve(q, v, 40);
                search.add(ms(t));
            }
        }
        return new Floor(Stats.of(embed), Stats.of(search));
    }

    private void largePart(Path corpusDir, List<String> questions, Path data) {
        long r0 = System.nanoTime();
        Corpus corpus = CorpusReader.read(corpusDir);
        report.add("large", "articles", corpus.size(), "");
        report.add("large", "sentences", corpus.sentenceCount(), "");
        report.add("large", "read and split the corpus", ms(r0), "ms");
        long c0 = System.nanoTime();
        ConflictDetector detector = ConflictDetector.of(corpus);
        report.add("large", "conflict detection, whole corpus", ms(c0) / 1000.0, "s");
        report.add("large", "conflicts found", detector.conflicts().size(), "");
        Document original = corpus.documents().get(corpus.size() / 2);
        String changed = original.text().replaceAll("\\d+", "7");
        Document variant = new Document("bench/new.txt", original.title(), changed, "new",
                dev.crosscheck.corpus.SentenceSplitter.split("bench/new.txt", changed));
        long u0 = System.nanoTime();
        detector.update(List.of(variant), List.of());
        report.add("large", "one new article checked against the corpus", ms(u0), "ms");

        List<String> sample = sample(corpus, 3_000);
        embedder.embedAll(sample.subList(0, Math.min(200, sample.size())));
        long e0 = System.nanoTime();
        embedder.embedAll(sample);
        double raw = sample.size() / (ms(e0) / 1000.0);
        report.add("large", "raw embedding throughput (" + sample.size() + " sentences)", raw, "sentences/s");
        log.println("raw embedding: " + Math.round(raw) + " sentences/s; indexing " + corpus.sentenceCount()
                + " sentences…");
        log.flush();

        long i0 = System.nanoTime();
        try (SentenceIndex index = SentenceIndex.open(data.resolve("index"), embedder)) {
            SyncReport sync = index.sync(corpus);
            double seconds = ms(i0) / 1000.0;
            double throughput = sync.sentencesEmbedded() / seconds;
            report.add("large", "index from scratch", seconds, "s");
            report.add("large", "indexing throughput", throughput, "sentences/s");
            report.add("large", "indexing / raw embedding throughput", 100 * throughput / raw, "%");
        }
        report.add("large", "index size on disk", sizeMb(data.resolve("index")), "MB");
        long o0 = System.nanoTime();
        try (Crosscheck core = Crosscheck.open(new Settings(corpusDir, data), embedder)) {
            report.add("large", "restart with persisted index (read, hash, open)", ms(o0), "ms");
            List<String> titles = new ArrayList<>();
            for (Document d : corpus.documents()) {
                if (titles.size() < 200 && d.title().length() < 120) {
                    titles.add("What happened: " + d.title() + "?");
                }
            }
            titles.forEach(q -> core.composer().answer(q));
            Stats st = answerTimes(core, titles, 1);
            report.add("large", "answer latency median", st.median(), "ms");
            report.add("large", "answer latency p99", st.p99(), "ms");
            List<Double> topics = new ArrayList<>();
            for (String topic : List.of("oil prices", "Six Nations rugby", "broadband", "election campaign",
                    "film awards")) {
                topics.add(summaryTime(core, new SummaryRequest(null, topic, Length.NORMAL)));
            }
            report.add("large", "topic summary, median of 5 topics", Stats.of(topics).median(), "ms");
            report.add("large", "corpus briefing, first (then cached)", summaryTime(core,
                    SummaryRequest.corpus(Length.NORMAL)), "ms");
            report.add("large", "corpus briefing, cached", summaryTime(core, SummaryRequest.corpus(Length.NORMAL)),
                    "ms");
        }
        log.println("large corpus part done");
        log.flush();
    }

    /** Every k-th sentence, so the sample's lengths match the corpus. */
    private static List<String> sample(Corpus corpus, int n) {
        List<String> out = new ArrayList<>();
        int step = Math.max(1, corpus.sentenceCount() / n);
        int i = 0;
        for (Document d : corpus.documents()) {
            for (Sentence s : d.sentences()) {
                if (i++ % step == 0 && out.size() < n) {
                    out.add(s.text());
                }
            }
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

    static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    /** Measurements in the order they were taken, rendered as a Markdown table. */
    public static final class Report {
        private final List<String[]> rows = new ArrayList<>();

        void add(String part, String what, double value, String unit) {
            String v = value >= 100 || value == Math.rint(value) ? String.format(Locale.ROOT, "%,.0f", value)
                    : String.format(Locale.ROOT, "%.2f", value);
            rows.add(new String[] {part, what, v, unit});
        }

        public String markdown(String machine) {
            StringBuilder sb = new StringBuilder("Machine: ").append(machine).append("\n\n");
            sb.append("| part | measurement | value | unit |\n|---|---|---:|---|\n");
            for (String[] r : rows) {
                sb.append("| ").append(String.join(" | ", r)).append(" |\n");
            }
            return sb.toString();
        }
    }
}
