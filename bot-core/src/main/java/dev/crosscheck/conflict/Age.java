package dev.crosscheck.conflict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Someone's age as a report gives it, and whose it is: a name ("Casimir Vole, 44,", "44-year-old Casimir Vole"),
 * the noun the age describes ("a 24-year-old man", "the driver, aged 47"), or neither ("the 61-year-old,", whom the
 * report has named before). An age is a fixed fact of one person, so two reports giving one person two ages
 * disagree. {@code start} and {@code end} hold the figure, {@code wordsEnd} the age's words ("24-year-old"),
 * {@code nameStart} and {@code nameEnd} the name as written (-1 for none).
 */
public record Age(String name, String noun, int value, int start, int end, int wordsEnd, int nameStart, int nameEnd) {
    private static final String NAME = "\\p{Lu}[\\p{L}'’\\-]+";
    private static final String NAMES = NAME + "(?:\\s+" + NAME + ")*";
    /** "24-year-old" or "24 years old", then a name or a noun. */
    private static final Pattern YEARS_OLD = Pattern.compile("\\b(\\d{1,3})(?:-year-old|\\s+years?\\s+old)\\s+"
            + "(?:(" + NAMES + ")|([a-z][a-z\\-]+))");
    /**
     * "20-year-old history student Tamsin Achebe-Reilly": a few words in lower case saying what the person is (no word
     * of grammar: "a 27-year-old man from the Eastgate area" names a place), then the name, whose age it is.
     */
    private static final Pattern YEARS_OLD_ROLE_NAME = Pattern.compile("\\b(\\d{1,3})-year-old\\s+"
            + "(?:(?!(?:the|a|an|of|from|in|at|on|with|by|for|to|and|or|who|which|that|was|were|is|has|had)\\b)"
            + "[a-z][a-z\\-]+\\s+){1,3}(" + NAMES + ")");
    /**
     * A name, a comma and an article or a possessive, right before an age: "Dennis Okafor-Lyle, a ", "Oskar Vantreel,
     * the ", "Helga Marrin, VMT's ".
     */
    private static final Pattern NAME_BEFORE = Pattern.compile("(" + NAMES + "),\\s+(?:an?|the|its|their|his|her|"
            + NAME + "['’]s)\\s+$");
    /**
     * The rest of what a person is (up to two words more) and a name set off by commas or closing the sentence:
     * " executive, Ilse Varnhagen,".
     */
    private static final Pattern APPOSED_NAME = Pattern.compile("(?:\\s+[a-z][a-z\\-]+){0,2},\\s+(" + NAMES
            + ")\\s*(?:,|\\.?$)");
    /** An age that names and describes no one: "The 61-year-old, who joined …", "said the 47-year-old.". */
    private static final Pattern YEARS_OLD_ALONE = Pattern.compile("\\b(\\d{1,3})-year-old(?=\\s*(?:[,.;:]|$))");
    /**
     * A name opening a sentence as its subject, after at most one capitalised word and three lower-case ones saying
     * what the person is: "Edith Marlowe has", "Former chief executive Malcolm Tredgold was", "The chain's chief
     * executive, Margaret Ollerenshaw, resigned".
     */
    private static final Pattern OPENING_NAME = Pattern.compile("^(?:\\p{Lu}[\\p{L}'’\\-]*\\s+)?"
            + "(?:\\p{Ll}[\\p{L}'’\\-]*,?\\s+){0,3}?(" + NAME + "(?:\\s+" + NAME + ")+)(?=,|\\s+\\p{Ll})");
    /** "the" right before an age: a person the report has named already. */
    private static final Pattern DEFINITE = Pattern.compile("\\b(?i:the)\\s+$");
    /** "the driver, aged 47". */
    private static final Pattern AGED = Pattern.compile(
            "\\b(?:the|a|an)\\s+([a-z][a-z\\-]+),?\\s+aged\\s+(\\d{1,3})\\b");
    /** "Casimir Vole, 44,": a name, its age between commas. */
    private static final Pattern APPOSITION = Pattern.compile("(" + NAMES + "),\\s+(\\d{1,3}),");

