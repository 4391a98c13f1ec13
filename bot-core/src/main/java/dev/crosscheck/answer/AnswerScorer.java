package dev.crosscheck.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The learned answer scorer: a logistic model over a candidate's {@link Feature}s giving the probability that it
 * answers the question. Its weights, the "found" threshold on that probability, the rules for showing a runner-up
 * or a passage, and the story share that tells a question about a conversation's story from a new topic are fitted
 * by {@code crosscheck bench train} and ship as a resource, one per embedding model, with their provenance (data,
 * seed, date, command).
 */
public final class AnswerScorer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final double[] weights;
    private final double bias;
    private final double threshold;
    private final double secondRatio;
    private final double passageBelow;
    private final int passageAfter;
    private final double storyShare;
    private final double wordChance;
    private final JsonNode provenance;

    public AnswerScorer(Map<Feature, Double> weights, double bias, double threshold, double secondRatio,
                        double passageBelow, int passageAfter, double storyShare, double wordChance,
                        JsonNode provenance) {
        this.weights = new double[Feature.values().length];
        for (Feature f : Feature.values()) {
            Double w = weights.get(f);
            if (w == null) {
                throw new IllegalArgumentException("the answer scorer has no weight for " + f.key());
            }
            this.weights[f.ordinal()] = w;
        }
        this.bias = bias;
        this.threshold = threshold;
        this.secondRatio = secondRatio;
        this.passageBelow = passageBelow;
        this.passageAfter = passageAfter;
        this.storyShare = storyShare;
        this.wordChance = wordChance;
        this.provenance = provenance;
    }

    /** The resource that holds the fitted scorer for an embedding model. */
    public static String resource(String modelId) {
        return "/dev/crosscheck/answer/scorer-" + modelId + ".json";
    }

    /** The scorer fitted for {@code modelId}, from the class path. */
    public static AnswerScorer forModel(String modelId) {
        String name = resource(modelId);
        try (InputStream in = AnswerScorer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no answer scorer fitted for the model " + modelId + " (" + name
                        + "); fit one with: crosscheck bench train");
            }
            return read(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /**
     * A scorer from its JSON form: {@code {"weights": {name: w}, "bias", "threshold", "second_ratio",
     * "passage_below", "passage_after", "story_share", "word_chance", "provenance"}}; without a passage reach a
     * passage reaches one sentence past the answer's, without a story share no question is read with its story, and
     * without a word chance no two words are nearer in meaning than chance.
     */
    public static AnswerScorer read(JsonNode node) {
        Map<Feature, Double> weights = new EnumMap<>(Feature.class);
        for (Feature f : Feature.values()) {
            JsonNode w = node.path("weights").get(f.key());
            if (w != null && w.isNumber()) {
                weights.put(f, w.asDouble());
            }
        }
        return new AnswerScorer(weights, node.path("bias").asDouble(), node.path("threshold").asDouble(),
                node.path("second_ratio").asDouble(), node.path("passage_below").asDouble(),
                node.path("passage_after").asInt(1), node.path("story_share").asDouble(Double.POSITIVE_INFINITY),
                node.path("word_chance").asDouble(Double.POSITIVE_INFINITY), node.path("provenance"));
    }

    /** The probability that a candidate with these features answers its question. */
    public double probability(double[] features) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * features[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Below this probability the best candidate is not an answer: the reply is "not found". */
    public double threshold() {
        return threshold;
    }

    /** A runner-up with at least this share of the best candidate's probability, saying something else, is shown too. */
    public double secondRatio() {
        return secondRatio;
    }

    /** Below this probability the best candidate is quoted with the sentences around it: the answer is near. */
    public double passageBelow() {
        return passageBelow;
    }

    /** How many sentences past the answer's a quoted passage reaches, as far as a chat reply holds. */
    public int passageAfter() {
        return passageAfter;
    }

    /**
     * A complete question that names nothing is about the conversation's story when the story's nearest sentence
     * comes at least this near it, as a share of the folder's nearest.
     */
    public double storyShare() {
        return storyShare;
    }

    /** How near in meaning (cosine) two words taken at random come at most, but for one pair in twenty. */
    public double wordChance() {
        return wordChance;
    }

    public JsonNode provenance() {
        return provenance;
    }
}
