package dev.crosscheck.bench;

import dev.crosscheck.conflict.Conflict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a detector's conflicts score against a conflict set: which required items were found (and with which kind),
 * which agreements were reported as conflicts, and how many reports matched nothing required.
 */
record ConflictScore(ConflictGold gold, List<Conflict> reported, List<Found> required, List<ConflictGold.Item> falseAlarms,
                     List<ConflictGold.Item> falseAlarmsOnValues, int matchedReports) {

    /** A required item and the kinds of the reports that matched it (empty when missed). */
    record Found(ConflictGold.Item item, List<String> kinds) {
        boolean found() {
            return !kinds.isEmpty();
        }

        boolean withKind() {
            return kinds.contains(item.kind());
        }
    }

    static ConflictScore of(ConflictGold gold, List<Conflict> reported) {
        List<Found> required = new ArrayList<>();
        for (ConflictGold.Item item : gold.required()) {
            required.add(new Found(item, reported.stream().filter(item::matchedBy).map(c -> c.kind().label())
                    .distinct().toList()));
        }
        List<ConflictGold.Item> falseAlarms = gold.agreements().stream()
                .filter(a -> reported.stream().anyMatch(a::matchedBy)).toList();
        List<ConflictGold.Item> onValues = gold.agreements().stream()
                .filter(a -> reported.stream().anyMatch(a::valuesMatchedBy)).toList();
        int matched = (int) reported.stream()
                .filter(c -> gold.required().stream().anyMatch(i -> i.matchedBy(c))).count();
        return new ConflictScore(gold, List.copyOf(reported), required, falseAlarms, onValues, matched);
    }

    long found(Part part) {
        return required.stream().filter(f -> part == null || f.item().part() == part).filter(Found::found).count();
    }

    long foundWithKind(Part part) {
        return required.stream().filter(f -> part == null || f.item().part() == part).filter(Found::withKind).count();
    }

    long total(Part part) {
        return required.stream().filter(f -> part == null || f.item().part() == part).count();
    }

    double precision() {
        return reported.isEmpty() ? 1 : matchedReports / (double) reported.size();
    }

    /** One line per required item and agreement, then the totals by half. */
    String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("| item | half | kind | found as | |\n|---|---|---|---|---|\n");
        for (Found f : required) {
            sb.append(String.format(Locale.ROOT, "| %s %s | %s | %s | %s | %s |%n", f.item().id(), f.item().topic(),
                    f.item().part().label(), f.item().kind(), f.found() ? String.join(", ", f.kinds()) : "—",
                    !f.found() ? "missed" : f.withKind() ? "found" : "found, other kind"));
        }
        for (ConflictGold.Item a : gold.agreements()) {
            String verdict = falseAlarmsOnValues.contains(a) ? "false alarm"
                    : falseAlarms.contains(a) ? "quoted beside another dispute" : "silent";
            sb.append(String.format(Locale.ROOT, "| %s (agreement) | %s | — | %s | %s |%n", a.id(), a.part().label(),
                    falseAlarms.contains(a) ? "reported" : "—", verdict));
        }
        sb.append(String.format(Locale.ROOT, "%nFound %d of %d (%d with their kind): tune %d of %d, check %d of %d; "
                        + "%d of %d agreements reported on their own values (%d quoted in a report at all); %d reports, "
                        + "%d matching a required item (precision %.0f %%).%n",
                found(null), total(null), foundWithKind(null), found(Part.TUNE), total(Part.TUNE), found(Part.CHECK),
                total(Part.CHECK), falseAlarmsOnValues.size(), gold.agreements().size(), falseAlarms.size(),
                reported.size(), matchedReports, 100 * precision()));
        return sb.toString();
    }
}
