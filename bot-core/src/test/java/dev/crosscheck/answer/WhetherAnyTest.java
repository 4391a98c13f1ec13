package dev.crosscheck.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WhetherAnyTest {
    private static WhetherAny asked(String question) {
        return WhetherAny.asked(question).orElseThrow();
    }

    @Test
    void aQuestionWhetherAnyoneUnderwentAnEventGivesTheEvent() {
        assertEquals(Set.of("killed"), asked("Were there any deaths?").events());
        assertEquals(Set.of("injured"), asked("Was anyone hurt when the wind damaged the stage?").events());
        assertEquals(Set.of("arrested"), asked("Has anyone been arrested over the fire?").events());
        assertTrue(WhetherAny.asked("Were there any foreign tourists among the dead?").isEmpty(), "some of them");
        assertTrue(WhetherAny.asked("Is anyone taking Corvane to court over the fires?").isEmpty(), "a lawsuit");
        assertTrue(WhetherAny.asked("How many people died?").isEmpty());
    }

    @Test
    void aSentenceAnswersByCountingOrDenyingTheEvent() {
        WhetherAny deaths = asked("Were there any deaths?");
        assertEquals(Optional.of("No one"), deaths.in("No one was killed."));
        assertEquals(Optional.of("no"), deaths.in("There have been no fatalities."));
        assertEquals(Optional.of("One"), deaths.in("One person was killed and 27 were hurt."));
        assertEquals(Optional.empty(), deaths.in("Forty-three people were injured."));
        assertEquals(Optional.empty(), deaths.in("Nobody from the festival came round to tell us."));
    }
}
