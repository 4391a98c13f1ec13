package dev.crosscheck.index;

import java.util.Locale;

/** A place name and the adjective made from it ("Poland"/"Polish", "Ukraine"/"Ukrainian") name the same thing. */
public final class Demonyms {
    private static final String[] SUFFIXES = {"ish", "ian", "ean", "an", "ese", "i", "ic", "n"};

    private Demonyms() {
    }

    /** True when one word is the other's demonym: the name loses at most three letters and gains a demonym ending. */
    public static boolean related(String a, String b) {
        // Any pair shares its first three letters; checking that first spares lowercasing every word of a text.
        if (a.length() < 4 || b.length() < 4 || !a.regionMatches(true, 0, b, 0, 3)) {
            return false;
        }
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        return derived(x, y) || derived(y, x);
    }

    private static boolean derived(String place, String adjective) {
        if (place.length() < 4 || adjective.length() < 4 || place.equals(adjective)) {
            return false;
        }
        for (String suffix : SUFFIXES) {
            if (!adjective.endsWith(suffix)) {
                continue;
            }
            String stem = adjective.substring(0, adjective.length() - suffix.length());
            int dropped = place.length() - stem.length();
            // Short endings on short stems make false pairs (Iran/Iraqi), so only the long endings may leave three letters.
            int minStem = suffix.length() >= 3 ? 3 : 4;
            if (stem.length() >= minStem && dropped >= 0 && dropped <= 3 && place.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }
}
