package dev.crosscheck.answer;

import dev.crosscheck.corpus.Sentence;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
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

    private final Analyzer analyzer;
    private final Map<String, List<Token>> cache = Collections.synchronizedMap(
            new LinkedHashMap<>(1_024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<Token>> eldest) {
                    return size() > CAPACITY;
                }
            });

    SentenceTerms(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    List<Token> tokens(Sentence s) {
        // The text's hash keeps a changed article's sentence from reusing its old analysis.
        String key = s.docId() + '#' + s.ordinal() + '#' + s.text().hashCode();
        return cache.computeIfAbsent(key, k -> List.copyOf(Token.of(analyzer, s.text())));
    }

    List<Token> tokens(String docId, String text) {
        return cache.computeIfAbsent(docId + "#text#" + text.hashCode(), k -> List.copyOf(Token.of(analyzer, text)));
    }

    Set<String> stems(List<Token> tokens) {
        Set<String> out = new HashSet<>();
        tokens.forEach(t -> out.add(t.stem()));
        return out;
    }
}
