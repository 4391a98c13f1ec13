package dev.crosscheck.corpus;

import java.util.Set;

/** Word lists that tell the sentence splitter whether a full stop after a word really ends a sentence. */
final class Abbreviations {

    /** How a word followed by a full stop behaves. */
    enum Kind {
        /** An ordinary word: the full stop ends the sentence unless a lowercase word follows. */
        NONE,
        /** Always followed by a name ("Mr.", "Gen.", "e.g."), so the full stop never ends the sentence. */
        TITLE,
        /** Only an abbreviation when a number follows ("No. 10"). */
        BEFORE_NUMBER,
        /**
         * Can close a sentence as well as sit inside one ("Apple Inc.", "the U.S.", "8 a.m.", "J."): it ends one only
         * before a typical sentence opener or at a line break.
         */
        AMBIGUOUS,
        /** "a.m."/"p.m.": ends a sentence unless a weekday or time zone follows ("8 a.m. Monday", "5 p.m. GMT"). */
        TIME
    }

    // Case-sensitive on purpose: "Gen." is a rank, "gen." is nothing we know.
    private static final Set<String> TITLES = Set.of(
            "Mr", "Mrs", "Ms", "Messrs", "Mme", "Dr", "Prof", "Gen", "Gens", "Col", "Lt", "Sgt", "Capt", "Cpl", "Pvt",
            "Maj", "Adm", "Brig", "Cmdr", "Gov", "Sen", "Sens", "Rep", "Reps", "Rev", "Hon", "Pres", "Supt", "Det",
            "Insp", "Atty", "Mt", "Ft", "vs", "v", "e.g", "i.e", "cf", "viz");

    private static final Set<String> BEFORE_NUMBERS = Set.of("No", "Nos", "no", "Vol", "vol", "p", "pp", "Art", "Fig");

    // Company suffixes, generational suffixes, months and street types often end a sentence in news copy,
    // so they cannot simply be "never split" like titles.
    private static final Set<String> AMBIGUOUS_WORDS = Set.of(
            "Inc", "Ltd", "Co", "Corp", "Bros", "Plc", "plc", "Jr", "Sr", "St", "Ave", "Blvd", "Rd",
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            "approx", "est", "al");

    private static final Set<String> TIMES = Set.of("a.m", "p.m", "A.M", "P.M");

    private static final Set<String> AFTER_TIMES = Set.of(
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue", "Wed", "Thu",
            "Fri", "Sat", "Sun", "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "MSK", "ET", "EST", "EDT", "CT",
            "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "Eastern", "Central", "Mountain", "Pacific");

    // Words that start sentences far more often than they follow "Inc." or "U.S." inside one.
    private static final Set<String> OPENERS = Set.of(
            "The", "A", "An", "It", "Its", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "My",
            "This", "That", "These", "Those", "There", "Here", "But", "And", "Or", "So", "Yet", "In", "On", "At", "As",
            "If", "When", "While", "After", "Before", "Since", "However", "Meanwhile", "Also", "Then", "Now", "Some",
            "Many", "Most", "All", "Both", "Each", "What", "Why", "How", "Who", "Where", "According", "Earlier",
            "Later", "Still", "Despite", "Although", "Though", "For", "With", "Under", "By", "From", "Mr", "Mrs", "Ms",
            "Dr", "Officials", "Analysts", "Shares");

    private Abbreviations() {
    }

    /** Classifies the word (letters and inner dots, no trailing dot) that stands right before a full stop. */
    static Kind classify(String word) {
        if (word.isEmpty()) {
            return Kind.NONE;
        }
        if (TITLES.contains(word)) {
            return Kind.TITLE;
        }
        if (BEFORE_NUMBERS.contains(word)) {
            return Kind.BEFORE_NUMBER;
        }
        if (TIMES.contains(word)) {
            return Kind.TIME;
        }
        if (AMBIGUOUS_WORDS.contains(word)) {
            return Kind.AMBIGUOUS;
        }
        // Dotted forms (U.S., U.K., Ph.D.) and single initials (J. K. Rowling) share the same ambiguity.
        if (isDottedAbbreviation(word) || (word.length() == 1 && Character.isUpperCase(word.charAt(0)))) {
            return Kind.AMBIGUOUS;
        }
        return Kind.NONE;
    }

    /** "U.S", "Ph.D", "U.S.A" but not "bbc.co.uk" or "industry.biz": dotted abbreviations have short pieces. */
    private static boolean isDottedAbbreviation(String word) {
        if (word.indexOf('.') < 0) {
            return false;
        }
        int piece = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '.') {
                piece = 0;
            } else if (!Character.isLetter(c) || ++piece > 2) {
                return false;
            }
        }
        return true;
    }

    static boolean canFollowTime(String word) {
        return AFTER_TIMES.contains(word);
    }

    static boolean isOpener(String word) {
        return OPENERS.contains(word);
    }
}
