package dev.crosscheck.summary;

import dev.crosscheck.answer.Citation;
import java.util.List;

/**
 * A summary with its [n] citations, or ({@code found} false) a message saying why there is none: an unknown
 * source, an ambiguous one, or a topic nothing covers.
 */
public record Summary(boolean found, String text, List<Citation> citations) {
    public Summary {
        citations = List.copyOf(citations);
    }

    public static Summary none(String message) {
        return new Summary(false, message, List.of());
    }
}
