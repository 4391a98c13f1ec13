package dev.crosscheck.index;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/**
 * An embedding model from its langchain4j artifact, run with one ONNX Runtime thread per call and no spinning. A
 * question is a dozen tokens: splitting it across threads costs more than it saves, and idle spinning workers take
 * the CPU the rest of the answer needs. Batches still use every core, one text per thread.
 */
final class BundledModel extends AbstractInProcessEmbeddingModel {
    private static final int DIMENSION = 384;

    private final OnnxBertBiEncoder encoder;
    private final Set<String> words;

    private BundledModel(OnnxBertBiEncoder encoder, Set<String> words) {
        super(null);
        this.encoder = encoder;
        this.words = words;
    }

    static BundledModel load(EmbeddingModels spec) {
        try (InputStream model = resource(spec, spec.modelResource());
             InputStream tokenizer = resource(spec, spec.tokenizerResource());
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession session = env.createSession(model.readAllBytes(), options);
            byte[] tokens = tokenizer.readAllBytes();
            return new BundledModel(new OnnxBertBiEncoder(env, session, new ByteArrayInputStream(tokens),
                    spec.clsPooling() ? PoolingMode.CLS : PoolingMode.MEAN), wholeWords(tokens));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedding model " + spec.id(), e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the embedding model " + spec.id(), e);
        }
    }

    /**
     * The words the tokenizer's vocabulary holds whole (WordPiece pieces and special tokens left out): ordinary
     * English words, "among" and "the" as much as "missiles", which a lexicon of content words may lack.
     */
    private static Set<String> wholeWords(byte[] tokenizerJson) throws IOException {
        Set<String> words = new HashSet<>();
        new ObjectMapper().readTree(tokenizerJson).path("model").path("vocab").fieldNames().forEachRemaining(w -> {
            if (w.chars().allMatch(Character::isLetter)) {
                words.add(w);
            }
        });
        return Set.copyOf(words);
    }

    /** Whether the vocabulary holds the (lower-case) word whole. */
    boolean knows(String word) {
        return words.contains(word);
    }

    private static InputStream resource(EmbeddingModels spec, String name) throws IOException {
        InputStream in = BundledModel.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is missing from the classpath (langchain4j-embeddings-" + spec.id() + ")");
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
