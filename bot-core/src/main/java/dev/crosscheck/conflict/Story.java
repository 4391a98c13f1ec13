package dev.crosscheck.conflict;

import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.WordStarts;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two claims come from reports of the same story: a folder of thousands of articles holds many stories,
 * and "42 aircraft" in one has nothing to do with "70 aircraft" in another. Two reports are on one story when
 * they name enough of the same people, places and organisations.
 */
final class Story {
    /** Shared names that make two articles one story (Ukraine, Kyiv, Zelensky…). */
    static final int MIN_SHARED = 4;
    /** …and the share of the smaller article's names they must be. */
    static final double MIN_OVERLAP = 0.25;
    /** A capitalised word after a letter or a comma and a space: a name, not a sentence's first word. */
    private static final Pattern MID_SENTENCE_NAME = Pattern.compile("\\p{Lu}(?<=[\\p{L},;] \\p{Lu})[\\p{L}\\p{M}\\-]{2,}");

    private Story() {
    }

    static Set<String> names(Document doc) {
        Set<String> out = new HashSet<>();
        String text = doc.text();
        Matcher m = MID_SENTENCE_NAME.matcher(text);
        WordStarts starts = WordStarts.of(text);
        // Its lookbehind hides its initials from WordStarts: a name starts with a capital.
        for (int at = 0; starts.findByInitial(m, at, text.length(), Character::isUpperCase); at = m.end()) {
            // The name pattern stops before an apostrophe, so "Kyiv's" is already "Kyiv".
            out.add(m.group().toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    static boolean same(Set<String> a, Set<String> b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
            return false;
        }
        int shared = 0;
        for (String n : a) {
            if (b.contains(n)) {
                shared++;
            }
        }
        return shared >= MIN_SHARED && shared >= MIN_OVERLAP * Math.min(a.size(), b.size());
    }
}
