package dev.crosscheck.conflict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Compares the figures sources give for one measure: the same value in other words, compatible, or incompatible. */
final class Figures {
    private Figures() {
    }

    private static boolean comparable(List<Claim> side, List<Claim> other) {
        return side.stream().anyMatch(c -> other.stream().anyMatch(c::comparableWith));
    }

    static Conflict compare(String key, List<Claim> claims) {
        Map<String, Claim> bySource = ConflictDetector.perSource(claims);
        // A claim that needs context needs a partner from another source sharing it.
        bySource.values().removeIf(c -> bySource.values().stream()
                .noneMatch(o -> o != c && !o.docId().equals(c.docId()) && c.comparableWith(o)));
        if (bySource.size() < 2) {
            return null;
        }
        // Sources that say the same thing in other words form one side.
        List<List<Claim>> sides = new ArrayList<>();
        for (Claim c : bySource.values()) {
            List<Claim> side = sides.stream().filter(s -> s.get(0).interval().sameAs(c.interval())).findFirst()
                    .orElse(null);
            if (side == null) {
                sides.add(new ArrayList<>(List.of(c)));
            } else {
                side.add(c);
            }
        }
        // Sides disagree only through claims that share context: a copy of an article gives each of its figures a
        // partner, which must not make a missile's range and a city's distance from the front two sides.
        sides.removeIf(side -> sides.stream().noneMatch(other -> other != side && comparable(side, other)));
        if (sides.size() < 2) {
            return null;
        }
        boolean revised = sides.stream().flatMap(List::stream).anyMatch(Claim::revises);
        boolean disjoint = false;
        for (int i = 0; i < sides.size(); i++) {
            for (int j = i + 1; j < sides.size(); j++) {
                disjoint |= comparable(sides.get(i), sides.get(j))
                        && !sides.get(i).get(0).interval().overlaps(sides.get(j).get(0).interval());
            }
        }
        Conflict.Kind kind = revised ? Conflict.Kind.UPDATE
                : disjoint ? Conflict.Kind.CONTRADICTION : Conflict.Kind.DIVERGENT;
        // An update reads as a timeline: the revising reports last.
        List<List<Claim>> ordered = sides.stream()
                .sorted(Comparator.comparing((List<Claim> s) -> s.stream().anyMatch(Claim::revises))).toList();
        return Conflicts.build(key, claims.get(0).topic(), kind, ordered);
    }
}
