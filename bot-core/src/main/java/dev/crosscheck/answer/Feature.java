package dev.crosscheck.answer;

import java.util.Locale;

/**
 * What the answer scorer knows of a candidate sentence: how much of the question it and its surroundings cover
 * (in the question's own words and in related ones), how close it is in meaning, how retrieval ranked it, whether it
 * holds new information of the asked type, where it stands in its article, and whether other sources agree. The
 * weights of these come from data ({@code crosscheck bench train}); their names are the keys of the weights file.
 */
public enum Feature {
    /** Share of the question's rarity-weighted words the sentence has, stem for stem. */
    COVER,
    /** The same, counting related words (WordNet) at the share of weight their rarity earns. */
    COVER_RELATED,
    /** The same over the sentence, its neighbours and its headline; neighbours and headline count half. */
    COVER_WINDOW,
    /** Share of the question's weight found in the article's headline. */
    COVER_TITLE,
    /** The weight of the rarest question word found nowhere near the sentence, over the question's largest. */
    MISSING,
    /** The thing asked about ("population" in "what is the population of…") is in the sentence. */
    FOCUS,
    /** Share of the question's weight found anywhere in the sentence's article, related words at their share. */
    ARTICLE_COVER,
    /** The weight of the rarest question word found nowhere in the article, over the question's largest. */
    ARTICLE_MISSING,
    /** Every name in the question is in the sentence or the few before it. */
    NAMES_IN_SCOPE,
    /** Cosine of the question's and the sentence's embeddings. */
    DENSE,
    /** Cosine of the question's embedding and the sentence's window (it and its neighbours). */
    DENSE_WINDOW,
    /** In a follow-up, the cosine of the words typed in this message alone and the sentence; 0 otherwise. */
    DENSE_ASKED,
    /** How far the sentence's cosine falls behind the best candidate's. */
    DENSE_GAP,
    /** 1 / (1 + rank) in the BM25 list, 0 when BM25 did not return it. */
    LEXICAL_RANK,
    /** 1 / (1 + rank) in the vector list, 0 when vector search did not return it. */
    DENSE_RANK,
    /** The reply holds something of the asked type that the question does not already say. */
    TYPED,
    /** That answer is in the sentence itself, not in the next one. */
    TYPED_IN_SENTENCE,
    /** Its context confirms its type: a title before a person's name, "in" before a place, a measure by a figure. */
    TYPED_CUED,
    /** How near the question's words stand to the answer, in (0, 1). */
    TYPED_NEAR,
    /** WordNet knows the answer as a kind of the thing asked about: "Germany" for "which country". */
    TYPED_KIND,
    /** Share of the sentence's words that are not the question's: a sentence that only restates it says little. */
    NOVELTY,
    /** 1 / (1 + the sentence's position in its article). */
    LEAD,
    /** The sentence is, or begins with, its article's headline: headlines announce, they rarely answer. */
    HEADLINE,
    /** Share of the candidates that come from the same article. */
    ARTICLE_HITS,
    /** The sentence is from the article of the best BM25 hit. */
    TOP_ARTICLE,
    /** log(1 + other articles whose candidates give the same answer). */
    AGREEMENT,
    /** The sentence is itself a question. */
    QUESTION_LIKE,
    /** The sentence has fewer than five words. */
    FRAGMENT,
    /** The question names no place but the figure is tied to one. */
    SCOPED_FIGURE,
    /** The reply needed the next sentence to hold the answer. */
    EXPANDED,
    /** Coverage around the sentence when it holds a typed answer, 0 otherwise: the two together make an answer. */
    TYPED_COVER,
    /** Closeness in meaning when the sentence holds a typed answer, 0 otherwise. */
    TYPED_DENSE,
    /** The sentence is from the conversation's story: the articles the latest answer to cite any cited. */
    IN_STORY,
    /** The question is asked in a conversation about a story (a follow-up's words include the question it follows). */
    IN_CONVERSATION,
    ASKS_QUANTITY, ASKS_PERSON, ASKS_ENTITY, ASKS_TIME, ASKS_PLACE, ASKS_REASON, ASKS_DESCRIPTION,
    TYPED_QUANTITY, TYPED_PERSON, TYPED_ENTITY, TYPED_TIME, TYPED_PLACE, TYPED_REASON;

    /** The name in the weights file. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Feature asks(AnswerType type) {
        return valueOf("ASKS_" + type.name());
    }

    /** The per-type "typed" indicator, absent for descriptions (every sentence describes). */
    static Feature typed(AnswerType type) {
        return type == AnswerType.DESCRIPTION ? null : valueOf("TYPED_" + type.name());
    }
}
