package dev.crosscheck.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Splits news text into sentences whose offsets point verbatim into the original text. */
public final class SentenceSplitter {
    /**
     * Past this many characters a sentence ends at the next line break or full stop whatever follows: text that is no
     * prose (lines in lower case, a log) would otherwise run on as one "sentence" of the whole file, too long to
     * embed or quote. About twice the longest sentence of the BBC, SQuAD, seed and rail articles (1,063 characters,
     * a team list), so no prose sentence is cut.
     */
    static final int MAX_SENTENCE_CHARS = 2_000;

    private SentenceSplitter() {
    }

    /**
     * Splits {@code text} into sentences numbered from 0. Each sentence is trimmed of surrounding whitespace and
     * satisfies {@code sentence.text().equals(text.substring(sentence.start(), sentence.end()))}.
     */
    public static List<Sentence> split(String docId, String text) {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(text, "text");
        return new Scanner(docId, text).run();
    }

    /** One left-to-right pass over a text; never looks more than a word or a line away from the cursor. */
    private static final class Scanner {
        private final String docId;
        private final String text;
        private final int n;
        private final List<Sentence> out = new ArrayList<>();

        /** First character of the sentence being built, or -1 between sentences. */
        private int start = -1;
        private int lineStart;
        /** Width the text seems hard-wrapped at; 0 until first needed, {@link Integer#MAX_VALUE} if not wrapped. */
        private int wrapWidth;

        Scanner(String docId, String text) {
            this.docId = docId;
            this.text = text;
            this.n = text.length();
        }

        List<Sentence> run() {
            int i = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (isPlain(c)) {
                    // Most characters are ordinary printable ASCII; keep their path short.
                    if (start < 0) {
                        start = i;
                    }
                    i++;
                } else if (isLineBreak(c)) {
                    i = atLineBreak(i);
                } else if (start < 0 && isSpace(c)) {
                    i++;
                } else {
                    if (start < 0) {
                        start = i;
                    }
                    i = isTerminal(c) ? atTerminal(i) : i + 1;
                }
            }
            if (start >= 0) {
                emit(n);
            }
            return out;
        }

        /** Handles the line break at {@code i}; returns where scanning resumes. */
        private int atLineBreak(int i) {
            int after = text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            int thisLineStart = lineStart;
            lineStart = after;
            if (start < 0) {
                return after;
            }
            int next = after;
            while (next < n && isSpace(text.charAt(next)) && !isLineBreak(text.charAt(next))) {
                next++;
            }
            if (next >= n || isLineBreak(text.charAt(next))) {
                // A blank line ends a sentence whatever came before it, even "Mr.".
                emit(i);
                return next;
            }
            if (tooLong(i)) {
                emit(i);
                return after;
            }
            int last = lastNonSpace(Math.max(thisLineStart, start), i);
            if (last < 0) {
                return after;
            }
            // If the next word would not have fitted on this line, a wrapper broke it here: "Federal\nReserve".
            boolean full = last + 1 - thisLineStart + 1 + wordLength(next) > wrapWidth();
            if (full) {
                return after;
            }
            if (startsWithBullet(next)) {
                // List items stand alone even after "the following:".
                emit(last + 1);
                return after;
            }
            if (endsWithTerminal(thisLineStart, last) || Headlines.endsMidSentence(text, thisLineStart, last)) {
                // A full stop there was already judged (e.g. "Mr.\nSmith"); a comma or "of" cannot end anything.
                return after;
            }
            if (Character.isLowerCase(text.charAt(skipOpeners(next)))) {
                // Only a line that is a sentence of its own can be a title; "...System. Agriculture" is not.
                if (start >= thisLineStart && lastNonSpace(thisLineStart, start) < 0
                        && Headlines.looksLikeTitle(text, thisLineStart, last)) {
                    emit(last + 1);
                }
                return after;
            }
            // An unpunctuated line followed by a capitalised one is a headline, a crosshead or a list item.
            emit(last + 1);
            return after;
        }

        private boolean tooLong(int at) {
            return at - start > MAX_SENTENCE_CHARS;
        }

        private int wrapWidth() {
            if (wrapWidth == 0) {
                wrapWidth = Headlines.wrapWidth(text);
            }
            return wrapWidth;
        }

        private int wordLength(int from) {
            int e = from;
            while (e < n && !isSpace(text.charAt(e))) {
                e++;
            }
            return e - from;
        }

