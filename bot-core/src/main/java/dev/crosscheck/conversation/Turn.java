package dev.crosscheck.conversation;

import dev.crosscheck.answer.Answer;
import dev.crosscheck.answer.Citation;
import dev.crosscheck.answer.Story;
import java.util.List;

/**
 * One exchange of a conversation: what was typed, how it was read, what the answer gave, the story it told, the
 * passages shown for its question so far (its own citations, and those of the answers before it that "Tell me more"
 * asked for), which a further "more" passes over, its own reply's citations, whose speakers "Who said that?"
 * names, and the question its reply answered: its reading, but for "Who said that?" the question before it, which
 * "Are you sure?", "Tell me more" or "tl;dr" next ask about while the reading keeps its place among follow-ups.
 */
public record Turn(String typed, String question, Answer.Given given, Story told, List<Citation> shown,
                   List<Citation> cited, String about) {
    public Turn {
        shown = List.copyOf(shown);
        cited = List.copyOf(cited);
        about = about == null ? question : about;
    }

    /** A turn that answered its own reading. */
    public Turn(String typed, String question, Answer.Given given, Story told, List<Citation> shown,
                List<Citation> cited) {
        this(typed, question, given, told, shown, cited, question);
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
