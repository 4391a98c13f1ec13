package dev.crosscheck.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One contender's results on one development set: a tally per half, and every wrong reply. */
public record DevResult(String set, String contender, Map<Part, DevTally> tallies, List<Miss> misses,
                        double medianMs) {
    /** A wrong reply, with why the judge refused it. */
    public record Miss(String id, Part part, String question, String why, String reply) {
    }

    /**
     * The results with one row per set name and contender, in first-seen order: the many small corpora of one set
     * (the stories) are added up; the median time of a merged row is the median of its parts' medians.
     */
    static List<DevResult> merged(List<DevResult> results) {
        Map<List<String>, List<DevResult>> rows = new LinkedHashMap<>();
        results.forEach(r -> rows.computeIfAbsent(List.of(r.set(), r.contender()), k -> new ArrayList<>()).add(r));
        List<DevResult> out = new ArrayList<>();
        for (List<DevResult> parts : rows.values()) {
            if (parts.size() == 1) {
                out.add(parts.get(0));
                continue;
            }
            Map<Part, DevTally> tallies = new EnumMap<>(Part.class);
            List<Miss> misses = new ArrayList<>();
            for (DevResult r : parts) {
                r.tallies().forEach((part, t) -> tallies.merge(part, t, DevTally::plus));
                misses.addAll(r.misses());
            }
            double[] medians = parts.stream().mapToDouble(DevResult::medianMs).sorted().toArray();
            out.add(new DevResult(parts.get(0).set(), parts.get(0).contender(), tallies, misses,
                    medians[medians.length / 2]));
        }
        return out;
    }

    public DevTally tally(Part part) {
        return tallies.getOrDefault(part, DevTally.EMPTY);
    }
}
