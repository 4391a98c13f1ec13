package dev.crosscheck.index;

/**
 * A sentence found by BM25, by vector search or by both: its ranks (-1 when that side did not return it),
 * its BM25 score (0 when absent), its cosine similarity to the query and its window's (both always known), and its
 * cosine to a second query vector (0 when none was given).
 */
public record Candidate(String docId, int ordinal, int lexicalRank, float lexical, int denseRank, float cosine,
                        float windowCosine, float askedCosine) {

    static final class Builder {
        final int luceneDoc;
        int lexicalRank = -1;
        float lexical;
        int denseRank = -1;
        float cosine;
        float windowCosine;
        float askedCosine;

        Builder(int luceneDoc) {
            this.luceneDoc = luceneDoc;
        }

        void lexical(int rank, float score) {
            lexicalRank = rank;
            lexical = score;
        }

        void dense(int rank, float score) {
            denseRank = rank;
            cosine = score;
        }

        Candidate build(String docId, int ordinal) {
            return new Candidate(docId, ordinal, lexicalRank, lexical, denseRank, cosine, windowCosine, askedCosine);
        }
    }
}
