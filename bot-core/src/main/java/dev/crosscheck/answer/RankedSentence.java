package dev.crosscheck.answer;

import dev.crosscheck.corpus.Sentence;
import java.util.Set;

/**
 * A candidate answer: the retrieved sentence, what the reply would quote for it (the sentence, with the one before
 * when it opens with a pronoun, and the next when only that one holds the answer), the wider passage quoted when the
 * scorer is unsure (the quote with the sentences either side, within a chat reply's length), its features and the
 * scorer's probability that it answers the question, and the evidence behind it: the answer's key for comparing
 * sources and its words as written, whether the figure is tied to a place, and which question words stand around it.
 */
public record RankedSentence(Sentence sentence, Sentence quote, Sentence passage, double[] features,
                             double probability, String key, String written, boolean typed, boolean scoped,
                             Set<String> measure) {
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
        return new RankedSentence(sentence, quote, passage, features, p, key, written, typed, scoped, measure);
    }
}
