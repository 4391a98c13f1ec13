package dev.crosscheck.bench;

import java.util.List;
import java.util.Map;

/** One contender's results on one development set: a tally per half, and every wrong reply. */
public record DevResult(String set, String contender, Map<Part, DevTally> tallies, List<Miss> misses,
                        double medianMs) {
    /** A wrong reply, with why the judge refused it. */
    public record Miss(String id, Part part, String question, String why, String reply) {
    }

    public DevTally tally(Part part) {
        return tallies.getOrDefault(part, DevTally.EMPTY);
    }
}
