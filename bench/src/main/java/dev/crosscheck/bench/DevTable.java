package dev.crosscheck.bench;

import java.util.List;
import java.util.Locale;

/** The development-set results as a Markdown table: each contender's tune and check halves side by side. */
public final class DevTable {
    private DevTable() {
    }

    public static String markdown(List<DevResult> results) {
        StringBuilder sb = new StringBuilder();
        sb.append("| set | contender | tune: answered | tune: not found when unanswerable | check: answered "
                + "| check: not found when unanswerable | gap | median ms |\n|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (DevResult r : results) {
            DevTally t = r.tally(Part.TUNE);
            DevTally c = r.tally(Part.CHECK);
            double gap = c.answeredPct() - t.answeredPct();
            sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %.1f |%n", r.set(),
                    r.contender(), answered(t), abstained(t), answered(c), abstained(c),
                    Double.isNaN(gap) ? "–" : String.format(Locale.ROOT, "%+.0f", gap), r.medianMs()));
        }
        return sb.toString();
    }

    static String cell(DevTally t) {
        return answered(t) + " answered, " + abstained(t) + " not found when unanswerable";
    }

    private static String answered(DevTally t) {
        return t.answerable() == 0 ? "–" : String.format(Locale.ROOT, "%d/%d (%.0f %%)", t.answered(),
                t.answerable(), t.answeredPct());
    }

    private static String abstained(DevTally t) {
        return t.unanswerable() == 0 ? "–" : String.format(Locale.ROOT, "%d/%d (%.0f %%)", t.abstained(),
                t.unanswerable(), t.abstainedPct());
    }
}
