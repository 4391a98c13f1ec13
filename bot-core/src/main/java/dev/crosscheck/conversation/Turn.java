package dev.crosscheck.conversation;

import dev.crosscheck.answer.Answer;
import dev.crosscheck.answer.Citation;
import dev.crosscheck.answer.Story;
import java.util.List;

/**
 * One exchange of a conversation: what was typed, how it was read, what the answer gave, the story it told, the
 * passages shown for its question so far (its own citations, and those of the answers before it that "Tell me more"
 * asked for), which a further "more" passes over, and its own reply's citations, whose speakers "Who said that?"
 * names.
 */
public record Turn(String typed, String question, Answer.Given given, Story told, List<Citation> shown,
                   List<Citation> cited) {
    public Turn {
        shown = List.copyOf(shown);
        cited = List.copyOf(cited);
    }

    /** A turn whose reply quoted all it has shown. */
    public Turn(String typed, String question, Answer.Given given, Story told, List<Citation> shown) {
        this(typed, question, given, told, shown, shown);
    }

    /** A turn whose answer showed nothing a "more" would need to pass over. */
    public Turn(String typed, String question, Answer.Given given, Story told) {
        this(typed, question, given, told, List.of(), List.of());
    }
}
