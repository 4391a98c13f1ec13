package dev.crosscheck.answer;

import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What a quote spans: a sentence with what it needs before it, and the passages around it a reply may quote. */
final class Passages {
    /** How a line of prose ends: a subheading ends without one of these. */
    private static final String SENTENCE_CLOSE = ".!?…:;";

    /** What may follow a sentence's closing mark: quotes and brackets. */
    private static final String AFTER_CLOSE = "\"'”’)]";

    private static final Pattern STARTS_WITH_PRONOUN = Pattern.compile(
            "^[\"“‘']?(It|He|She|They|This|That|These|Those|His|Her|Its|Their|The company|The ministry)\\b");

    /** A sentence opening with "It" or "He" means little alone; quote it together with the sentence before. */
    static Sentence withAntecedent(Sentence s, Document doc) {
        if (s.ordinal() == 0 || !STARTS_WITH_PRONOUN.matcher(s.text()).find()) {
            return s;
        }
        Sentence before = doc.sentences().get(s.ordinal() - 1);
        // A headline or a byline names nothing a pronoun after it points back to, and would be glued to it.
        return runningText(before, doc) ? span(doc, before, s) : s;
    }

    /**
     * The passages around a quote, narrowest first: the quote with the next sentence and the one before, then with
     * one more sentence after each time, up to {@link RankedSentence#WIDEST_PASSAGE} after it, as far as a chat reply
     * holds (560 characters); each holds the one before. An excerpt of an overlong sentence is its own only passage.
     */
    static List<Sentence> around(Document doc, Sentence quote) {
        if (Excerpt.cut(doc, quote)) {
            return List.of(quote);
        }
        List<Sentence> all = doc.sentences();
        Sentence first = all.get(quote.ordinal());
        int lastOrdinal = quote.ordinal();
        while (lastOrdinal + 1 < all.size() && all.get(lastOrdinal + 1).start() < quote.end()) {
            lastOrdinal++;
        }
        Sentence last = all.get(lastOrdinal);
        List<Sentence> out = new ArrayList<>(RankedSentence.WIDEST_PASSAGE);
        for (int after = 1; after <= RankedSentence.WIDEST_PASSAGE; after++) {
            // Headlines and subheadings announce what follows; they are no part of the passage around an answer.
            if (last.ordinal() + 1 < all.size() && runningText(all.get(last.ordinal() + 1), doc)
                    && all.get(last.ordinal() + 1).end() - first.start() <= AnswerRanker.MAX_QUOTE) {
                last = all.get(last.ordinal() + 1);
            }
            // A subheading opens its section: the sentence before it closes another one. One opening with "He" or
            // "It" comes with the sentence it points back to, or not at all: "He has since been charged…" had opened
            // a fresh user's reply on who was arrested, its man left out.
            if (after == 1 && first.ordinal() > 0 && runningText(first, doc)
                    && runningText(all.get(first.ordinal() - 1), doc)) {
                Sentence opening = all.get(withAntecedent(all.get(first.ordinal() - 1), doc).ordinal());
                if (last.end() - opening.start() <= AnswerRanker.MAX_QUOTE) {
                    first = opening;
                }
            }
            out.add(span(doc, first, last));
        }
        return out;
    }

    /**
     * A line after the headline and before the text's first sentence that does not close as one: a byline, a
     * dateline, a "Published:" line. A subheading comes after text, and opens its section.
     */
    static boolean isMasthead(Sentence s, Document doc) {
        return !doc.isHeadline(s) && !closesAsSentence(s.text())
                && doc.sentences().subList(0, s.ordinal()).stream().noneMatch(before -> runningText(before, doc));
    }

    /** A sentence of the article's prose: not its headline, and closed as a sentence is (a subheading is not). */
    static boolean runningText(Sentence s, Document doc) {
        return !doc.isHeadline(s) && closesAsSentence(s.text());
    }

    /**
     * The text ends with a sentence's closing mark, then perhaps quotes or brackets, then perhaps spaces; read from
     * the end, since a pattern anchored at the end is tried at every character.
     */
    private static boolean closesAsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        while (i >= 0 && AFTER_CLOSE.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && SENTENCE_CLOSE.indexOf(text.charAt(i)) >= 0;
    }

    /** The verbatim passage from the start of {@code first} to the end of {@code last}. */
    static Sentence span(Document doc, Sentence first, Sentence last) {
        return new Sentence(first.docId(), first.ordinal(), first.start(), last.end(),
                doc.text().substring(first.start(), last.end()));
    }

    private Passages() {
    }
}