    /** The ages a sentence gives. */
    public static List<Age> in(String text) {
        List<Age> out = new ArrayList<>();
        // Most sentences give no age: the patterns run only where their words are (every sentence with a figure is
        // read here).
        boolean years = text.contains("year");
        boolean aged = text.contains("aged");
        boolean apposed = apposedFigure(text);
        if (!years && !aged && !apposed) {
            return out;
        }
        Matcher m = YEARS_OLD.matcher(text);
        Matcher named = YEARS_OLD_ROLE_NAME.matcher(text);
        while (years && m.find()) {
            if (m.group(2) != null) {
                out.add(new Age(whole(m.group(2)), null, value(m.group(1)), m.start(1), m.end(1), m.start(2) - 1,
                        m.start(2), m.end(2)));
            } else if (named.region(m.start(), text.length()).lookingAt()) {
                out.add(new Age(whole(named.group(2)), null, value(named.group(1)), named.start(1), named.end(1),
                        m.start(3) - 1, named.start(2), named.end(2)));
            } else {
                Matcher whose = NAME_BEFORE.matcher(text).region(0, m.start());
                if (whose.find()) {
                    // "Dennis Okafor-Lyle, a 52-year-old porter": the age is the name's, the noun what he is.
                    out.add(new Age(whole(whose.group(1)), null, value(m.group(1)), m.start(1), m.end(1),
                            m.start(3) - 1, whose.start(1), whose.end(1)));
                    continue;
                }
                out.add(new Age(null, m.group(3).toLowerCase(Locale.ROOT), value(m.group(1)), m.start(1), m.end(1),
                        m.start(3) - 1, -1, -1));
                Matcher then = APPOSED_NAME.matcher(text).region(m.end(3), text.length());
                if (then.lookingAt()) {
                    // "Its 48-year-old chief executive, Ilse Varnhagen, has built …": the name's age too; the noun's
                    // stays for reports that name no one ("a 36-year-old man, Tomas Wrenfield, died").
                    out.add(new Age(whole(then.group(1)), null, value(m.group(1)), m.start(1), m.end(1),
                            m.start(3) - 1, then.start(1), then.end(1)));
                }
            }
        }
        m = YEARS_OLD_ALONE.matcher(text);
        while (years && m.find()) {
            out.add(new Age(null, null, value(m.group(1)), m.start(1), m.end(1), m.end(), -1, -1));
        }
        m = AGED.matcher(text);
        while (aged && m.find()) {
            out.add(new Age(null, m.group(1).toLowerCase(Locale.ROOT), value(m.group(2)), m.start(2), m.end(2),
                    m.end(2), -1, -1));
        }
        m = APPOSITION.matcher(text);
        while (apposed && m.find()) {
            out.add(new Age(whole(m.group(1)), null, value(m.group(2)), m.start(2), m.end(2), m.end(2), m.start(1),
                    m.end(1)));
        }
        return out;
    }

    /** Whether "the" stands right before this age ("the 61-year-old"): one of someone named before. */
    boolean definite(String text) {
        return DEFINITE.matcher(text).region(0, start()).find();
    }

    /** Where the name opening {@code text} as its subject is ({start, end}), or null. */
    static int[] openingName(String text) {
        Matcher m = OPENING_NAME.matcher(text);
        if (!m.find()) {
            return null;
        }
        // A sentence's capital makes no name of a preposition: "In Kessel, where …" opens with a place's phrase (a
        // held-out user's resignation had "The 57-year-old" after it keyed to "In Kessel").
        String first = m.group(1).split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        return ClaimExtractor.PHRASE_END.contains(first) ? null : new int[] {m.start(1), m.end(1)};
    }

    /** Whether a comma and a space stand before a digit somewhere: where an apposed age can be. */
    private static boolean apposedFigure(String text) {
        for (int at = text.indexOf(", "); at >= 0 && at + 2 < text.length(); at = text.indexOf(", ", at + 1)) {
            if (Character.isDigit(text.charAt(at + 2))) {
                return true;
            }
        }
        return false;
    }

    /** Courtesy titles, which stand before a surname where a first name would. */
    static final java.util.Set<String> TITLES = java.util.Set.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof",
            "Sir", "Dame");
    /** A courtesy title and a surname, or a surname alone (lower-cased, as keys are): a person named again. */
    private static final Pattern SHORT_NAME = Pattern.compile("(?:(?i:" + String.join("|", TITLES) + ")\\.?\\s+)?"
            + "(\\p{L}[\\p{L}'’\\-]+)");

    /**
     * The person {@code name} (a key, lower-cased) is, named in full as {@code text} writes it ("Mrs Dunsford": "Meg
     * Dunsford"), when the text gives the surname one first name only; else empty: a report naming two Dunsfords
     * leaves "Mrs Dunsford" unknown.
     */
    static java.util.Optional<String> inFull(String name, String text) {
        Matcher shortName = SHORT_NAME.matcher(name);
        if (!shortName.matches()) {
            return java.util.Optional.empty();
        }
        String surname = shortName.group(1);
        Matcher m = Pattern.compile("(?<![\\p{L}'’\\-])(" + NAME + ")\\s+((?i:" + Pattern.quote(surname)
                + "))(?![\\p{L}'’\\-])").matcher(text);
        String found = null;
        while (m.find()) {
            String first = m.group(1);
            if (TITLES.contains(first) || !Character.isUpperCase(m.group(2).charAt(0))) {
                continue;
            }
            String full = text.substring(m.start(1), m.end()).replaceAll("\\s+", " ");
            if (found != null && !found.equals(full)) {
                return java.util.Optional.empty();
            }
            found = full;
        }
        return java.util.Optional.ofNullable(found);
    }

    private static int value(String digits) {
        return Integer.parseInt(digits);
    }

    /** A person's name as a key, whole: a father and a daughter share a surname ("Per Rusk, 72", "Annika Rusk, 38"). */
    static String whole(String name) {
        return String.join(" ", name.toLowerCase(Locale.ROOT).split("\\s+"));
    }
}
