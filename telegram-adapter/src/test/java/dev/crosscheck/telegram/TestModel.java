package dev.crosscheck.telegram;

import dev.crosscheck.index.Embedder;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The real embedding model, loaded once per test JVM, scripted by two words: a question containing
 * {@link #SLOW_WORD} takes a few seconds, one containing {@link #FAIL_WORD} fails in the core.
 */
final class TestModel implements EmbeddingModel {
    static final String SLOW_WORD = "unhurriedly";
    static final String FAIL_WORD = "kaboom";
    static final Duration DELAY = Duration.ofMillis(3_500);

    private static Embedder shared;
    private final Embedder real;

    private TestModel(Embedder real) {
        this.real = real;
    }

    static synchronized Embedder embedder() {
        if (shared == null) {
            shared = new Embedder(new TestModel(Embedder.bundled()), Embedder.DEFAULT_MODEL_ID);
        }
        return shared;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        List<String> texts = new ArrayList<>();
        for (TextSegment s : segments) {
            texts.add(s.text());
        }
        if (texts.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(FAIL_WORD))) {
            throw new IllegalStateException("the model failed, as scripted");
        }
        if (texts.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(SLOW_WORD))) {
            try {
                Thread.sleep(DELAY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<Embedding> out = new ArrayList<>();
        for (float[] v : real.embedAll(texts)) {
            out.add(Embedding.from(v));
        }
        return Response.from(out);
    }

    @Override
    public int dimension() {
        return real.dimension();
    }
}
