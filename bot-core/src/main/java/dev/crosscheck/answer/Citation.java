package dev.crosscheck.answer;

/** A numbered reference to a source: the document id, its title and a verbatim quote from it. */
public record Citation(int n, String source, String title, String quote) {
}
