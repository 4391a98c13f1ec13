package dev.crosscheck.answer;

import java.util.List;

/**
 * The reply to a question: whether the sources answer it, the answer text with [n] markers, the citations those
 * markers point to, related passages offered as "see also" when nothing answers, the time it took, what it gives
 * as the answer (a conversation's next question may point back to it: "What is he calling for?"), and caveats: what
 * the reader should know before trusting it ("No article mentions Paris, so this may be about something else.").
 */
public record Answer(String question, boolean found, String text, List<Citation> citations, List<Citation> seeAlso,
                     long tookMs, Given given, List<String> caveats) {
    /** The longest an answer's text is: one chat reply, not an article. */
    public static final int MAX_TEXT_CHARS = 600;

    public Answer {
        citations = List.copyOf(citations);
        seeAlso = List.copyOf(seeAlso);
        caveats = List.copyOf(caveats);
    }

    /** An answer that gives nothing in particular: not found, or a problem with the question. */
    public Answer(String question, boolean found, String text, List<Citation> citations, List<Citation> seeAlso,
                  long tookMs) {
        this(question, found, text, citations, seeAlso, tookMs, Given.NOTHING, List.of());
    }

    /**
     * The name, place, time or figure an answer gives, as its quote writes it ("Rafael Grossi", "81", "February 16"),
     * with the kind the question asked for; empty for a description.
     */
    public record Given(String text, AnswerType type) {
        public static final Given NOTHING = new Given("", AnswerType.DESCRIPTION);
    }
}
