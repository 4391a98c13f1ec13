package dev.crosscheck;

import dev.crosscheck.answer.Composer;
import dev.crosscheck.answer.ExtractiveComposer;
import dev.crosscheck.command.Commands;
import dev.crosscheck.config.Settings;
import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.CorpusReader;
import dev.crosscheck.index.Embedder;
import dev.crosscheck.index.Retriever;
import dev.crosscheck.index.SentenceIndex;
import dev.crosscheck.index.SyncReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The assembled core every front end shares: the corpus, its index, the composer and the command layer. */
public final class Crosscheck implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Crosscheck.class);

    private final Settings settings;
    private final SentenceIndex index;
    private final Retriever retriever;
    private final Composer composer;
    private final Commands commands;

    private Crosscheck(Settings settings, SentenceIndex index, Retriever retriever, Composer composer) {
        this.settings = settings;
        this.index = index;
        this.retriever = retriever;
        this.composer = composer;
        this.commands = new Commands(composer, retriever::corpus);
    }

    /** Reads the seeds folder, brings the index in the data folder up to date, and loads the model. */
    public static Crosscheck open(Settings settings) {
        return open(settings, Embedder.bundled());
    }

    public static Crosscheck open(Settings settings, Embedder embedder) {
        Corpus corpus = CorpusReader.read(settings.seeds());
        SentenceIndex index = SentenceIndex.open(settings.data().resolve("index"), embedder);
        try {
            SyncReport report = index.sync(corpus);
            if (!report.unchanged()) {
                LOG.info("index updated: {}", report);
            }
            Retriever retriever = new Retriever(index, corpus);
            return new Crosscheck(settings, index, retriever, new ExtractiveComposer(retriever));
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
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

    public Retriever retriever() {
        return retriever;
    }

    public Corpus corpus() {
        return retriever.corpus();
    }

    @Override
    public void close() {
        index.close();
    }
}
