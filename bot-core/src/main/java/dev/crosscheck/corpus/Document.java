package dev.crosscheck.corpus;

import java.time.Instant;
import java.util.List;

/**
 * One article: its id (path relative to the corpus folder, with forward slashes), its title (the front matter's, else
 * the first non-empty line), its decoded text without any front matter, a content hash of the raw bytes, its
 * sentences, when its file was last modified (null when not read from a file), and where it comes from.
 */
public record Document(String id, String title, String text, String hash, List<Sentence> sentences,
                       Instant modified, Origin origin) {
    /** Longer first lines are opening paragraphs of untitled articles, not headlines. */
    private static final int MAX_HEADLINE = 200;

    public Document {
        sentences = List.copyOf(sentences);
        origin = origin == null ? Origin.NONE : origin;
    }

    /** An article that does not say where it comes from. */
    public Document(String id, String title, String text, String hash, List<Sentence> sentences, Instant modified) {
        this(id, title, text, hash, sentences, modified, Origin.NONE);
    }

    /** An article with no file time. */
    public Document(String id, String title, String text, String hash, List<Sentence> sentences) {
        this(id, title, text, hash, sentences, null);
    }

    /** Whether the sentence is, or begins with, this article's title. */
    public boolean isHeadline(Sentence s) {
        return s.start() < title.length();
    }

    /** Whether the title is a headline, not the opening paragraph of an untitled article. */
    public boolean hasHeadline() {
        return title.length() <= MAX_HEADLINE;
    }
}
