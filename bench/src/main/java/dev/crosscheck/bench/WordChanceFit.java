package dev.crosscheck.bench;

import dev.crosscheck.conversation.FollowUpReader;
import dev.crosscheck.index.Embedder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fits the word chance: how near in meaning, by the embedding model, two words of the questions taken at random
 * come, as the cosine only one pair in twenty passes. A follow-up's thing ("What about the injured?") takes the
 * place of a word of the last question only when it is nearer to it than that.
 */
final class WordChanceFit {
    /**
     * Random pairs measured: with 2,000, eight seeds put MiniLM's chance cosine over the BBC questions' words between
     * 0.398 and 0.411; likes come out above that by more or less (MiniLM: drones/missiles 0.42, injured/killed 0.45,
     * mayor/governor 0.64), so a seed can decide a close pair.
     */
    static final int PAIRS = 2_000;
    /** The share of random pairs that come no nearer: the usual 5 % level. */
    static final double LEVEL = 0.95;
    private static final Pattern WORD = Pattern.compile("\\b[a-z]{3,}\\b");

    /** The fitted cosine, with how many distinct words and pairs it was measured on. */
    record Result(double chance, int words, int pairs) {
    }

    private WordChanceFit() {
    }

    /**
     * The chance cosine over the lowercase words of the questions that a follow-up's thing may take the place of
     * ({@link FollowUpReader#isThingWord}), each word's vector from {@code embed} (the model's, of unit length).
     */
    static Result fit(List<String> questions, Function<String, float[]> embed, long seed) {
        TreeSet<String> vocabulary = new TreeSet<>();
        for (String q : questions) {
            Matcher m = WORD.matcher(q);
            while (m.find()) {
                String w = m.group();
                if (FollowUpReader.isThingWord(w)) {
                    vocabulary.add(w);
                }
            }
        }
        List<String> words = new ArrayList<>(vocabulary);
        if (words.size() < 2) {
            throw new IllegalArgumentException("the word chance needs at least two words to fit on, got "
                    + words.size());
        }
        Random random = new Random(seed);
        Map<String, float[]> vectors = new HashMap<>();
        double[] cosines = new double[PAIRS];
        for (int i = 0; i < PAIRS; i++) {
            String a = words.get(random.nextInt(words.size()));
            String b;
            do {
                b = words.get(random.nextInt(words.size()));
            } while (b.equals(a));
            cosines[i] = Embedder.dot(vectors.computeIfAbsent(a, embed),
                    vectors.computeIfAbsent(b, embed));
        }
        Arrays.sort(cosines);
        double chance = cosines[(int) Math.ceil(LEVEL * PAIRS) - 1];
        return new Result(Math.round(chance * 1000) / 1000.0, words.size(), PAIRS);
    }
}
