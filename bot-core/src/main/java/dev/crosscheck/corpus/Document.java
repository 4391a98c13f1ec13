package dev.crosscheck.corpus;

import java.util.List;

/**
 * One article: its id (path relative to the corpus folder, with forward slashes), its title (first non-empty line),
 * its decoded text, a content hash of the raw bytes, and its sentences.
 */
public record Document(String id, String title, String text, String hash, List<Sentence> sentences) {
    public Document {
        sentences = List.copyOf(sentences);
    }
}
