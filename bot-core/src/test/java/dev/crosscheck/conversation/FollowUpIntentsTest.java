package dev.crosscheck.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.TestCores;
import dev.crosscheck.conversation.FollowUpIntents.Example;
import dev.crosscheck.conversation.FollowUpIntents.Intent;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpIntentsTest {
    private static final List<Example> EXAMPLES = List.of(new Example("a", Intent.SOURCE),
            new Example("b", Intent.SOURCE), new Example("c", Intent.OTHER));
    private static final List<float[]> VECTORS = List.of(new float[] {1, 0}, new float[] {0.8f, 0.6f},
            new float[] {0, 1});

    @Test
    void theNearestExamplesCloseEnoughVoteWithTheirCloseness() {
        assertEquals(Intent.SOURCE, FollowUpIntents.vote(new float[] {0.96f, 0.28f}, VECTORS, EXAMPLES, 3, 0.5, -1));
        assertEquals(Intent.OTHER, FollowUpIntents.vote(new float[] {0.28f, 0.96f}, VECTORS, EXAMPLES, 1, 0.5, -1));
        assertEquals(Intent.OTHER, FollowUpIntents.vote(new float[] {0.96f, 0.28f}, VECTORS, EXAMPLES, 3, 0.99, -1),
                "none close enough");
        assertEquals(Intent.SOURCE, FollowUpIntents.vote(new float[] {1, 0}, VECTORS, EXAMPLES, 1, 0.5, 0),
                "an example left out is no voter for itself: its nearest other answers");
    }

    @Test
    void chatLinesAboutTheLastAnswerAreReadAndQuestionsAreNot() {
        FollowUpReader reader = new FollowUpReader(TestCores.seeds().composer());
        assertEquals(Intent.VERIFY, reader.intentOf("is that reliable?"));
        assertEquals(Intent.SOURCE, reader.intentOf("which website was that on"));
        assertEquals(Intent.SUMMARISE, reader.intentOf("recap pls"));
        for (String question : new String[] {"who runs the plant?", "Who said the plant was safe?",
                "was the line confirmed closed?", "Why?", "And in Kharkiv?"}) {
            assertEquals(Intent.OTHER, reader.intentOf(question), question);
        }
        assertEquals(Intent.OTHER, reader.intentOf("is that reliable? " + "and what else happened there ".repeat(3)),
                "a long message asks something of its own");
        assertEquals(Intent.OTHER, reader.intentOf("это правда?"), "the examples are English");
    }

    @Test
    void aQuestionForAFigureATimeAPlaceOrAPersonIsNoRequestForASummary() {
        // A fresh user's "How big is the wildfire?" was read as "summarise the wildfire", its words being near the
        // examples' "summary of the whole wildfire thing?".
        FollowUpReader reader = new FollowUpReader(TestCores.seeds().composer());
        assertEquals(Intent.SUMMARISE, reader.intentOf("summary of the whole wildfire thing?"));
        assertEquals(Intent.SUMMARISE, reader.intentOf("ok so what happened in a nutshell"),
                "a noun ending a request for the short of it (\"nutshell\") makes no question of its own");
        assertEquals(Intent.OTHER, reader.intentOf("How big is the wildfire?"));
    }

    @Test
    void aMessageLongerThanEveryExampleIsNotEmbeddedOnceTheExamplesAreRead() {
        dev.crosscheck.answer.Composer seeds = TestCores.seeds().composer();
        java.util.concurrent.atomic.AtomicInteger embedded = new java.util.concurrent.atomic.AtomicInteger();
        dev.crosscheck.answer.Composer counting = new dev.crosscheck.answer.Composer() {
            @Override
            public dev.crosscheck.answer.Answer answer(String question, dev.crosscheck.answer.Story story) {
                return seeds.answer(question, story);
            }

            @Override
            public java.util.Optional<Meaning> meaning(String text) {
                embedded.incrementAndGet();
                return seeds.meaning(text);
            }
        };
        FollowUpIntents intents = new FollowUpIntents(counting);
        assertEquals(Intent.SUMMARISE, intents.of("recap pls"));
        int afterFirst = embedded.get();
        assertEquals(Intent.OTHER, intents.of("is that reliable? " + "and what else happened there ".repeat(3)));
        assertEquals(afterFirst, embedded.get(), "a long message asks something of its own, known by its length");
    }

    @Test
    void theFittedFileSaysHowItWasFitted() {
        FollowUpIntents.Fit fit = FollowUpIntents.forModel("all-minilm-l6-v2-q").orElseThrow();
        assertTrue(fit.examples().size() >= 100 && fit.k() >= 1 && fit.threshold() > 0 && fit.threshold() < 1,
                fit.toString());
        assertTrue(FollowUpIntents.forModel("no-such-model").isEmpty());
    }
}
