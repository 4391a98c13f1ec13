package dev.crosscheck.index;

/** Reciprocal rank fusion: robust to the very different scales of BM25 scores and cosines. */
public final class RankFusion {
    /** The usual constant from Cormack et al.; larger values flatten the head of each list. */
    static final int K = 60;

    private RankFusion() {
    }

    public static double score(Candidate c) {
        double s = 0;
        if (c.lexicalRank() >= 0) {
            s += 1.0 / (K + c.lexicalRank() + 1);
        }
        if (c.denseRank() >= 0) {
            s += 1.0 / (K + c.denseRank() + 1);
        }
        return s;
    }
}
