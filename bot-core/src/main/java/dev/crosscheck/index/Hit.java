package dev.crosscheck.index;

import dev.crosscheck.corpus.Sentence;

/** A retrieved sentence with its fused score and the two signals behind it (BM25 score, cosine similarity). */
public record Hit(Sentence sentence, double score, float lexical, float dense) {
}
