package dev.crosscheck;

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
 * The real embedding model, loaded once per test JVM, scripted by two words for front-end tests: a question
 * containing {@link #SLOW_WORD} takes longer than a platform waits (Discord's 3 s window), one containing
 * {@link #FAIL_WORD} fails in the core.
 */
public final class ScriptedModel implements EmbeddingModel {
    public static final String SLOW_WORD = "unhurriedly";
    public static final String FAIL_WORD = "kaboom";
    public static final Duration DELAY = Duration.ofMillis(3_500);

    private static Embedder shared;
    private final Embedder real;

    private ScriptedModel(Embedder real) {
        this.real = real;
    }

    public static synchronized Embedder embedder() {
        if (shared == null) {
            shared = new Embedder(new ScriptedModel(Embedder.bundled()), Embedder.DEFAULT_MODEL_ID);
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
