package dev.crosscheck.answer;

/** Answers a question from the corpus; the extractive composer is the default, a generative one can replace it. */
public interface Composer {
    Answer answer(String question);

    /** Answers a follow-up, read as a whole question, in the light of the story it continues. */
    Answer answer(String question, Story story);
}
