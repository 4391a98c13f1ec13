package dev.crosscheck.corpus;

import java.util.regex.Pattern;

/**
 * A sentence of a document; {@code start} and {@code end} are offsets into the document's decoded text,
 * so {@code text} is always a verbatim substring of the source.
 */
public record Sentence(String docId, int ordinal, int start, int end, String text) {
    /** A full stop, a question or exclamation mark, then perhaps closing quotes or brackets, at the end. */
    private static final Pattern CLOSING = Pattern.compile("[.!?][\"”’')]*$");

    /** Whether the sentence ends as a sentence does, not as a headline, a byline or a list item. */
    public boolean closes() {
        return CLOSING.matcher(text.strip()).find();
    }
}
