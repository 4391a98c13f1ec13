package dev.crosscheck.answer;

import dev.crosscheck.corpus.Sentence;

/**
 * A candidate answer sentence with the evidence behind its rank: how much of the question it covers (alone and
 * with its neighbours), whether it holds an answer of the asked type (and which, as a key for comparing sources),
 * and whether it is about the names the question mentions.
 */
record RankedSentence(Sentence sentence, double score, double coverage, double cosine, boolean typed, String key,
                      boolean aboutNames, boolean scoped, java.util.Set<String> measure) {
    boolean answers(double minCoverage) {
        return typed && aboutNames && coverage >= minCoverage;
    }
}
