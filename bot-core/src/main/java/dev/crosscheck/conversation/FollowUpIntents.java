package dev.crosscheck.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.answer.AnswerType;
import dev.crosscheck.answer.Composer;
import dev.crosscheck.answer.QuestionAnalyzer;
import dev.crosscheck.index.Embedder;
import dev.crosscheck.lexicon.RelatedWords;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Follow-ups that ask about the last answer rather than the story — where it comes from, whether it holds, the short
 * of it — told by the written examples nearest in meaning: each of the {@code k} nearest at least {@code threshold}
 * close votes with its closeness for its intent, and the intent with most wins ("other" examples vote too). The
 * examples, {@code k} and the threshold ship in a file fitted by {@code crosscheck bench intents --fit}, per model.
 */
public final class FollowUpIntents {
    /** What a follow-up asks of the last answer, if anything. */
    public enum Intent { SOURCE, VERIFY, SUMMARISE, OTHER }

    /** A written example and its intent. */
    public record Example(String message, Intent intent) {
    }

    /** The fitted file: examples, how many nearest vote and how close a vote must be, for one model. */
    public record Fit(List<Example> examples, int k, double threshold, String model) {
    }

    /**
     * A fitted file with its examples' vectors, read once per model, and its longest example's words: a longer
     * message asks something of its own.
     */
    private record Read(Fit fit, List<float[]> vectors, int longest) {
    }

    /** The answers a question of its own asks for ("what happened in a nutshell" is typed by its noun, a thing). */
    private static final java.util.Set<AnswerType> TYPED = java.util.EnumSet.of(AnswerType.QUANTITY,
            AnswerType.TIME, AnswerType.PLACE, AnswerType.PERSON);

    private final Composer composer;
    private final Map<String, Optional<Read>> byModel = new java.util.concurrent.ConcurrentHashMap<>();

    FollowUpIntents(Composer composer) {
        this.composer = composer;
    }

    /** The fitted file for {@code model} on the class path, or empty when none was fitted for it. */
    public static Optional<Fit> forModel(String model) {
        try (InputStream in = FollowUpIntents.class.getResourceAsStream(resource(model))) {
            return in == null ? Optional.empty() : Optional.of(read(new ObjectMapper().readTree(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource(model), e);
        }
    }

    /** Where the fitted file of a model lives on the class path. */
    public static String resource(String model) {
        return "/dev/crosscheck/conversation/follow-up-intents-" + model + ".json";
    }

    static Fit read(JsonNode node) {
        List<Example> examples = new ArrayList<>();
        for (JsonNode e : node.path("examples")) {
            examples.add(new Example(e.path("message").asText(), intentNamed(e.path("intent").asText())));
        }
        return new Fit(examples, node.path("k").asInt(1), node.path("threshold").asDouble(1.1),
                node.path("model").asText(""));
    }

    /** The intent a file names ("source", "verify", "summarise", "other"). */
    public static Intent intentNamed(String name) {
        return Intent.valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** What the message asks of the last answer; OTHER when it asks something of its own or nothing reads it. */
    public Intent of(String message) {
        String text = message.strip().toLowerCase(Locale.ROOT);
        // The examples are English: a line in another script is no nearer to one intent than to another.
        if (text.isEmpty() || FollowUpReader.isOtherScript(text)) {
            return Intent.OTHER;
        }
        // A composer reads with one model: once its file is read, a message longer than its examples is not embedded.
        int length = words(text);
        if (!byModel.isEmpty() && byModel.values().stream().allMatch(r -> r.isEmpty() || length > r.get().longest())) {
            return Intent.OTHER;
        }
        Optional<Composer.Meaning> meaning = composer.meaning(text);
        Optional<Read> read = meaning.flatMap(m -> byModel.computeIfAbsent(m.model(),
                model -> forModel(model).map(this::read)));
        if (read.isEmpty() || length > read.get().longest()) {
            return Intent.OTHER;
        }
        Fit fit = read.get().fit();
        Intent intent = vote(meaning.get().vector(), read.get().vectors(), fit.examples(), fit.k(), fit.threshold(),
                -1);
        // A message asking for a figure, a time, a place or a person asks a question of its own, however near its
        // words are to a request for a summary: a fresh user's "How big is the wildfire?" was read as "summarise the
        // wildfire" (no summary request of the examples asks for one).
        if (intent == Intent.SUMMARISE && TYPED.contains(QuestionAnalyzer.type(message, RelatedWords.wordNet()))) {
            return Intent.OTHER;
        }
        return intent;
    }

    /**
     * The intent the {@code k} nearest examples vote for, each at least {@code threshold} close with its closeness
     * ({@code skip}: an example's index left out, for fitting them on themselves; -1 for none).
     */
    public static Intent vote(float[] v, List<float[]> vectors, List<Example> examples, int k, double threshold,
                              int skip) {
        List<Integer> nearest = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            if (i != skip) {
                nearest.add(i);
            }
        }
        nearest.sort(Comparator.comparingDouble(i -> -Embedder.dot(v, vectors.get(i))));
        Map<Intent, Double> votes = new EnumMap<>(Intent.class);
        for (int i : nearest.subList(0, Math.min(k, nearest.size()))) {
            double closeness = Embedder.dot(v, vectors.get(i));
            if (closeness >= threshold) {
                votes.merge(examples.get(i).intent(), closeness, Double::sum);
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(Intent.OTHER);
    }

    /** The examples' vectors, read with the composer's model (a fifth of a second for 160). */
    private Read read(Fit fit) {
        List<float[]> vectors = new ArrayList<>();
        for (Example e : fit.examples()) {
            vectors.add(composer.meaning(e.message().toLowerCase(Locale.ROOT)).orElseThrow().vector());
        }
        int longest = fit.examples().stream().mapToInt(e -> words(e.message())).max().orElse(0);
        return new Read(fit, List.copyOf(vectors), longest);
    }

    private static int words(String text) {
        return text.strip().split("\\s+").length;
    }
}