        /** Handles the terminal punctuation starting at {@code i}; returns where scanning resumes. */
        private int atTerminal(int i) {
            int j = i;
            int dots = 0;
            boolean exclaimOrQuestion = false;
            boolean ellipsisChar = false;
            for (; j < n; j++) {
                char d = text.charAt(j);
                if (d == '.') {
                    dots++;
                } else if (d == '!' || d == '?') {
                    exclaimOrQuestion = true;
                } else if (d == '\u2026') {
                    ellipsisChar = true;
                } else {
                    break;
                }
            }
            int k = j;
            while (k < n && isCloser(text.charAt(k))) {
                k++;
            }
            if (k < n && !isSpace(text.charAt(k))) {
                // Glued to what follows: 1.2, 3.5%, 10.30pm, U.S., v2.0.1, bbc.co.uk, "Inc.'s".
                return j;
            }
            int next = k;
            boolean lineBreak = false;
            while (next < n && isSpace(text.charAt(next))) {
                lineBreak |= isLineBreak(text.charAt(next));
                next++;
            }
            if (next >= n) {
                emit(k);
                return k;
            }
            int first = skipOpeners(next);
            char f = text.charAt(first);
            boolean boundary;
            if (Character.isLowerCase(f)) {
                // "It's done?" he asked. / 8 a.m. local time / and so on... which; but "…rose. eBay said…" is a name.
                boundary = tooLong(i) || NameShape.isCapitalisedInside(wordAt(first));
            } else if (exclaimOrQuestion) {
                boundary = true;
            } else if (dots >= 2 || ellipsisChar) {
                // An ellipsis inside a quotation is followed by more of the same sentence unless a capital starts anew.
                boundary = Character.isUpperCase(f) || Character.isTitleCase(f);
            } else {
                // Quote marks around the gap ("Cell Block H." Labour...) mean the abbreviation closed the sentence.
                boolean quoted = k > j || first > next;
                // A wrapper's line break ("Arthur D.\nLittle") says nothing about the sentence.
                boolean ownLine = lineBreak && k - lineStart + 1 + wordLength(next) <= wrapWidth();
                boundary = afterFullStop(i, first, f, ownLine || quoted);
            }
            if (!boundary) {
                return j;
            }
            emit(k);
            return k;
        }

        /** Decides a single full stop; {@code strongGap} means a line break or quote marks separate the words. */
        private boolean afterFullStop(int dot, int first, char f, boolean strongGap) {
            if (isListMarker(dot)) {
                return false;
            }
            switch (Abbreviations.classify(wordBefore(dot))) {
                case TITLE:
                    return false;
                case BEFORE_NUMBER:
                    return !Character.isDigit(f);
                case AMBIGUOUS:
                    return (strongGap && Character.isUpperCase(f)) || Abbreviations.isOpener(wordAt(first));
                case TIME:
                    return strongGap || (!Character.isDigit(f) && !Abbreviations.canFollowTime(wordAt(first))
                            && !followedByWordTime(first));
                default:
                    return true;
            }
        }

        /** "1. First point" in a numbered list: the number is not a sentence of its own. */
        private boolean isListMarker(int dot) {
            if (dot == start || dot - start > 3) {
                return false;
            }
            for (int p = start; p < dot; p++) {
                if (!Character.isDigit(text.charAt(p))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The word right before {@code dot}, inner dots included: "Mr", "U.S", "e.g", "a.m", "3G". A single letter
         * glued to a hyphen or ampersand ("Jay-Z", "AT&T") is not an initial, so it comes back as no word at all.
         */
        private String wordBefore(int dot) {
            int b = dot;
            while (b > 0) {
                char d = text.charAt(b - 1);
                if (Character.isLetterOrDigit(d) || (d == '.' && b >= 2 && Character.isLetter(text.charAt(b - 2)))) {
                    b--;
                } else {
                    break;
                }
            }
            if (dot - b == 1 && b > 0 && !isSpace(text.charAt(b - 1)) && !isOpener(text.charAt(b - 1))) {
                return "";
            }
            return text.substring(b, dot);
        }

        /** "8 a.m. Kyiv time": a place name then "time" continues the sentence. */
        private boolean followedByWordTime(int from) {
            int p = from + wordAt(from).length();
            return text.startsWith(" time", p);
        }

        private String wordAt(int from) {
            int e = from;
            while (e < n && Character.isLetter(text.charAt(e))) {
                e++;
            }
            return text.substring(from, e);
        }

        private boolean startsWithBullet(int from) {
            return from + 1 < n && "-*\u2022\u00B7\u2013\u2014\u25AA\u25E6".indexOf(text.charAt(from)) >= 0
                    && isSpace(text.charAt(from + 1));
        }

        private boolean endsWithTerminal(int from, int last) {
            int p = last;
            while (p > from && isCloser(text.charAt(p))) {
                p--;
            }
            return isTerminal(text.charAt(p));
        }

        private int lastNonSpace(int from, int end) {
            for (int p = end - 1; p >= from; p--) {
                if (!isSpace(text.charAt(p))) {
                    return p;
                }
            }
            return -1;
        }

        /** Index of the first character after opening quotes and brackets, or {@code from} if there is nothing else. */
        private int skipOpeners(int from) {
            int p = from;
            while (p < n && isOpener(text.charAt(p))) {
                p++;
            }
            return p < n ? p : from;
        }

        private void emit(int end) {
            int e = end;
            while (e > start && isSpace(text.charAt(e - 1))) {
                e--;
            }
            // Lines of dashes, asterisks or lone quote marks are layout, not something anyone could quote.
            if (hasLetterOrDigit(start, e)) {
                out.add(new Sentence(docId, out.size(), start, e, text.substring(start, e)));
            }
            start = -1;
        }

        private boolean hasLetterOrDigit(int from, int end) {
            for (int p = from; p < end; p++) {
                if (Character.isLetterOrDigit(text.charAt(p))) {
                    return true;
                }
            }
            return false;
        }
    }

    private static boolean isPlain(char c) {
        return c > ' ' && c < 0x7F && c != '.' && c != '!' && c != '?';
    }

    static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    static boolean isSpace(char c) {
        // Character.isWhitespace leaves out the no-break spaces that web-scraped news is full of.
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B'
                || c == '\uFEFF' || c == '\u0085';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']' || c == '}'
                || c == '\u00BB' || c == '\u203A';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '\'' || c == '\u201C' || c == '\u2018' || c == '\u201E' || c == '(' || c == '['
                || c == '{' || c == '\u00AB' || c == '\u2039' || c == '\u00BF' || c == '\u00A1';
    }
}
