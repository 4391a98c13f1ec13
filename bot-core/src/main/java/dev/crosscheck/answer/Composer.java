package dev.crosscheck.answer;

import java.util.List;

/** Answers a question from the corpus; the extractive composer is the default, a generative one can replace it. */
public interface Composer {
    /** Answers a question on its own. */
    default Answer answer(String question) {
        return answer(question, Story.NONE);
    }

    /** Answers a question asked in a conversation (a follow-up read as a whole), looking in its story too. */
    Answer answer(String question, Story story);

    /** What a reply says when a "Tell me more" finds nothing the earlier answers did not show. */
    String NOTHING_MORE = "Nothing more on that in the articles.";

    /**
     * Answers "Tell me more": the question again, from the passages the conversation has not been shown yet; a
     * composer that cannot pass over what it showed says there is nothing more.
     */
    default Answer more(String question, Story story, List<Citation> shown) {
        return new Answer(question, false, NOTHING_MORE, List.of(), List.of(), 0);
    }

    /** What a reply says when no source but those already quoted answers the question. */
    String NOTHING_ELSEWHERE = "No other source answers that.";

    /**
     * Answers "What do the other sources say?": the question again, from articles other than {@code quoted}; a
     * composer that cannot leave articles out says none does.
     */
    default Answer elsewhere(String question, Story quoted) {
        return new Answer(question, false, NOTHING_ELSEWHERE, List.of(), List.of(), 0);
    }

    /**
     * Whether a question asked in a conversation is about its story rather than a new topic; a composer that cannot
     * tell says no, and the question is then answered as a new one.
     */
    default boolean isAbout(String question, Story story) {
        return false;
    }

    /**
     * The day of the week the source's report was written, when it says (the day "the day before" counts from); a
     * composer that cannot tell says nothing.
     */
    default java.util.Optional<java.time.DayOfWeek> reportDay(String source) {
        return java.util.Optional.empty();
    }

    /**
     * How much nearer in meaning {@code thing} (a word or short phrase) is to each of {@code words} than two words
     * taken at random are (above 0: nearer); a composer that cannot tell says 0 for each.
     */
    default double[] likeness(String thing, List<String> words) {
        return new double[words.size()];
    }

    /**
     * The text's meaning as the embedding model reads it (a unit vector) and the model's id, or empty for a composer
     * without one.
     */
    default java.util.Optional<Meaning> meaning(String text) {
        return java.util.Optional.empty();
    }

    /** A text's vector and the model that read it: vectors of different models are never compared. */
    record Meaning(float[] vector, String model) {
    }

    /**
     * The text with each word typed in lowercase that the folder writes only as a name capitalised ("and in kharkiv"
     * → "and in Kharkiv"), so that a reader of English can tell the name; a composer without a folder leaves it.
     */
    default String withNamesCapitalised(String text) {
        return text;
    }

    /** Whether the folder writes the name (its last word) as a person's, after a title ("Mr Grossi"). */
    default boolean isPerson(String name) {
        return false;
    }

    /**
     * Whether a word heading a phrase ("the governor", "the transport minister") names what a person is; not a word
     * mostly said of something ("the us federal budget"). A composer without a lexicon knows none.
     */
    default boolean isRole(String word) {
        return false;
    }
}
