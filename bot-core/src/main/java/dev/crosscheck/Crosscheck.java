package dev.crosscheck;

import dev.crosscheck.answer.Composer;
import dev.crosscheck.answer.ExtractiveComposer;
import dev.crosscheck.command.Commands;
import dev.crosscheck.conversation.Conversations;
import dev.crosscheck.conflict.Conflict;
import dev.crosscheck.conflict.ConflictDetector;
import dev.crosscheck.config.Settings;
import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.CorpusChange;
import dev.crosscheck.corpus.CorpusReader;
import dev.crosscheck.index.Await;
import dev.crosscheck.index.Embedder;
import dev.crosscheck.index.NamesFile;
import dev.crosscheck.index.Retriever;
import dev.crosscheck.index.SentenceIndex;
import dev.crosscheck.index.SyncReport;
import dev.crosscheck.lexicon.RelatedWords;
import dev.crosscheck.summary.ExtractiveSummarizer;
import dev.crosscheck.summary.Summarizer;
import dev.crosscheck.corpus.Sentence;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The assembled core every front end shares: the corpus, its index, the composer, the conflict detector and the
 * command layer. Conflicts are detected in the background at start, so questions are answered at once.
 */
public final class Crosscheck implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Crosscheck.class);

    private final Settings settings;
    private final SentenceIndex index;
    private final Retriever retriever;
    private final Composer composer;
    private final Summarizer summarizer;
    private final CompletableFuture<ConflictDetector> detector;
    private volatile Commands commands;
    /** Follow-ups' memory, kept when the command layer is rebuilt with subscriptions. */
    private final Conversations conversations;
    private final java.util.concurrent.atomic.AtomicBoolean waitedForConflicts =
            new java.util.concurrent.atomic.AtomicBoolean();

    /** How long an answer waits for conflicts still being detected at start before it goes without them. */
    private static final long CONFLICT_WAIT_MS = 2_000;
    /** Where in the data folder the names' vocabulary is kept between starts. */
    static final String NAMES_FILE = "names.bin";

    private Crosscheck(Settings settings, SentenceIndex index, Retriever retriever,
                       CompletableFuture<ConflictDetector> detector) {
        this.settings = settings;
        this.index = index;
        this.retriever = retriever;
        this.detector = detector;
        this.composer = new ExtractiveComposer(retriever, this::conflictsAbout);
        this.summarizer = new ExtractiveSummarizer(retriever, this::conflictsSoon);
        this.conversations = new Conversations(settings.conversations(), java.time.Clock.systemUTC());
        this.commands = new Commands(composer, summarizer, retriever::corpus, this::conflicts, null, conversations);
    }

    private static ConflictDetector timed(Corpus corpus, Embedder embedder) {
        long start = System.nanoTime();
        ConflictDetector d = ConflictDetector.of(corpus, embedder);
        LOG.debug("conflict detection over {} articles took {} ms", corpus.size(), (System.nanoTime() - start) / 1_000_000);
        return d;
    }

    /** Reads the seeds folder, brings the index in the data folder up to date, and loads the model. */
    public static Crosscheck open(Settings settings) {
        // The model loads while the articles are read: neither needs the other, and a restart waits for both.
        CompletableFuture<Embedder> model = CompletableFuture.supplyAsync(() -> Embedder.bundled(settings.model()));
        Corpus corpus;
        try {
            corpus = CorpusReader.read(settings.seeds());
        } catch (RuntimeException e) {
            // A missing folder ends the process at once; ONNX Runtime, still creating its session on the other
            // thread, would crash the JVM as it exits (SIGSEGV and an hs_err file). Let it finish first.
            model.exceptionally(failed -> null).join();
            throw e;
        }
        return open(settings, corpus, Await.result(model));
    }

    public static Crosscheck open(Settings settings, Embedder embedder) {
        return open(settings, CorpusReader.read(settings.seeds()), embedder);
    }

    private static Crosscheck open(Settings settings, Corpus corpus, Embedder embedder) {
        SentenceIndex index = SentenceIndex.open(settings.data().resolve("index"), embedder);
        try {
            SyncReport report = index.sync(corpus);
            if (!report.unchanged()) {
                LOG.info("index updated: {}", report);
            }
            // A word WordNet lacks may still be English ("among"): the model's vocabulary knows those.
            Retriever retriever = new Retriever(index, corpus,
                    word -> RelatedWords.wordNet().isEnglish(word) || embedder.knowsWord(word),
                    new NamesFile(settings.data().resolve(NAMES_FILE))::of, RelatedWords.wordNet()::irregularForms);
            // Detection runs in the background once the core can answer; started earlier, it took the second core
            // from opening (a restart over ~9,000 articles is a few seconds; detection is a quarter of a minute).
            CompletableFuture<ConflictDetector> detector = CompletableFuture.supplyAsync(() -> timed(corpus, embedder));
            Crosscheck core = new Crosscheck(settings, index, retriever, detector);
            // Like detection, read once the core can answer: the first question waits for it only if it is early.
            RelatedWords.wordNet().warmUp();
            return core;
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /**
     * Takes in articles that were added, changed or removed: re-indexes only them, re-checks only the claims they
     * touch, and returns the conflicts that are new or changed.
     */
    public synchronized List<Conflict> apply(CorpusChange change) {
        // The change's warnings were logged where the watcher met them; logged again here, each showed twice.
        if (change.upserted().isEmpty() && change.removed().isEmpty()) {
            return List.of();
        }
        Corpus next = retriever.corpus().with(change.upserted(), change.removed(), change.warnings());
        SyncReport report = index.sync(next);
        retriever.update(next);
        LOG.info("corpus changed: {}", report);
        return Await.result(detector).update(change.upserted(), change.removed());
    }

    /** Every current conflict, waiting for the first detection to finish if it has not yet. */
    public List<Conflict> conflicts() {
        return Await.result(detector).conflicts();
    }

    /**
     * Waits for the first conflict detection to finish. A one-shot command does, so that it replies as a running bot
     * does once started, the same every run: on a busy machine a summary had its "Sources disagree" line in some runs
     * and not in others, since an answer waits for detection only briefly. A failed detection is logged by the
     * answers, which go without it.
     */
    public Crosscheck withConflictsDetected() {
        try {
            detector.join();
        } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
            // Answers go without conflicts; detectorSoon logs why.
        }
        return this;
    }

    /** Whether the first conflict detection has finished. */
    public boolean conflictsDetected() {
        return detector.isDone();
    }

    /** For answers: a fresh start waits briefly for detection; a large corpus answers without conflicts meanwhile. */
    private List<Conflict> conflictsAbout(Sentence sentence) {
        return detectorSoon().map(d -> d.about(sentence.docId(), sentence.ordinal())).orElse(List.of());
    }

    private List<Conflict> conflictsSoon() {
        return detectorSoon().map(ConflictDetector::conflicts).orElse(List.of());
    }

    private Optional<ConflictDetector> detectorSoon() {
        if (!detector.isDone() && waitedForConflicts.getAndSet(true)) {
            // Only the first answer waits: on a large corpus the rest go without conflicts until detection is done.
            return Optional.empty();
        }
        try {
            return Optional.of(detector.get(CONFLICT_WAIT_MS, TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            LOG.error("conflict detection failed", e.getCause());
            return Optional.empty();
        }
    }

    /** Lets the command layer manage subscriptions (only a running bot has them). */
    public void withSubscriptions(dev.crosscheck.alert.AlertStore store) {
        this.commands = new Commands(composer, summarizer, retriever::corpus, this::conflicts, store, conversations);
    }

    public Settings settings() {
        return settings;
    }

    public Commands commands() {
        return commands;
    }

    public Composer composer() {
        return composer;
    }

    public Summarizer summarizer() {
        return summarizer;
    }

    public Retriever retriever() {
        return retriever;
    }

    public Corpus corpus() {
        return retriever.corpus();
    }

    @Override
    public void close() {
        detector.cancel(false);
        index.close();
    }
}
