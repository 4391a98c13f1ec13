package dev.crosscheck.answer;

import java.util.List;

/**
 * The reply to a question: whether the sources answer it, the answer text with [n] markers, the citations those
 * markers point to, related passages offered as "see also" when nothing answers, and the time it took.
 */
public record Answer(String question, boolean found, String text, List<Citation> citations, List<Citation> seeAlso,
                     long tookMs) {
    public Answer {
        citations = List.copyOf(citations);
        seeAlso = List.copyOf(seeAlso);
    }
}
