package dev.crosscheck.answer;

import dev.crosscheck.lexicon.RelatedWords;
import dev.crosscheck.quantity.Quantity;
import java.util.List;

/**
 * A sentence's figures with what each measures and the place it is tied to, read the first time a question about
 * a figure ranks the sentence: the same sentences come back question after question, and reading a figure's unit
 * and place was most of what a "how many" question cost past its search.
 */
final class SentenceFigures {
    /** A figure, what it measures and the place it is tied to ("" when none). */
    record Figure(Quantity quantity, Dimension dimension, String scope) {
    }

    private final String sentence;
    private final List<Quantity> parsed;
    private final RelatedWords lexicon;
    // Read lazily, without a lock: two threads reading one sentence at once compute the same lists.
    private volatile List<Figure> figures;
    private volatile List<Figure> compounds;

    SentenceFigures(String sentence, List<Quantity> parsed, RelatedWords lexicon) {
        this.sentence = sentence;
        this.parsed = parsed;
        this.lexicon = lexicon;
    }

    /** The figures the parser reads in the sentence. */
    List<Figure> figures() {
        List<Figure> read = figures;
        if (read == null) {
            read = parsed.stream()
                    .map(q -> new Figure(q, Dimension.of(sentence, q, lexicon), Places.scope(sentence, q))).toList();
            figures = read;
        }
        return read;
    }

    /** The figures joined to their units as adjectives, which the parser leaves out ("the 120-km line"). */
    List<Figure> compounds() {
        List<Figure> read = compounds;
        if (read == null) {
            read = FigureEvidence.measureCompounds(sentence).stream()
                    .map(c -> new Figure(c.quantity(), c.dimension(), Places.scope(sentence, c.quantity()))).toList();
            compounds = read;
        }
        return read;
    }
}
