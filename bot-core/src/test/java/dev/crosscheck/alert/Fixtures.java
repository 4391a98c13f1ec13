package dev.crosscheck.alert;

import dev.crosscheck.command.ChatRef;
import dev.crosscheck.conflict.Conflict;
import java.time.Instant;
import java.util.List;

/** Conflicts and chats for the alert tests. */
final class Fixtures {
    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    static final ChatRef ALICE = new ChatRef("telegram", "1001");
    static final ChatRef BOB = new ChatRef("telegram", "1002");
    static final ChatRef CHANNEL = new ChatRef("discord", "9001");

    private Fixtures() {
    }

    static Conflict conflict(String id, String topic, Conflict.Kind kind, String revision) {
        return new Conflict(id, topic, kind, List.of(
                new Conflict.Statement("000_bbc.txt", "At least six people were killed in the strike on Kyiv.",
                        "at least six"),
                new Conflict.Statement("003_reuters.txt", "Officials said nine people died — “a dark night”.",
                        "nine")), revision);
    }

    static Conflict deaths() {
        return conflict("deaths:kyiv", "Deaths in Kyiv", Conflict.Kind.DIVERGENT, "r1");
    }

    /** Matches every subscription. */
    static boolean all(Subscription s, Conflict c) {
        return true;
    }
}
