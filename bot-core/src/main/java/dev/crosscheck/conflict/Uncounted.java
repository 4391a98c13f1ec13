package dev.crosscheck.conflict;

import dev.crosscheck.quantity.Quantity;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numerals a report writes that count nothing its claims could compare: a label ("near junction 23"), the people
 * who said a thing ("…, two officers on duty that night said."), how much a sum moved ("fallen by £21 million") and
 * one singled out of a group ("…, but one officer sustained a head injury"). Each was a fresh user's false report.
 */
final class Uncounted {
    /** A verb's form, then "by", right before a figure: "has fallen by", "were cut by", "rose by". */
    private static final Pattern VERB_BY = Pattern.compile("\\b(\\p{L}+)\\s+by\\s*$");
    /** "but" right before a figure: "Most of their injuries were minor, but one officer…". */
    private static final Pattern BUT_BEFORE = Pattern.compile("\\bbut\\s+$");

    private final WordKinds kinds;

    Uncounted(WordKinds kinds) {
        this.kinds = kinds;
    }

    /**
     * A numeral written right after a common noun, one WordNet's tagged texts use as a noun, names which one it is
     * ("near junction 23", "ward 9", "between junctions 21 and 24"); a count comes before its noun or after a verb or
     * a preposition ("stands at 3": "at" is astatine's symbol to WordNet, but never a noun in its texts).
     */
    boolean labelled(String text, Words words, Quantity q) {
        int k = words.at(q.start());
        if (!Character.isDigit(text.charAt(q.start())) || k == 0) {
            return false;
        }
        Words.Word before = words.get(k - 1);
        if (before.end() > q.start() || !text.substring(before.end(), q.start()).isBlank() || before.capitalised()) {
            return false;
        }
        String lower = before.lower();
        return Character.isLetter(lower.charAt(0)) && kinds.isTaggedNoun(lower) && kinds.inflectedVerb(lower) == null
                && Lexicon.unit(lower) == null && !kinds.isTime(lower);
    }

    /**
     * The counted say what the sentence reports, set after it: "…, two officers on duty that night said." Their
     * figure opens a clause after a comma (only words neither noun nor verb between, "some", "only"), and a verb of
     * saying ends the sentence with no other verb and no "and" between it and them.
     */
    boolean sayers(Words words, int figureStart, int phraseEnd) {
        if (!afterComma(words.list(), words.at(figureStart))) {
            return false;
        }
        List<Words.Word> list = words.list();
        for (int i = words.at(phraseEnd); i < list.size(); i++) {
            Words.Word w = list.get(i);
            String lower = w.lower();
            if (w.punctuation() || lower.equals("and")) {
                return false;
            }
            // A verb's form, not a noun or a particle a verb of saying may also be written as ("bow", "out").
            if (kinds.inflectedVerb(lower) != null && !kinds.isThing(lower)) {
                boolean ends = i + 1 >= list.size() || list.get(i + 1).lower().equals(".");
                return ends && kinds.isSaying(lower);
            }
        }
        return false;
    }

    /** The words before the {@code k}th go back to a comma through words that are neither nouns nor verbs. */
    private boolean afterComma(List<Words.Word> list, int k) {
        for (int i = k - 1; i >= 0; i--) {
            String lower = list.get(i).lower();
            if (list.get(i).punctuation()) {
                return lower.equals(",");
            }
            if (!Character.isLetter(lower.charAt(0)) || kinds.isThing(lower) || kinds.inflectedVerb(lower) != null) {
                return false;
            }
        }
        return false;
    }

    /** The figure at {@code start} is what a verb's "by" says something moved by ("fallen by £21 million"). */
    boolean changedBy(String text, int start) {
        Matcher m = VERB_BY.matcher(text).region(Math.max(0, start - 40), start);
        return m.find() && kinds.inflectedVerb(m.group(1).toLowerCase(Locale.ROOT)) != null;
    }

    /** "…, but one officer sustained a head injury": one of those the clause before spoke of, not a count of them. */
    static boolean butOne(String lower, Quantity q) {
        return q.value() == 1 && BUT_BEFORE.matcher(lower).region(Math.max(0, q.start() - 8), q.start()).find();
    }
}
