package dev.crosscheck.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/** Turns text into unit-length vectors with an in-process embedding model. */
public final class Embedder {
    /** Part of the index's format key: vectors from another model must never be mixed in. */
    public static final String DEFAULT_MODEL_ID = "all-minilm-l6-v2-q";

    private final EmbeddingModel model;
    private final String modelId;

    public Embedder(EmbeddingModel model, String modelId) {
        this.model = model;
        this.modelId = modelId;
    }

    /** The bundled model: it ships inside a Maven artifact and needs no network. */
    public static Embedder bundled() {
        NativeLibraries.prepare();
        return new Embedder(BundledModel.load(), DEFAULT_MODEL_ID);
    }

    public String modelId() {
        return modelId;
    }

    /** The underlying model, so a benchmark peer can embed with exactly the same one. */
    public EmbeddingModel model() {
        return model;
    }

    public int dimension() {
        return model.dimension();
    }

    public float[] embed(String text) {
        return unit(model.embed(text).content().vector());
    }

    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String t : texts) {
            // The tokenizer rejects empty input; a lone space embeds as "nothing" harmlessly.
            segments.add(TextSegment.from(t.isBlank() ? " " : t));
        }
        List<Embedding> embeddings = model.embedAll(segments).content();
        List<float[]> out = new ArrayList<>(embeddings.size());
        for (Embedding e : embeddings) {
            out.add(unit(e.vector()));
        }
        return out;
    }

    static float[] unit(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        if (sum == 0) {
            return v;
        }
        float inv = (float) (1.0 / Math.sqrt(sum));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * inv;
        }
        return out;
    }

    public static float dot(float[] a, float[] b) {
        float s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
