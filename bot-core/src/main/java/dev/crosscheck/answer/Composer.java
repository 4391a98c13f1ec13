package dev.crosscheck.answer;

/** Answers a question from the corpus; the extractive composer is the default, a generative one can replace it. */
public interface Composer {
    Answer answer(String question);
}
