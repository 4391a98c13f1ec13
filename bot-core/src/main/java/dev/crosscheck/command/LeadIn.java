package dev.crosscheck.command;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short label a chat message may open with before its question ("Quick question: who is Klitschko?", "Q: how
 * many died?", "One more thing - who said that?"): read as part of the question, its words weigh as topic words no
 * article holds. Only a label of two to four words, all but the first in lower case, or a single letter goes: "Re
 * Lviv: how many died?" and "Kyiv: what happened?" name what they ask about, and stay whole.
 */
final class LeadIn {
    private static final Pattern LABELLED = Pattern.compile(
            "^\\s*(?<label>\\p{L}|\\p{L}[\\p{L}']*(?:\\s+\\p{Ll}[\\p{L}']*){1,3})"
            + "\\s*(?::|\\s[-–—])\\s+(?<question>(?i:who|whom|whose|what|which|when|where|why|how|is|are|was|were|do"
            + "|does|did|has|have|had|can|could|will|would|should)\\b.*)", Pattern.DOTALL);

    private LeadIn() {
    }

    /** The message without the label it opens with, when a question follows it; else the message itself. */
    static String dropped(String message) {
        Matcher m = LABELLED.matcher(message);
        return m.matches() ? m.group("question") : message;
    }
}
