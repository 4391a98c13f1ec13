package dev.crosscheck.summary;

import java.util.Locale;
import java.util.Optional;

/** How long a summary is: short is about three sentences, normal six to eight. */
public enum Length {
    SHORT(3, 650), NORMAL(7, 1_050);

    private final int sentences;
    private final int maxChars;

    Length(int sentences, int maxChars) {
        this.sentences = sentences;
        this.maxChars = maxChars;
    }

    public int sentences() {
        return sentences;
    }

    /** The text budget that keeps the whole message, sources included, within one Discord message. */
    public int maxChars() {
        return maxChars;
    }

    public static Optional<Length> named(String word) {
        try {
            return Optional.of(valueOf(word.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
