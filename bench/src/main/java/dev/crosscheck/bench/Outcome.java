package dev.crosscheck.bench;

/** One contender's reply to one question, judged; the reply text is kept short for reports. */
public record Outcome(String set, String contender, String id, String question, boolean correct, String why,
                     String reply) {
}
