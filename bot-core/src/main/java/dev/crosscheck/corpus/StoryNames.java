package dev.crosscheck.corpus;

import java.util.HashSet;
import java.util.Set;

/**
 * Whether two articles are reports of the same story: a folder of thousands of articles holds many stories, and
 * "42 aircraft" in one has nothing to do with "70 aircraft" in another. Two reports are on one story when they name
 * enough of the same people, places and organisations.
 */
public final class StoryNames {
    /** Shared names that make two articles one story (Ukraine, Kyiv, Zelensky…). */
    static final int MIN_SHARED = 4;
    /** …and the share of the smaller article's names they must be. */
    static final double MIN_OVERLAP = 0.25;

    private StoryNames() {
    }

    /**
     * The names an article mentions mid-sentence, lower-cased: a capitalised word of three or more letters after a
     * letter or a comma and a space, not a sentence's first word. Read at each space by hand, since every article
     * of a corpus is read.
     */
    public static Set<String> names(Document doc) {
        Set<String> out = new HashSet<>();
        Set<String> shouted = null;
        String text = doc.text();
        for (int space = text.indexOf(' ', 1); space >= 0; space = text.indexOf(' ', space + 1)) {
            int before = text.codePointBefore(space);
            int start = space + 1;
            if (start >= text.length() || !(Character.isLetter(before) || before == ',' || before == ';')
                    || Character.getType(text.codePointAt(start)) != Character.UPPERCASE_LETTER) {
                continue;
            }
            int end = start + Character.charCount(text.codePointAt(start));
            int letters = 1;
            while (end < text.length() && isNamePart(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
                letters++;
            }
            // The name stops before an apostrophe, so "Kyiv's" is already "Kyiv".
            if (letters >= 3) {
                String word = text.substring(start, end);
                String lower = word.toLowerCase(java.util.Locale.ROOT);
                if (word.equals(word.toUpperCase(java.util.Locale.ROOT))) {
                    shouted = shouted == null ? new HashSet<>() : shouted;
                    shouted.add(lower);
                }
                out.add(lower);
            }
        }
        if (shouted != null) {
            // A word in capitals that the article also writes in lower case is emphasis, not a name ("the VERY
            // SAME part of the mine"); an acronym ("NATO") it never writes so.
            for (String word : shouted) {
                if (writesAsWord(text, word)) {
                    out.remove(word);
                }
            }
        }
        return out;
    }

    /** Whether the text has the lower-case word as a word of its own, not inside another. */
    private static boolean writesAsWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNamePart(int c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || c == '-' || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /**
     * Whether the two articles are reports of different stories as far as their names tell: each names enough
     * people, places and organisations to share {@link #MIN_SHARED} with the other, and they share too few. A short
     * report that names less is apart from none.
     */
    public static boolean apart(Document a, Document b) {
        if (a.id().equals(b.id())) {
            return false;
        }
        Set<String> x = names(a);
        Set<String> y = names(b);
        return x.size() >= MIN_SHARED && y.size() >= MIN_SHARED && !same(x, y);
    }

    /**
     * Whether two articles' {@link #names} make them one story: they share {@link #MIN_SHARED}, or every name of a
     * report that names fewer.
     */
    public static boolean same(Set<String> a, Set<String> b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
            return false;
        }
        // Counted over the smaller set: the count is the same either way, and detection asks this of every pair.
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int shared = 0;
        for (String n : small) {
            if (large.contains(n)) {
                shared++;
            }
        }
        // A short report that names fewer than that is of the story whose report names every one of them: two
        // one-line reports of deaths "in Lviv" are one story, as they are not apart (see apart).
        return shared >= MIN_SHARED && shared >= MIN_OVERLAP * Math.min(a.size(), b.size())
                || small.size() < MIN_SHARED && shared == small.size();
    }
}
