package dev.crosscheck.corpus;

import java.util.List;

/**
 * One article: its id (path relative to the corpus folder, with forward slashes), its title (first non-empty line),
 * its decoded text, a content hash of the raw bytes, its sentences, and when its file was last modified (null when
 * not read from a file).
 */
public record Document(String id, String title, String text, String hash, List<Sentence> sentences,
                       java.time.Instant modified) {
    public Document {
        sentences = List.copyOf(sentences);
    }

    /** An article with no file time. */
    public Document(String id, String title, String text, String hash, List<Sentence> sentences) {
        this(id, title, text, hash, sentences, null);
    }
}
