package dev.crosscheck.corpus;

import java.util.regex.Pattern;

/** How a name looks in English text: it opens with a capital, or is written in lower case with one inside ("iPod"). */
public final class NameShape {
    /**
     * A word shaped as a name, for use inside larger patterns. Its hyphenated parts are capitalised too
     * ("Hewlett-Packard"); a lower-case part ends it, since "London-based" and "Ukrainian-held" are adjectives made
     * of a name, which is the part before the hyphen.
     */
    public static final String WORD = "(?:\\p{Lu}|\\p{Ll}{1,2}\\p{Lu})[\\p{L}\\p{M}'’]*(?:-\\p{Lu}[\\p{L}\\p{M}'’]*)*";

    /** A name in lower case has its capital among its first three letters: "eBay", "iPod", "eDonkey". */
    private static final Pattern CAPITAL_INSIDE = Pattern.compile("\\p{Ll}{1,2}\\p{Lu}.*");

    private NameShape() {
    }

    /** Whether a word opens with a capital or has one among its first three letters. */
    public static boolean isName(String word) {
        return !word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || isCapitalisedInside(word));
    }

    /** A word in lower case with a capital among its first three letters: "eBay", "iPod", "eDonkey". */
    public static boolean isCapitalisedInside(String word) {
        return CAPITAL_INSIDE.matcher(word).matches();
    }
}
