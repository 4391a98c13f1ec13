package dev.crosscheck.index;

import java.util.concurrent.CompletableFuture;

/**
 * A question's embeddings, perhaps still being computed: the BM25 search runs meanwhile and only the vector search
 * waits for them. {@code asked} is a follow-up's own words alone, or null.
 */
public record QueryVectors(CompletableFuture<float[]> question, CompletableFuture<float[]> asked) {
    /** Vectors already computed; {@code asked} may be null. */
    public static QueryVectors of(float[] question, float[] asked) {
        return new QueryVectors(CompletableFuture.completedFuture(question), CompletableFuture.completedFuture(asked));
    }

    /** The question's vector, once computed. */
    public float[] questionVector() {
        return Await.result(question);
    }

    /** The vector of a follow-up's own words, once computed, or null. */
    public float[] askedVector() {
        return Await.result(asked);
    }
}
