package dev.crosscheck.answer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Whether a text writes a word as a word of its own, and whether capitalised words may be a name. */
final class Mentions {
    /** Words of grammar that open a sentence in capitals ("In Brennholt, the chief executive said"): no name's. */
    private static final Set<String> OPENERS = Set.of("in", "at", "on", "for", "the", "a", "an", "but", "and", "as",
            "by", "from", "with", "after", "before", "when", "while", "its", "his", "her", "their", "this", "that",
            "to", "of", "it", "he", "she", "they", "we", "i");

    private Mentions() {
    }

    /** Whether {@code text} writes {@code word} (any case) with no letter or digit against it. */
    static boolean writes(String text, String word) {
        return Pattern.compile("(?iu)(?<![\\p{L}\\d])" + Pattern.quote(word) + "(?![\\p{L}\\d])").matcher(text).find();
    }

    /** Whether capitalised words may be a name: not opened by a word of grammar a sentence starts with. */
    static boolean mayBeName(String words) {
        return !OPENERS.contains(words.split("\\s+")[0].toLowerCase(Locale.ROOT));
    }
}
