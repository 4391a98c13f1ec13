package dev.crosscheck.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who holds an office a question asks about ("Who is the managing director of Orvane Chemicals?"), as English names
 * an office's holder beside it: "Orvane's managing director, Henrik Salvesen, said", "union general secretary Morag
 * Tillett", "Idris Vantberg, Chief Executive of Quillon Telecom". The office is the question's own words; what it is
 * of must be named by all its names in the sentence's article or, where it has none ("the union"), by its nouns around
 * the sentence.
 */
record RoleHolder(String role, List<String> of) {
    /** "Who is the R of X?", "who's the R at X", "Who was the R in X?", "Who is the R?" */
    private static final Pattern ASKED = Pattern.compile("(?i)^\\s*who(?:['’]s|s| is| was)\\s+the\\s+"
            + "([a-z][a-z\\-]*(?:\\s+[a-z][a-z\\-]*){0,3}?)(?:\\s+(?:of|at|for|in)\\s+([^?]+?))?\\s*\\??\\s*$");
    /** "Who is X's R?" */
    private static final Pattern ASKED_POSSESSIVE = Pattern.compile("(?i)^\\s*who(?:['’]s|s| is| was)\\s+([^?]+?)['’]s?"
            + "\\s+([a-z][a-z\\-]*(?:\\s+[a-z][a-z\\-]*){0,3}?)\\s*\\??\\s*$");
    /** A person's name: a title perhaps, then one to three capitalised words. */
    private static final String NAME = "(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Captain|Lord|Lady)\\.?\\s+)?"
            + "\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){0,2}";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\-]+");
    /** Words of grammar in what an office is of: "the", "of", "in" say no one thing. */
    private static final java.util.Set<String> GRAMMAR = java.util.Set.of("the", "a", "an", "of", "in", "at", "for",
            "and", "its", "their", "this", "that");

    /** The office a question asks the holder of, if it asks that. */
    static Optional<RoleHolder> asked(String question) {
        Matcher m = ASKED.matcher(question);
        if (m.matches()) {
            return Optional.of(new RoleHolder(m.group(1).toLowerCase(Locale.ROOT), words(m.group(2))));
        }
        m = ASKED_POSSESSIVE.matcher(question);
        if (m.matches()) {
            return Optional.of(new RoleHolder(m.group(2).toLowerCase(Locale.ROOT), words(m.group(1))));
        }
        return Optional.empty();
    }

    private static List<String> words(String of) {
        List<String> out = new ArrayList<>();
        if (of == null) {
            return out;
        }
        Matcher w = WORD.matcher(of);
        while (w.find()) {
            if (!GRAMMAR.contains(w.group().toLowerCase(Locale.ROOT))) {
                out.add(w.group());
            }
        }
        // Its names (and a year: "in 1895") say which it is; its common nouns only when it has none ("the union").
        List<String> names = out.stream().filter(RoleHolder::isName).toList();
        return names.isEmpty() ? out : names;
    }

    /** A word of what an office is of that names it: capitalised, or a year. */
    private static boolean isName(String word) {
        return Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0));
    }

    /**
     * The holder's name as the sentence gives it beside the office, if it does and what the office is of is named:
     * by its names in the sentence's {@code article}, by its common nouns in the {@code passage} around the sentence
     * (an article on an airline may speak of an airport's operator).
     */
    Optional<String> in(String sentence, String passage, String article) {
        String near = of.stream().anyMatch(RoleHolder::isName) ? article : passage;
        // Every one of them: an article on Deutsche Boerse is not about Deutsche Telekom.
        if (!of.stream().allMatch(w -> Mentions.writes(near, w))) {
            return Optional.empty();
        }
        String office = "(?i:" + Pattern.quote(role).replace(" ", "\\E[\\s\\-]+\\Q") + ")";
        // "general secretary Morag Tillett", "the chief executive, Idris Vantberg,", "Captain Kirr"; "the director of
        // the Tollmar Volcanological Observatory, Ines Marchetti".
        Matcher before = Pattern.compile("(?<![\\p{L}])" + office + "(?:,?\\s+|\\s+(?:of|at|for)\\s+[^,.;]{1,60},\\s+)("
                + NAME + ")").matcher(sentence);
        while (before.find()) {
            if (Mentions.mayBeName(before.group(1))) {
                return Optional.of(before.group(1));
            }
        }
        // "Idris Vantberg, Chief Executive of Quillon Telecom", "Henrik Salvesen, the company's managing director".
        Matcher after = Pattern.compile("(" + NAME + "),\\s+(?:[\\p{L}'’\\-]+\\s+){0,3}?" + office + "(?![\\p{L}])")
                .matcher(sentence);
        while (after.find()) {
            if (Mentions.mayBeName(after.group(1))) {
                return Optional.of(after.group(1));
            }
        }
        return Optional.empty();
    }
}
