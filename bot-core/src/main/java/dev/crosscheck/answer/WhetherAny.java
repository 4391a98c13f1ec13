package dev.crosscheck.answer;

import dev.crosscheck.conflict.FigureClause;
import dev.crosscheck.quantity.Quantity;
import dev.crosscheck.quantity.QuantityParser;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question whether anyone underwent an event ("Were there any deaths?", "Was anyone hurt?", "Has anyone been
 * arrested?") and whether a sentence answers it: by a count of that event ("One person was killed") or by denying
 * it, read as a count of nobody is ("No one was killed", "There have been no fatalities"; {@link
 * FigureEvidence#denial}). Such a sentence shares little with the question but the event's word, so the scorer may
 * rate it under the threshold; the events are the lexicon's, as the conflict detector reads them.
 */
record WhetherAny(Set<String> events) {
    /**
     * "Were there any deaths?", "Has there been any damage", with the event's own word after "any" (not "Were there
     * any foreign tourists among the dead?", which asks of some of them); "Was anyone hurt?", "Did anybody die?",
     * "Has anyone been arrested?", with the event in the words right after (not "Is anyone taking Corvane to court
     * over the fires?", which asks of a lawsuit).
     */
    private static final Pattern ASKED = Pattern.compile("(?i)^\\s*(?:(?:were|was|have|has)\\s+there\\s+(?:been\\s+)?"
            + "any\\s+(\\p{L}+)|(?:was|were|is|are|has|have|had|did)\\s+(?:anyone|anybody)\\s+((?:\\p{L}+\\s+){0,2}"
            + "\\p{L}+))\\b[^?]*\\??\\s*$");

    /** The events a question asks whether anyone underwent, if it asks that. */
    static Optional<WhetherAny> asked(String question) {
        Matcher m = ASKED.matcher(question);
        if (!m.matches()) {
            return Optional.empty();
        }
        // The event asked of is named right there: "Was anyone hurt when the wind damaged the stage?" asks of the hurt.
        Set<String> events = FigureClause.events(m.group(1) != null ? m.group(1) : m.group(2));
        return events.isEmpty() ? Optional.empty() : Optional.of(new WhetherAny(events));
    }

    /** The words that answer the question, if the sentence counts or denies its event. */
    Optional<String> in(String sentence) {
        for (Quantity q : QuantityParser.parse(sentence)) {
            String event = FigureClause.event(sentence, q.start(), q.end());
            if (event != null && events.contains(event)) {
                return Optional.of(sentence.substring(q.start(), q.end()));
            }
        }
        return FigureEvidence.denial(sentence, events).map(d -> sentence.substring(d.start(), d.end()));
    }
}
