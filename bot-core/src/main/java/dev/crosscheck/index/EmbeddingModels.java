package dev.crosscheck.index;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The embedding models Crosscheck can run in process, each shipped inside a langchain4j Maven artifact: its
 * resources, how token vectors are pooled, and the instruction its questions are prefixed with for retrieval.
 */
public enum EmbeddingModels {
    /** all-MiniLM-L6-v2, quantized: 6 layers, mean pooling, symmetric (no query instruction). */
    MINILM("all-minilm-l6-v2-q", "/all-minilm-l6-v2-q.onnx", "/all-minilm-l6-v2-q-tokenizer.json", false, ""),
    /** BGE small en v1.5, quantized: 12 layers, CLS pooling, questions carry BGE's retrieval instruction. */
    BGE_SMALL("bge-small-en-v15-q", "/bge-small-en-v1.5-q.onnx", "/bge-small-en-v1.5-q-tokenizer.json", true,
            "Represent this sentence for searching relevant passages: ");

    private final String id;
    private final String modelResource;
    private final String tokenizerResource;
    private final boolean clsPooling;
    private final String queryInstruction;

    EmbeddingModels(String id, String modelResource, String tokenizerResource, boolean clsPooling,
                    String queryInstruction) {
        this.id = id;
        this.modelResource = modelResource;
        this.tokenizerResource = tokenizerResource;
        this.clsPooling = clsPooling;
        this.queryInstruction = queryInstruction;
    }

    /** The name users write in the config ({@code model: bge-small-en-v15-q}) and the index records. */
    public String id() {
        return id;
    }

    String modelResource() {
        return modelResource;
    }

    String tokenizerResource() {
        return tokenizerResource;
    }

    boolean clsPooling() {
        return clsPooling;
    }

    /** What a question is prefixed with before it is embedded to search passages ("" for symmetric models). */
    public String queryInstruction() {
        return queryInstruction;
    }

    public static Optional<EmbeddingModels> byId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.id.equals(wanted)).findFirst();
    }
}
