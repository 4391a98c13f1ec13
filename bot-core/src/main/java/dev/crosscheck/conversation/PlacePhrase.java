package dev.crosscheck.conversation;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place or name as English says it in a question ("in Lviv", "the mayor of Kyiv", "there"): whether a message is
 * one, the place a question names, and a question with its place changed. Only prepositions and capitals are used.
 */
final class PlacePhrase {
    /** A word of a name: an apostrophe inside it ("O'Connell") but not a possessive's ("Kyiv's" is Kyiv). */
    private static final String NAME_WORD = "\\p{Lu}(?:[\\p{L}\\-]|['’](?!s\\b))*";
    /**
     * A name, or a place named with its kind: "Lviv", "the Lviv region", "Nova Kakhovka"; a kind word whole, not the
     * start of a longer one ("Kyiv's districts"); not a day or a month ("on Thursday" is when: a fresh user's "how
     * many people work there?" had been read "How many people work in Thursday?").
     */
    private static final String NAME = "(?:the )?(?!" + TimePhrase.NOUN + ")" + NAME_WORD + "(?: " + NAME_WORD + ")*"
            + "(?: (?:region|oblast|province|district|city|county|state)\\b)?";
    /**
     * A place after a preposition: "in Lviv", "in the Lviv region", "near Kharkiv", and "of Kharkiv", which only
     * takes the place of a question's "of Kyiv" ({@link #attaches}).
     */
    private static final Pattern PLACE = Pattern.compile(
            "\\b(?i:in|at|near|from|on|across|around|outside|inside|to|of) " + NAME);
    private static final Pattern OF = Pattern.compile("(?i)^of\\b");
    /** Where a question names its place: after a place preposition, or after "of" ("the mayor of Kyiv"). */
    private static final Pattern NAMED_PLACE = Pattern.compile(
            "\\b((?i:in|at|near|from|on|across|around|outside|inside|to|of)) " + NAME);
    private static final Pattern NAME_ALONE = Pattern.compile(NAME);
    /** A named place with the space before it, to take out. */
    private static final Pattern SPACED_PLACE = Pattern.compile("\\s*" + NAMED_PLACE.pattern());
    /** "There" as a place, not as in "were there" or "there are": no form of "be" beside it. */
    private static final Pattern THERE = Pattern.compile("(?i)(?<!\\b(?:is|are|was|were|be|been) )\\bthere\\b"
            + "(?! (?:is|are|was|were|be|been|have|has|had)\\b)");

    private PlacePhrase() {
    }

    /** The message is a place after its preposition and nothing else: "in Lviv". */
    static boolean isPlace(String message) {
        return PLACE.matcher(message).matches();
    }

    /**
     * A place phrase that can end any question ("in Lviv": how many were killed in Lviv?); "of Kharkiv" belongs to
     * a noun ("the mayor of Kharkiv") and can only replace another "of".
     */
    static boolean attaches(String place) {
        return !OF.matcher(place).find();
    }

    /** The message is a name and nothing else: "Lviv", "the Kharkiv region". */
    static boolean isName(String message) {
        return NAME_ALONE.matcher(message).matches();
    }

    /** The place a question names last, after a place preposition or "of" (without it), or null. */
    static String named(String question) {
        Matcher m = NAMED_PLACE.matcher(question);
        String place = null;
        while (m.find()) {
            place = m.group().substring(m.group(1).length() + 1);
        }
        return place;
    }

    /** Where the question's first place phrase starts ("in Lviv", "of Kyiv"), or its length when it names none. */
    static int start(String question) {
        Matcher m = NAMED_PLACE.matcher(question);
        return m.find() ? m.start() : question.length();
    }

    /**
     * The question with its last named place replaced by {@code place}, behind the question's own preposition when
     * {@code bare} (a name without one), or null when it names none.
     */
    static String into(String question, String place, boolean bare) {
        Matcher m = NAMED_PLACE.matcher(question);
        MatchResult last = null;
        boolean of = !bare && !attaches(place);
        while (m.find()) {
            if (!of || m.group(1).equalsIgnoreCase("of")) {
                last = m.toMatchResult();
            }
        }
        if (last == null) {
            return null;
        }
        return question.substring(0, last.start()) + (bare ? last.group(1) + " " : "") + place
                + question.substring(last.end());
    }

    /** The text without the places it names ("the governor of Odesa" without "of Odesa"). */
    static String without(String text) {
        return SPACED_PLACE.matcher(text).replaceAll("").strip();
    }

    /** The message with a "there" that stands for a place replaced by "in" and {@code place}. */
    static String forThere(String message, String place) {
        Matcher m = THERE.matcher(message);
        if (!m.find()) {
            return message;
        }
        return message.substring(0, m.start()) + "in " + place + message.substring(m.end());
    }
}
