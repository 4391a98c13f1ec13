package dev.crosscheck.corpus;

import java.util.Set;

/** Judges lines without terminal punctuation: a headline stands alone, a hard-wrapped line runs on. */
final class Headlines {

    // A headline practically never ends on one of these; a line wrapped at a fixed width often does.
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "into", "onto", "upon",
            "about", "over", "under", "after", "before", "between", "against", "during", "through", "and", "or", "but",
            "nor", "as", "that", "which", "who", "whom", "whose", "than", "is", "are", "was", "were", "be", "been",
            "has", "have", "had", "will", "would", "could", "should", "may", "might", "must", "not", "its", "their",
            "his", "her", "our", "your", "my", "this", "these", "those", "per", "via");

    private static final String CONTINUATION_MARKS = ",;:-\u2013\u2014(&/+=";

    private static final int MAX_TITLE_LENGTH = 160;

    // Hard-wrapped text uses 60 to 100 columns; past this, lines are whole paragraphs.
    private static final int MAX_WRAP_WIDTH = 120;
    private static final int MIN_FULL_LINES = 3;

    private Headlines() {
    }

    /**
     * The column a text seems hard-wrapped at, or {@link Integer#MAX_VALUE} if it is not. Wrapped text has several
     * lines close to its longest one; a headline over a single paragraph does not.
     */
    static int wrapWidth(String text) {
        int longest = 0;
        for (int from = 0; from <= text.length(); from = nextLine(text, from)) {
            longest = Math.max(longest, lineLength(text, from));
            if (longest > MAX_WRAP_WIDTH) {
                return Integer.MAX_VALUE;
            }
        }
        int full = 0;
        for (int from = 0; from <= text.length(); from = nextLine(text, from)) {
            if (lineLength(text, from) * 100 >= longest * 85) {
                full++;
            }
        }
        return full >= MIN_FULL_LINES ? longest : Integer.MAX_VALUE;
    }

    /** Length of the line starting at {@code from}, without trailing whitespace or the line break. */
    private static int lineLength(String text, int from) {
        int end = from;
        while (end < text.length() && !SentenceSplitter.isLineBreak(text.charAt(end))) {
            end++;
        }
        while (end > from && SentenceSplitter.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return end - from;
    }

    /** Start of the line after the one starting at {@code from}; past the end of the text after the last line. */
    static int nextLine(String text, int from) {
        int i = from;
        while (i < text.length() && !SentenceSplitter.isLineBreak(text.charAt(i))) {
            i++;
        }
        // "\r\n" counts as one break, so Windows files do not get an empty line between every two lines.
        if (i + 1 < text.length() && text.charAt(i) == '\r' && text.charAt(i + 1) == '\n') {
            i++;
        }
        return i + 1;
    }

    /** True when text[from..last] (last inclusive) clearly stops mid-sentence: a comma, a dash, "of", "the"... */
    static boolean endsMidSentence(String text, int from, int last) {
        if (CONTINUATION_MARKS.indexOf(text.charAt(last)) >= 0) {
            return true;
        }
        int wordStart = last + 1;
        while (wordStart > from && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return wordStart <= last && FUNCTION_WORDS.contains(text.substring(wordStart, last + 1));
    }

    /**
     * True for a Title Case line ("Russian Rocket Barrage Hits Ukrainian Cities"), which stands alone even when the
     * next line starts in lowercase.
     */
    static boolean looksLikeTitle(String text, int from, int last) {
        if (last - from + 1 > MAX_TITLE_LENGTH) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        int i = from;
        while (i <= last) {
            while (i <= last && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i <= last && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            // Short words (of, in, a, the) are lowercase even in Title Case, so they do not vote.
            if (i - start >= 4) {
                words++;
                char first = text.charAt(start);
                if (Character.isUpperCase(first) || Character.isDigit(first)) {
                    capitalised++;
                }
            }
        }
        // Prose full of names ("the Wall Street Journal and the Financial Times suggested") still has a verb or two.
        return words >= 2 && capitalised == words;
    }
}
