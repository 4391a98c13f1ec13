package dev.crosscheck.conversation;

/** One exchange of a conversation: what was typed, how it was read, and the answer's text and first quote. */
public record Turn(String typed, String question, String answer, String quote) {
}
