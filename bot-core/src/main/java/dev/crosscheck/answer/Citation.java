package dev.crosscheck.answer;

import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.Origin;

/**
 * A numbered reference to a source: the document id, its title, a verbatim quote from it, and where the document
 * comes from (its address, outlet and date when its front matter gives them; {@link Origin#NONE} for a plain file).
 */
public record Citation(int n, String source, String title, String quote, Origin origin) {
    public Citation {
        origin = origin == null ? Origin.NONE : origin;
    }

    /** A reference to a source that does not say where it comes from. */
    public Citation(int n, String source, String title, String quote) {
        this(n, source, title, quote, Origin.NONE);
    }

    /** The same reference under another number (replies put together renumber their sources). */
    public Citation withNumber(int number) {
        return new Citation(number, source, title, quote, origin);
    }

    /** Cites {@code quote} from document {@code source} with its title and origin; its id is the title when it is gone. */
    public static Citation of(int n, String source, String quote, Corpus corpus) {
        return corpus.document(source)
                .map(d -> new Citation(n, source, d.title(), quote, d.origin()))
                .orElseGet(() -> new Citation(n, source, source, quote));
    }
}
