package dev.crosscheck.conversation;

import dev.crosscheck.answer.Answer;
import dev.crosscheck.answer.Story;

/** One exchange of a conversation: what was typed, how it was read, what the answer gave and the story it told. */
public record Turn(String typed, String question, Answer.Given given, Story told) {
}
