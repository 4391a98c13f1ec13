package dev.crosscheck.conflict;

import java.util.ArrayList;
import java.util.List;

/** Builds the public {@link Conflict} from claims: stable id from the group key, revision from what it shows. */
final class Conflicts {
    private Conflicts() {
    }

    /** Builds a conflict from its sides in order; each side's claims state one value. */
    static Conflict build(String key, String topic, Conflict.Kind kind, List<List<Claim>> sides) {
        List<Conflict.Statement> statements = new ArrayList<>();
        StringBuilder shown = new StringBuilder(kind.name());
        for (int side = 0; side < sides.size(); side++) {
            for (Claim c : sides.get(side)) {
                statements.add(new Conflict.Statement(c.docId(), c.sentence().text(), c.value(), side, c.attribution(),
                        c.origin()));
                shown.append('|').append(side).append(':').append(c.docId()).append('=').append(c.value());
            }
        }
        return new Conflict(ConflictDetector.id(key), topic, kind, statements,
                ConflictDetector.hash(shown.toString()).substring(0, 12));
    }
}
