package dev.crosscheck.conflict;

import dev.crosscheck.corpus.Sentence;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The roles a report gives the people it names, by surname: "Lyle Brandvold, 52, a Meridale track maintenance
 * supervisor", "supervisor Lyle Brandvold", "the supervisor, Lyle Brandvold,". Another report's "The supervisor has not
 * been arrested" is about the man this one says "was arrested" by name (a fresh user's derailment had the two apart).
 */
final class Roles {
    /** How many words may describe a role between its article and its noun. */
    private static final int MODIFIERS = 5;

    private Roles() {
    }

    /** The surnames the sentences give one of the roles asked of, with those roles; empty when none. */
    static Map<String, Set<String>> of(List<Sentence> sentences, Set<String> roles) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Sentence s : sentences) {
            if (roles.stream().noneMatch(s.text()::contains)) {
                continue;
            }
            Words words = Words.of(s.text());
            for (int m = 0; m < words.size(); m++) {
                String role = words.get(m).lower();
                if (!roles.contains(role)) {
                    continue;
                }
                String before = nameBefore(words, m);
                if (before != null) {
                    out.computeIfAbsent(before, k -> new HashSet<>()).add(role);
                }
                String after = nameAfter(words, m);
                if (after != null) {
                    out.computeIfAbsent(after, k -> new HashSet<>()).add(role);
                }
            }
        }
        return out;
    }

    /**
     * The surname of a name the role at {@code m} stands in apposition after: "Brandvold, 52, a … supervisor",
     * "Brandvold, the supervisor"; else null.
     */
    private static String nameBefore(Words words, int m) {
        int k = m - 1;
        while (k >= 0 && m - k <= MODIFIERS && !words.get(k).punctuation()
                && !WordKinds.ARTICLES.contains(words.get(k).lower())) {
            k--;
        }
        if (k < 1 || !WordKinds.ARTICLES.contains(words.get(k).lower()) || !words.get(k - 1).lower().equals(",")) {
            return null;
        }
        k -= 2;
        if (k >= 1 && Character.isDigit(words.get(k).first()) && words.get(k - 1).lower().equals(",")) {
            k -= 2; // ", 52,"
        }
        return k >= 1 && words.get(k).capitalised() && words.get(k - 1).capitalised() ? words.get(k).lower() : null;
    }

    /**
     * The surname of a name right after the role, as a title ("supervisor Lyle Brandvold") or set off by commas
     * ("the supervisor, Lyle Brandvold,"); else null. A name has two capitalised words at least.
     */
    private static String nameAfter(Words words, int m) {
        int k = m + 1;
        if (k < words.size() && words.get(k).lower().equals(",")) {
            k++;
        }
        int last = k;
        while (last + 1 < words.size() && words.get(last + 1).capitalised()) {
            last++;
        }
        return last < words.size() && last > k && words.get(k).capitalised() ? words.get(last).lower() : null;
    }
}
