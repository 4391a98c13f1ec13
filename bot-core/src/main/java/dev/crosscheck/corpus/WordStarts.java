package dev.crosscheck.corpus;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the words of a text start, for patterns that can only match there ("\b(?:killed|died)"): {@code find}
 * tries such a pattern at every character, and most characters of a sentence are inside words.
 */
public final class WordStarts {
    /** Patterns are few and static; the bound only keeps a caller that compiles them on the fly from growing it. */
    private static final int MAX_PATTERNS = 1024;
    private static final Map<Pattern, boolean[]> INITIALS = new ConcurrentHashMap<>();
    private final CharSequence text;
    private final int[] starts;
    private final int[] ends;
    /** How many of the arrays' entries are words (the rest is room). */
    private final int count;

    private WordStarts(CharSequence text, int[] starts, int[] ends, int count) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.count = count;
    }

    /** The word starts of a text, as {@code \b} reads them (a letter, digit or underscore after none). */
    public static WordStarts of(CharSequence text) {
        // About one word in six characters of news text; the arrays grow when there are more.
        int capacity = Math.max(8, text.length() / 5);
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int n = 0;
        int i = 0;
        while (i < text.length()) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
            }
            starts[n] = i;
            while (i < text.length() && isWordChar(text.charAt(i))) {
                i++;
            }
            ends[n++] = i;
        }
        return new WordStarts(text, starts, ends, n);
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        }
        // A combining mark continues its letter's word, as it does for \b.
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /**
     * Moves the matcher to the first match that starts at a word start in [from, to) and ends by {@code to}; false
     * when there is none. The matcher must be over this text or one with the same word starts (its lower-cased
     * form), and its pattern must match only at word starts.
     */
    public boolean find(Matcher m, int from, int to) {
        return findAmong(m, from, to, k -> true);
    }

    /**
     * Which ASCII characters a match of the pattern can start with. The pattern is tried on each character alone:
     * a match that fails there without running out of text ({@link Matcher#hitEnd}) fails on every text that
     * starts with that character. A positive lookbehind fails on a lone character whatever follows, so a pattern
     * with one may start anywhere.
     */
    static boolean[] initials(Pattern p) {
        boolean[] known = INITIALS.get(p);
        if (known != null) {
            return known;
        }
        boolean[] may = new boolean[128];
        boolean lookbehind = p.pattern().contains("(?<=");
        for (char c = 0; c < may.length; c++) {
            Matcher m = p.matcher(String.valueOf(c));
            may[c] = lookbehind || m.lookingAt() || m.hitEnd();
        }
        if (INITIALS.size() >= MAX_PATTERNS) {
            INITIALS.clear();
        }
        INITIALS.put(p, may);
        return may;
    }

    /** {@link #find(Matcher, int, int)}, trying only the words (letters, digits, underscores) that pass the test. */
    public boolean find(Matcher m, int from, int to, Predicate<String> word) {
        return findAmong(m, from, to, k -> word.test(text.subSequence(starts[k], ends[k]).toString()));
    }

    /** How many words the text has. */
    public int count() {
        return count;
    }

    /** Where the i-th word starts. */
    public int start(int i) {
        return starts[i];
    }

    /** Where the i-th word ends. */
    public int end(int i) {
        return ends[i];
    }

    /**
     * The search itself, over the words whose index passes the test and whose first character can start a match
     * (most words of a sentence cannot: "killed|died" can only start at a k or a d).
     */
    private boolean findAmong(Matcher m, int from, int to, IntPredicate tried) {
        boolean[] initials = initials(m.pattern());
        int i = Arrays.binarySearch(starts, 0, count, from);
        // Lookbehinds and \b see the text around the region, as they would in a plain find.
        m.useTransparentBounds(true);
        for (i = i < 0 ? -i - 1 : i; i < count && starts[i] < to; i++) {
            char first = text.charAt(starts[i]);
            if (first < initials.length && !initials[first] || !tried.test(i)) {
                continue;
            }
            m.region(starts[i], to);
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }
}
