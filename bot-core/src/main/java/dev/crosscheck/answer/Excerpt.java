package dev.crosscheck.answer;

import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.Sentence;
import dev.crosscheck.index.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A verbatim cut of a quote too long for a chat reply: the run of its clauses, within the length allowed, that holds
 * the answer and most of the question's words. Lists and tables written as one sentence run to thousands of
 * characters; a reader wants the part that answers.
 */
final class Excerpt {
    /** Where a clause ends and the next begins: after a comma, semicolon or colon, around a dash or a parenthesis. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:]\\s+|\\s+[—–-]\\s+|\\s+(?=\\()|(?<=\\))\\s+");

    private Excerpt() {
    }

    /**
     * The quote itself when it fits in {@code limit} characters, else its best cut. {@code answerStart} and
     * {@code answerEnd} are offsets into the document's text, -1 when the quote holds no answer of the asked type;
     * {@code stems} are the question's.
     */
    static Sentence of(Document doc, Sentence quote, int limit, int answerStart, int answerEnd, List<Token> tokens,
                       Set<String> stems) {
        String text = quote.text();
        if (text.length() <= limit) {
            return quote;
        }
        int from = answerStart < 0 ? -1 : answerStart - quote.start();
        int to = answerStart < 0 ? -1 : answerEnd - quote.start();
        List<Integer> breaks = new ArrayList<>();
        breaks.add(0);
        Matcher m = CLAUSE_BREAK.matcher(text);
        while (m.find()) {
            breaks.add(m.end());
        }
        breaks.add(text.length());
        int bestStart = -1;
        int bestEnd = -1;
        int bestCovered = -1;
        for (int i = 0; i < breaks.size() - 1; i++) {
            for (int j = i + 1; j < breaks.size(); j++) {
                int start = breaks.get(i);
                int end = trimmedEnd(text, start, breaks.get(j));
                if (end - start > limit) {
                    break;
                }
                if (from >= 0 && (from < start || to > end)) {
                    continue;
                }
                int covered = covered(tokens, stems, start, end);
                // More of the question first, then more context: windows that start alike only grow with j.
                if (covered > bestCovered || covered == bestCovered && end - start > bestEnd - bestStart) {
                    bestStart = start;
                    bestEnd = end;
                    bestCovered = covered;
                }
            }
        }
        if (bestStart < 0) {
            // One clause longer than the limit: cut at spaces, a third of the room before the answer or the
            // question's first word.
            int anchor = from >= 0 ? from : firstMatch(tokens, stems);
            bestStart = Math.max(0, anchor - limit / 3);
            if (bestStart > 0) {
                int space = text.indexOf(' ', bestStart);
                bestStart = space < 0 || space >= anchor ? bestStart : space + 1;
            }
            bestEnd = Math.min(text.length(), bestStart + limit);
            if (bestEnd < text.length()) {
                int space = text.lastIndexOf(' ', bestEnd);
                bestEnd = space > Math.max(bestStart, to) ? space : bestEnd;
            }
        }
        int start = quote.start() + bestStart;
        int end = quote.start() + bestEnd;
        return new Sentence(quote.docId(), ordinalAt(doc, start), start, end, doc.text().substring(start, end));
    }

    /** Whether the passage begins inside one of its document's sentences. */
    static boolean cutBefore(Document doc, Sentence passage) {
        return inside(doc, passage.start());
    }

    /** Whether the passage ends inside one of its document's sentences. */
    static boolean cutAfter(Document doc, Sentence passage) {
        return inside(doc, passage.end());
    }

    /** Whether the passage is an excerpt: it begins or ends inside a sentence. */
    static boolean cut(Document doc, Sentence passage) {
        return cutBefore(doc, passage) || cutAfter(doc, passage);
    }

    private static boolean inside(Document doc, int offset) {
        for (Sentence s : doc.sentences()) {
            if (s.start() < offset && offset < s.end()) {
                return true;
            }
        }
        return false;
    }

    /** The end of a clause run without the break's punctuation and spaces. */
    private static int trimmedEnd(String text, int start, int end) {
        while (end > start && (Character.isWhitespace(text.charAt(end - 1))
                || ",;:—–-".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end;
    }

    private static int covered(List<Token> tokens, Set<String> stems, int start, int end) {
        Set<String> found = new HashSet<>();
        for (Token t : tokens) {
            if (t.start() >= start && t.end() <= end && stems.contains(t.stem())) {
                found.add(t.stem());
            }
        }
        return found.size();
    }

    private static int firstMatch(List<Token> tokens, Set<String> stems) {
        for (Token t : tokens) {
            if (stems.contains(t.stem())) {
                return t.start();
            }
        }
        return 0;
    }

    private static int ordinalAt(Document doc, int offset) {
        int ordinal = 0;
        for (Sentence s : doc.sentences()) {
            if (s.start() <= offset) {
                ordinal = s.ordinal();
            }
        }
        return ordinal;
    }
}
