package dev.crosscheck.corpus;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Whether two articles are reports of the same story: a folder of thousands of articles holds many stories, and
 * "42 aircraft" in one has nothing to do with "70 aircraft" in another. Two reports are on one story when they name
 * enough of the same people, places and organisations, and those names carry enough of what each article names.
 */
public final class StoryNames {
    /** Shared names that make two articles one story (Ukraine, Kyiv, Zelensky…). */
    public static final int MIN_SHARED = 4;
    /**
     * …and the share of the two articles' mentions of names that are of shared ones ({@link #share}). Counted by
     * mention, not by name: a story's own names recur ("Calderbrook" six times), while the people a report alone
     * quotes are named once or twice, and a long report quotes many (two reports of one bank breach shared six of 26
     * names, too few by name). Fitted by {@code ./crosscheck bench stories} (bench module, {@code StoryFit}) as the
     * share with the least balanced error between pairs of the development and read probe stories (one story each)
     * and pairs of BBC articles from different folders sharing {@link #MIN_SHARED} names (unrelated stories); see the
     * README.
     */
    public static final double MIN_SHARE = 0.28;

    private StoryNames() {
    }

    /** The names an article mentions mid-sentence, lower-cased (see {@link #mentions}). */
    public static Set<String> names(Document doc) {
        return mentions(doc).keySet();
    }

    /**
     * The names an article mentions mid-sentence, lower-cased, with how often: a capitalised word of three or more
     * letters after a letter or a comma and a space, not a sentence's first word. Read at each space by hand, since
     * every article of a corpus is read.
     */
    public static Map<String, Integer> mentions(Document doc) {
        Map<String, Integer> out = new HashMap<>();
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
                out.merge(lower, 1, Integer::sum);
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
        Map<String, Integer> x = mentions(a);
        Map<String, Integer> y = mentions(b);
        return x.size() >= MIN_SHARED && y.size() >= MIN_SHARED && !same(x, y);
    }

    /**
     * Whether two articles' {@link #mentions} make them one story: they share {@link #MIN_SHARED} names carrying
     * {@link #MIN_SHARE} of each one's mentions, or every name of a report that names fewer.
     */
    public static boolean same(Map<String, Integer> a, Map<String, Integer> b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
            return false;
        }
        int shared = shared(a, b);
        // A short report that names fewer than that is of the story whose report names every one of them: two
        // one-line reports of deaths "in Lviv" are one story, as they are not apart (see apart).
        return shared >= MIN_SHARED && share(a, b) >= MIN_SHARE
                || Math.min(a.size(), b.size()) < MIN_SHARED && shared == Math.min(a.size(), b.size());
    }

    /** How many names two articles share. */
    public static int shared(Map<String, Integer> a, Map<String, Integer> b) {
        // Counted over the smaller map: the count is the same either way, and detection asks this of every pair.
        Map<String, Integer> small = a.size() <= b.size() ? a : b;
        Map<String, Integer> large = small == a ? b : a;
        int shared = 0;
        for (String n : small.keySet()) {
            if (large.containsKey(n)) {
                shared++;
            }
        }
        return shared;
    }

    /**
     * The mean of the two articles' shares of their mentions that are of names the other names too: a short report
     * of a story mentions mostly the story's names, a long one many of its own besides (the smaller share fitted
     * better on the pairs, but split a three-line report from the long report it followed).
     */
    public static double share(Map<String, Integer> a, Map<String, Integer> b) {
        return (ownShare(a, b) + ownShare(b, a)) / 2;
    }

    private static double ownShare(Map<String, Integer> of, Map<String, Integer> other) {
        int all = 0;
        int shared = 0;
        for (Map.Entry<String, Integer> e : of.entrySet()) {
            all += e.getValue();
            if (other.containsKey(e.getKey())) {
                shared += e.getValue();
            }
        }
        return all == 0 ? 0 : (double) shared / all;
    }
}
