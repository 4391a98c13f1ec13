package dev.crosscheck.answer;

import dev.crosscheck.cache.LruMap;
import dev.crosscheck.corpus.Sentence;
import dev.crosscheck.index.Token;
import dev.crosscheck.lexicon.RelatedWords;
import dev.crosscheck.quantity.QuantityParser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Analysed words of sentences, kept for reuse: ranking reads each candidate and its neighbours, and the same
 * sentences come back question after question, so analysing them once is most of the ranking's cost saved.
 */
final class SentenceTerms {
    private static final int CAPACITY = 50_000;

    /**
     * A sentence's tokens in order, the set of their stems for membership tests, its figures, and its runs of
     * letters as written (names are checked against those, case and all).
     */
    record Analysed(List<Token> tokens, Set<String> stems, SentenceFigures figures, List<String> words,
                    AnswerEvidence.Spans spans) {
        static Analysed of(Analyzer analyzer, RelatedWords lexicon, String text) {
            List<Token> tokens = List.copyOf(Token.of(analyzer, text));
            Set<String> stems = new HashSet<>();
            tokens.forEach(t -> stems.add(t.stem()));
            return new Analysed(tokens, Collections.unmodifiableSet(stems),
                    new SentenceFigures(text, List.copyOf(QuantityParser.parse(text)), lexicon), letterRuns(text),
                    AnswerEvidence.spans(text));
        }

        private static List<String> letterRuns(String text) {
            List<String> out = new ArrayList<>();
            int start = -1;
            for (int i = 0; i <= text.length(); i++) {
                boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
                if (letter && start < 0) {
                    start = i;
                } else if (!letter && start >= 0) {
                    out.add(text.substring(start, i));
                    start = -1;
                }
            }
            return List.copyOf(out);
        }
    }

    private final Analyzer analyzer;
    private final RelatedWords lexicon;
    /** The text's hash keeps a changed article's sentence from reusing its old analysis; a title has ordinal -1. */
    private record Key(String docId, int ordinal, int textHash) {
    }

    private final Map<Key, Analysed> cache = Collections.synchronizedMap(new LruMap<>(CAPACITY));

    /** {@code lexicon}: what tells a unit WordNet knows from a counted noun in a sentence's figures. */
    SentenceTerms(Analyzer analyzer, RelatedWords lexicon) {
        this.analyzer = analyzer;
        this.lexicon = lexicon;
    }

    Analysed of(Sentence s) {
        return cache.computeIfAbsent(new Key(s.docId(), s.ordinal(), s.text().hashCode()),
                k -> Analysed.of(analyzer, lexicon, s.text()));
    }

    /**
     * The stems of a sentence: its kept analysis when there is one, else analysed on the spot and not kept, so that
     * reading a whole article once does not push the sentences answers come back to out of the cache.
     */
    Set<String> stemsOf(Sentence s) {
        Analysed kept = cache.get(new Key(s.docId(), s.ordinal(), s.text().hashCode()));
        if (kept != null) {
            return kept.stems();
        }
        Set<String> stems = new HashSet<>();
        Token.of(analyzer, s.text()).forEach(t -> stems.add(t.stem()));
        return stems;
    }

    /** The words of any text, analysed on the spot and not kept (a quote cut to fit a reply is rare). */
    List<Token> tokensOf(String text) {
        return Token.of(analyzer, text);
    }

    /** A title's analysis. */
    Analysed of(String docId, String title) {
        return cache.computeIfAbsent(new Key(docId, -1, title.hashCode()), k -> Analysed.of(analyzer, lexicon, title));
    }
}
