package dev.crosscheck.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosscheck.conflict.Conflict;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConflictTextTest {
    private static Conflict of(Conflict.Kind kind) {
        return new Conflict(kind.label(), "people killed", kind, List.of(), "r1");
    }

    @Test
    void aListOfUpdatesIsNotCalledADisagreement() {
        assertEquals("2 updates by later reports",
                ConflictText.listHeading(List.of(of(Conflict.Kind.UPDATE), of(Conflict.Kind.UPDATE))));
        assertEquals("1 place where sources disagree, and 1 update by a later report",
                ConflictText.listHeading(List.of(of(Conflict.Kind.CONTRADICTION), of(Conflict.Kind.UPDATE))));
        assertEquals("2 places where sources disagree",
                ConflictText.listHeading(List.of(of(Conflict.Kind.CONTRADICTION), of(Conflict.Kind.DIVERGENT))));
    }
}
