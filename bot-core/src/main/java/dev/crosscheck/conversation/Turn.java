package dev.crosscheck.conversation;

import dev.crosscheck.answer.Answer;

/** One exchange of a conversation: what was typed, how it was read, and what the answer gave. */
public record Turn(String typed, String question, Answer.Given given) {
}
