package dev.crosscheck.conflict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A sentence's words with their offsets, lowercased, for the claim extractor's windows. */
record Words(List<Word> list) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’\\-]*|\\d[\\d,.]*\\d|\\d|%|[,;:.!?()\"“”]");

    record Word(String text, String lower, int start, int end) {
        boolean punctuation() {
            return !Character.isLetterOrDigit(text.charAt(0)) && !text.equals("%");
        }

        boolean capitalised() {
            return Character.isUpperCase(text.charAt(0));
        }
    }

    static Words of(String text) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(new Word(m.group(), m.group().toLowerCase(Locale.ROOT), m.start(), m.end()));
        }
        return new Words(out);
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
