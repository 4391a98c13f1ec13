package dev.crosscheck.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/** Turns text into unit-length vectors with an in-process embedding model. */
public final class Embedder {
    /** The model Crosscheck runs unless told otherwise (see the README on how it was chosen). */
    public static final EmbeddingModels DEFAULT_MODEL = EmbeddingModels.MINILM;
    /** Part of the index's format key: vectors from another model must never be mixed in. */
    public static final String DEFAULT_MODEL_ID = DEFAULT_MODEL.id();

    private final EmbeddingModel model;
    private final String modelId;
    private final String queryInstruction;

    public Embedder(EmbeddingModel model, String modelId) {
        this(model, modelId, "");
    }

    public Embedder(EmbeddingModel model, String modelId, String queryInstruction) {
        this.model = model;
        this.modelId = modelId;
        this.queryInstruction = queryInstruction;
    }

    /** The default model: it ships inside a Maven artifact and needs no network. */
    public static Embedder bundled() {
        return bundled(DEFAULT_MODEL);
    }

    public static Embedder bundled(EmbeddingModels spec) {
        NativeLibraries.prepare();
        return new Embedder(BundledModel.load(spec), spec.id(), spec.queryInstruction());
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

    /**
     * Whether the model's vocabulary holds the lower-case word whole: a word English text uses often enough to have
     * its own token, so no typo. False for a model without a vocabulary to ask.
     */
    public boolean knowsWord(String word) {
        return model instanceof BundledModel bundled && bundled.knows(word);
    }

    /** A passage's vector: a sentence, a window, a title. */
    public float[] embed(String text) {
        return unit(model.embed(embeddable(text)).content().vector());
    }

    /** A question's vector for searching passages, with the model's query instruction when it has one. */
    public float[] embedQuery(String question) {
        return embed(queryInstruction + question);
    }

    /** The instruction {@link #embedQuery} prefixes ("" for symmetric models). */
    public String queryInstruction() {
        return queryInstruction;
    }

    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String t : texts) {
            segments.add(TextSegment.from(embeddable(t)));
        }
        List<Embedding> embeddings = model.embedAll(segments).content();
        List<float[]> out = new ArrayList<>(embeddings.size());
        for (Embedding e : embeddings) {
            out.add(unit(e.vector()));
        }
        return out;
    }

    /** The tokenizer rejects empty input; a lone space embeds as "nothing" harmlessly. */
    private static String embeddable(String text) {
        return text.isBlank() ? " " : text;
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
