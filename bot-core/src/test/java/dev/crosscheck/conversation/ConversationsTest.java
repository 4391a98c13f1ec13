package dev.crosscheck.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosscheck.MutableClock;
import dev.crosscheck.answer.Answer;
import dev.crosscheck.answer.Story;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationsTest {
    private static final java.time.Instant START = java.time.Instant.parse("2026-12-01T10:00:00Z");

    private static Turn turn(String q) {
        return new Turn(q, q, Answer.Given.NOTHING, Story.NONE);
    }

    /** Conversations up to {@code limit}, on a clock that stays at the start. */
    private static Conversations conversations(int limit) {
        return new Conversations(limit, new MutableClock(START));
    }

    @Test
    void aConversationKeepsItsLastFewTurns() {
        Conversations c = conversations(10);
        for (int i = 1; i <= Conversations.TURNS + 2; i++) {
            c.add("a", turn("q" + i));
        }
        List<Turn> turns = c.turns("a");
        assertEquals(Conversations.TURNS, turns.size());
        assertEquals("q3", turns.get(0).question());
        assertEquals(List.of(), c.turns("b"), "another conversation is its own");
    }

    @Test
    void thirtyMinutesOfSilenceEndsAConversation() {
        MutableClock clock = new MutableClock(START);
        Conversations c = new Conversations(10, clock);
        c.add("a", turn("q1"));
        clock.advance(Duration.ofMinutes(29));
        assertEquals(1, c.turns("a").size());
        c.add("a", turn("q2"));
        clock.advance(Duration.ofMinutes(31));
        assertEquals(List.of(), c.turns("a"));
    }

    @Test
    void aForgottenConversationStartsAfresh() {
        Conversations c = conversations(10);
        c.add("a", turn("q1"));
        c.add("b", turn("q2"));
        c.forget("a");
        assertEquals(List.of(), c.turns("a"));
        assertEquals(1, c.turns("b").size());
    }

    @Test
    void theLeastRecentlyUsedConversationIsForgottenBeyondTheLimit() {
        Conversations c = conversations(2);
        c.add("a", turn("qa"));
        c.add("b", turn("qb"));
        c.turns("a");
        c.add("c", turn("qc"));
        assertEquals(2, c.size());
        assertEquals(List.of(), c.turns("b"));
        assertEquals(1, c.turns("a").size());
    }
}
