package dev.crosscheck.conflict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares the states sources report for one thing. A source whose last word is a change back ("later
 * reconnected") against one that only reports the earlier state is an update, not a contradiction.
 */
final class States {
    private States() {
    }

    static Conflict compare(String key, List<Claim> claims) {
        Map<String, Claim> bySource = ConflictDetector.perSource(finalStates(claims));
        if (bySource.size() < 2) {
            return null;
        }
        List<Claim> positive = new ArrayList<>();
        List<Claim> negative = new ArrayList<>();
        for (Claim c : bySource.values()) {
            (c.polarity() > 0 ? positive : negative).add(c);
        }
        if (positive.isEmpty() || negative.isEmpty() || !sameThing(positive, negative)) {
            return null;
        }
        boolean update = positive.stream().anyMatch(Claim::revises);
        List<List<Claim>> ordered = update ? List.of(negative, positive) : List.of(positive, negative);
        return Conflicts.build(key, claims.get(0).topic(), update ? Conflict.Kind.UPDATE : Conflict.Kind.CONTRADICTION,
                ordered);
    }

    /**
     * A source that reports both states ("briefly cut off … later reconnected") counts with the one it ends on: the
     * revising claim if it has one, else its last.
     */
    private static List<Claim> finalStates(List<Claim> claims) {
        Map<String, Claim> last = new java.util.LinkedHashMap<>();
        for (Claim c : claims) {
            Claim seen = last.get(c.docId());
            if (seen == null || !seen.revises() && (c.revises() || c.sentence().ordinal() >= seen.sentence().ordinal())) {
                last.put(c.docId(), c);
            }
        }
        return new ArrayList<>(last.values());
    }

    /** Facilities named differently on the two sides (two different plants) are not the same thing. */
    private static boolean sameThing(List<Claim> a, List<Claim> b) {
        for (Claim x : a) {
            for (Claim y : b) {
                if (!x.subject().isEmpty() && !y.subject().isEmpty() && !x.subject().equals(y.subject())) {
                    return false;
                }
            }
        }
        return true;
    }
}
