package dev.crosscheck.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosscheck.corpus.SentenceSplitter;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RolesTest {
    private static Map<String, Set<String>> roles(String text) {
        return Roles.of(SentenceSplitter.split("a.txt", text), Set.of("supervisor", "instructor"));
    }

    @Test
    void aRoleInAppositionAfterANameIsThatPersons() {
        assertEquals(Map.of("brandvold", Set.of("supervisor")),
                roles("Police charged Lyle Brandvold, 52, a Meridale track maintenance supervisor, on Monday."));
        assertEquals(Map.of("brandvold", Set.of("supervisor")), roles("They spoke to Lyle Brandvold, the supervisor."));
    }

    @Test
    void aRoleBeforeANameIsThatPersons() {
        assertEquals(Map.of("vogler", Set.of("instructor")), roles("The dead include ski instructor Matthias Vogler."));
        assertEquals(Map.of("brandvold", Set.of("supervisor")),
                roles("The supervisor, Lyle Brandvold, was charged."));
    }

    @Test
    void aRoleNextToNoNameIsNobodys() {
        assertEquals(Map.of(), roles("The supervisor has not been arrested. A supervisor, Police said, was charged."));
    }
}
