package dev.crosscheck.conflict;

import java.util.ArrayList;
import java.util.List;

/** Builds the public {@link Conflict} from claims: stable id from the group key, revision from what it shows. */
final class Conflicts {
    private Conflicts() {
    }

    static Conflict build(String key, String topic, Conflict.Kind kind, List<Claim> claims) {
        List<Conflict.Statement> statements = new ArrayList<>();
        StringBuilder shown = new StringBuilder(kind.name());
        for (Claim c : claims) {
            statements.add(new Conflict.Statement(c.docId(), c.sentence().text(), c.value()));
            shown.append('|').append(c.docId()).append('=').append(c.value());
        }
        return new Conflict(ConflictDetector.id(key), topic, kind, statements,
                ConflictDetector.hash(shown.toString()).substring(0, 12));
    }
}
