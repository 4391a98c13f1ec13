package dev.crosscheck.answer;

import dev.crosscheck.corpus.Sentence;
import java.util.List;
import java.util.Set;

/**
 * A candidate answer: the retrieved sentence, what the reply would quote for it (the sentence, with the one before
 * when it opens with a pronoun, and the next when only that one holds the answer), the wider passages one may quote
 * when the scorer is unsure (the quote with the sentence before and one, two… sentences after, within a chat reply's
 * length; narrowest first, each holding the one before), its features and the scorer's probability that it answers
 * the question, and the evidence behind it: the answer's key for comparing sources, the words a reply gives as the
 * answer (a name "he" may stand for next), the place the figure is tied to (if any), and which question words stand
 * around it.
 */
public record RankedSentence(Sentence sentence, Sentence quote, List<Sentence> passages, double[] features,
                             double probability, String key, String given, boolean typed, String scope,
                             Set<String> measure) {
    /**
     * The most sentences past the quote a passage may reach; how far replies do reach is fitted with the scorer
     * ({@link AnswerScorer#passageAfter()}), and a chat reply's length stops most passages before this.
     */
    public static final int WIDEST_PASSAGE = 4;

    public RankedSentence {
        passages = List.copyOf(passages);
    }

    /** The passage reaching up to {@code after} sentences past the quote (the widest there is, if fewer). */
    public Sentence passage(int after) {
        return passages.get(Math.min(Math.max(after, 1), passages.size()) - 1);
    }

    /** The answer's figure is tied to a place, {@code scope} ("killed in the Lviv region"). */
    boolean scoped() {
        return !scope.isEmpty();
    }

    /** The quote names a year (the question may ask about another time). */
    boolean dated() {
        return namesAYear(quote.text());
    }

    /** The quote names a year and the question none: it may be about another time than the one asked about. */
    boolean ofAnotherTimeThan(String question) {
        return dated() && !namesAYear(question);
    }

    static boolean namesAYear(String text) {
        return YEAR.matcher(text).find();
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");

    double feature(Feature f) {
        return features[f.ordinal()];
    }

    RankedSentence withProbability(double p) {
        return withFeatures(features, p);
    }

    /** The same candidate described by {@code f}, which the scorer gives {@code p}. */
    RankedSentence withFeatures(double[] f, double p) {
        return new RankedSentence(sentence, quote, passages, f, p, key, given, typed, scope, measure);
    }
}
