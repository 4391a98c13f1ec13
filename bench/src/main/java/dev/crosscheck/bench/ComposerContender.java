package dev.crosscheck.bench;

import dev.crosscheck.Crosscheck;
import dev.crosscheck.config.Settings;
import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.index.Embedder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Crosscheck itself: the extractive composer over its hybrid sentence index, answering with cited quotes. */
public final class ComposerContender implements Contender {
    private final Crosscheck core;
    private final Path index;
    private final String name;

    private ComposerContender(Crosscheck core, Path index, String name) {
        this.core = core;
        this.index = index;
        this.name = name;
    }

    /**
     * Opens Crosscheck over {@code corpus} with its index under {@code data} (reused when already built), and waits
     * for conflict detection so that answers are timed, and memory measured, as a running bot has them.
     */
    public static ComposerContender open(Path corpus, Path data, Embedder embedder) {
        Crosscheck core = Crosscheck.open(new Settings(corpus, data), embedder);
        core.conflicts();
        String name = embedder.modelId().equals(Embedder.DEFAULT_MODEL_ID) ? "Crosscheck composer"
                : "Crosscheck composer, " + embedder.modelId();
        return new ComposerContender(core, data.resolve("index"), name);
    }

    /**
     * As {@link #open(Path, Path, Embedder)}, with the index in a folder of {@code root} named after the corpus
     * folder, so every part of a benchmark run shares one index per corpus.
     */
    public static ComposerContender openUnder(Corpus corpus, Path root, Embedder embedder) {
        return open(corpus.root(), root.resolve(corpus.root().getFileName().toString()), embedder);
    }

    /** The running core, for measurements beyond asking questions. */
    Crosscheck core() {
        return core;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Reply ask(String question) {
        return Reply.of(core.composer().answer(question));
    }

    private final java.util.concurrent.atomic.AtomicLong conversations = new java.util.concurrent.atomic.AtomicLong();

    /** In a fresh conversation of the command layer, as a chat would ask it. */
    @Override
    public Reply ask(String question, java.util.List<String> before) {
        String conversation = "bench-" + conversations.incrementAndGet();
        for (String q : before) {
            core.commands().ask(q, conversation);
        }
        return Reply.of(core.commands().ask(question, conversation).answer());
    }

    /** The Lucene index is memory-mapped, so the heap measurement misses it; its files are counted here. */
    @Override
    public long diskBytes() {
        try (Stream<Path> files = Files.walk(index)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        core.close();
    }
}
