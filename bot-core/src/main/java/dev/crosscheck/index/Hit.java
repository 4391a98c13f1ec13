package dev.crosscheck.index;

import dev.crosscheck.corpus.Sentence;

/**
 * A retrieved sentence with its fused score and the signals behind it: BM25 score, cosine similarity to the query,
 * the cosine of its window (it with its neighbours) to the query, and its cosine to a second query vector when one
 * was given (0 otherwise): a follow-up's own words.
 */
public record Hit(Sentence sentence, double score, float lexical, float dense, float window, float asked) {
}
