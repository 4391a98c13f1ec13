package dev.crosscheck.corpus;

/**
 * A sentence of a document; {@code start} and {@code end} are offsets into the document's decoded text,
 * so {@code text} is always a verbatim substring of the source.
 */
public record Sentence(String docId, int ordinal, int start, int end, String text) {
}
