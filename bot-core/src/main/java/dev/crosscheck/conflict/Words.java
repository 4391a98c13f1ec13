package dev.crosscheck.conflict;

import dev.crosscheck.quantity.QuantityParser;
import java.util.ArrayList;
import java.util.List;

/** A sentence's words with their offsets, lowercased, for the claim extractor's windows. */
record Words(List<Word> list) {

    /** A word, lower-cased, with its offsets and its first character as written (for its case). */
    record Word(String lower, int start, int end, char first) {
        boolean punctuation() {
            return !Character.isLetterOrDigit(first) && first != '%';
        }

        boolean capitalised() {
            return Character.isUpperCase(first);
        }
    }

    /**
     * The words of a text, as {@code WORD} would find them: letters (with apostrophes and hyphens inside), figures
     * ("1,200.5"), "%" and punctuation. Scanned by hand: every sentence of a corpus goes through here.
     */
    static Words of(String text) {
        return of(text, QuantityParser.lowerCased(text));
    }

    /** {@link #of(String)} for a caller that has the text's {@link QuantityParser#lowerCased} form. */
    static Words of(String text, String lower) {
        // Every sentence's words pass through here: one string per word, cut from the lower-cased sentence.
        List<Word> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int start = i;
            if (isLetter(c)) {
                i++;
                // A code of letters and digits is one word: "A7", "M25", "Covid-19" (not the article "a" and a 7).
                while (i < n && (isLetter(text.charAt(i)) || Character.isDigit(text.charAt(i))
                        || "'’-".indexOf(text.charAt(i)) >= 0)) {
                    i++;
                }
            } else if (Character.isDigit(c)) {
                int lastDigit = i;
                i++;
                while (i < n && (Character.isDigit(text.charAt(i)) || text.charAt(i) == ',' || text.charAt(i) == '.')) {
                    if (Character.isDigit(text.charAt(i))) {
                        lastDigit = i;
                    }
                    i++;
                }
                i = lastDigit + 1;
            } else if (",;:.!?()\"“”%".indexOf(c) >= 0) {
                i++;
            } else {
                i++;
                continue;
            }
            out.add(new Word(lower.substring(start, i), start, i, c));
        }
        return new Words(out);
    }

    private static boolean isLetter(char c) {
        if (c < 128) {
            // Most characters are ASCII; Character's tables are a slower road to the same answer.
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Index of the first word starting at or after the offset (size() when none). */
    int at(int offset) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).start() >= offset) {
                return i;
            }
        }
        return list.size();
    }

    int size() {
        return list.size();
    }

    Word get(int i) {
        return list.get(i);
    }
}
