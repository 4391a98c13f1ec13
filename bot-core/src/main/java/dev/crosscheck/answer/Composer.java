package dev.crosscheck.answer;

/** Answers a question from the corpus; the extractive composer is the default, a generative one can replace it. */
public interface Composer {
    /** Answers a question on its own. */
    default Answer answer(String question) {
        return answer(question, Story.NONE);
    }

    /** Answers a question asked in a conversation (a follow-up read as a whole), looking in its story too. */
    Answer answer(String question, Story story);
}
