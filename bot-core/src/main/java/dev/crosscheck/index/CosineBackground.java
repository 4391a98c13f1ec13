package dev.crosscheck.index;

import java.util.List;

/**
 * How close a corpus's sentences usually are to a text: the mean and spread of their cosines to it, from a sample of
 * the corpus. A cosine means little on its own (each model has its own scale, each corpus its own vocabulary); how
 * many spreads it stands above the corpus's usual closeness says whether a sentence is really about the text.
 */
public record CosineBackground(double mean, double spread) {
    /** The background of {@code focus} (a unit vector) against sampled sentence vectors. */
    public static CosineBackground of(List<float[]> sample, float[] focus) {
        if (sample.size() < 2) {
            return new CosineBackground(0, 1);
        }
        double sum = 0;
        double squares = 0;
        for (float[] v : sample) {
            double c = Embedder.dot(v, focus);
            sum += c;
            squares += c * c;
        }
        double mean = sum / sample.size();
        double variance = Math.max(0, squares / sample.size() - mean * mean);
        return new CosineBackground(mean, Math.max(1e-6, Math.sqrt(variance)));
    }

    /** How many spreads the cosine stands above the corpus's mean. */
    public double standing(double cosine) {
        return (cosine - mean) / spread;
    }
}
