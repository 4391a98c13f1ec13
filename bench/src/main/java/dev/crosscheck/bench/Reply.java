package dev.crosscheck.bench;

import dev.crosscheck.answer.Answer;
import dev.crosscheck.answer.Citation;
import java.util.List;

/** What a contender returned for a question, reduced to what the judge needs: found, the text, its sources. */
public record Reply(boolean found, String text, List<String> sources) {
    public Reply {
        text = text == null ? "" : text;
        sources = List.copyOf(sources);
    }

    public static Reply notFound() {
        return new Reply(false, "", List.of());
    }

    /** A Crosscheck answer: its text and the documents its citations quote ("see also" passages do not count). */
    public static Reply of(Answer answer) {
        return new Reply(answer.found(), answer.text(), answer.citations().stream().map(Citation::source).toList());
    }
}
