package dev.crosscheck.index;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** British and American spellings of the same word ("defence"/"defense", "organise"/"organize") find each other. */
public final class Spelling {
    private static final String[][] PAIRS = {
            {"ence", "ense"}, {"isation", "ization"}, {"ise", "ize"}, {"ised", "ized"}, {"ising", "izing"},
            {"yse", "yze"}, {"our", "or"}, {"ours", "ors"}, {"tre", "ter"}, {"tres", "ters"},
            {"ogue", "og"}};

    private Spelling() {
    }

    /** The word's other spellings by suffix (lowercased), not including the word itself. */
    public static Set<String> alternates(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        if (w.length() < 5) {
            return out;
        }
        for (String[] pair : PAIRS) {
            if (w.endsWith(pair[0])) {
                out.add(w.substring(0, w.length() - pair[0].length()) + pair[1]);
            }
            if (w.endsWith(pair[1])) {
                out.add(w.substring(0, w.length() - pair[1].length()) + pair[0]);
            }
        }
        out.remove(w);
        return out;
    }
}
