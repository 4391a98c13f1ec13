package dev.crosscheck.index;

import java.util.List;

/**
 * A sentence's window as one vector: the normalised sum of its own and its neighbours' vectors, so a question can be
 * matched with what a passage says across sentences ("It was later reconnected." after "The plant lost power."),
 * stored as bytes since it is only ever read for candidates, never searched.
 */
final class WindowVectors {
    private static final float SCALE = 127f;

    private WindowVectors() {
    }

    /** The window of sentence {@code i} among its article's sentence vectors, quantised to one byte a dimension. */
    static byte[] window(List<float[]> article, int i) {
        float[] sum = article.get(i).clone();
        for (int j : new int[] {i - 1, i + 1}) {
            if (j >= 0 && j < article.size()) {
                float[] v = article.get(j);
                for (int k = 0; k < sum.length; k++) {
                    sum[k] += v[k];
                }
            }
        }
        float[] unit = Embedder.unit(sum);
        byte[] out = new byte[unit.length];
        for (int k = 0; k < unit.length; k++) {
            out[k] = (byte) Math.max(-127, Math.min(127, Math.round(unit[k] * SCALE)));
        }
        return out;
    }

    /** The dot product of a unit query vector with a quantised window. */
    static float dot(float[] query, byte[] bytes, int offset, int length) {
        float s = 0;
        int n = Math.min(length, query.length);
        for (int k = 0; k < n; k++) {
            s += query[k] * bytes[offset + k];
        }
        return s / SCALE;
    }
}
