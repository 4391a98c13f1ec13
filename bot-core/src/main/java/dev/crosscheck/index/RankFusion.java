package dev.crosscheck.index;

/** Reciprocal rank fusion: robust to the very different scales of BM25 scores and cosines. */
public final class RankFusion {
    /** The usual constant from Cormack et al.; larger values flatten the head of each list. */
    static final int K = 60;

    private RankFusion() {
    }

    public static double score(Candidate c) {
        return score(c.lexicalRank(), c.denseRank());
    }

    /** The fused score of ranks in the two lists, -1 for a list that did not return the sentence. */
    static double score(int lexicalRank, int denseRank) {
        double s = 0;
        if (lexicalRank >= 0) {
            s += 1.0 / (K + lexicalRank + 1);
        }
        if (denseRank >= 0) {
            s += 1.0 / (K + denseRank + 1);
        }
        return s;
    }
}
