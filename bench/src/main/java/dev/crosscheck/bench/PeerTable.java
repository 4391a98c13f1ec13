package dev.crosscheck.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders a peer comparison as Markdown: one row per contender, and the questions each got wrong. */
public final class PeerTable {
    private PeerTable() {
    }

    /**
     * Columns per question set: accuracy, latency median / p99, and memory (heap retained by the built contender,
     * plus what it keeps memory-mapped from disk, which the heap figure cannot see).
     */
    public static String markdown(List<SetResult> results) {
        Map<String, Map<String, Score>> rows = new LinkedHashMap<>();
        for (SetResult r : results) {
            for (Score s : r.scores()) {
                rows.computeIfAbsent(s.contender(), k -> new LinkedHashMap<>()).put(r.set(), s);
            }
        }
        List<String> header = new ArrayList<>(List.of("contender"));
        for (SetResult r : results) {
            header.add("accuracy, " + r.set() + " (" + r.questions() + " q.)");
        }
        for (SetResult r : results) {
            header.add("latency median / p99, " + r.set());
        }
        for (SetResult r : results) {
            header.add("memory, " + r.set());
        }
        StringBuilder sb = new StringBuilder(line(header));
        sb.append("|---").append("|---:".repeat(header.size() - 1)).append("|\n");
        for (Map.Entry<String, Map<String, Score>> row : rows.entrySet()) {
            List<String> cells = new ArrayList<>(List.of(row.getKey()));
            for (SetResult r : results) {
                Score s = row.getValue().get(r.set());
                cells.add(s == null ? "–" : String.format(Locale.ROOT, "%d/%d (%.0f%%)", s.correct(), s.total(),
                        s.accuracy()));
            }
            for (SetResult r : results) {
                Score s = row.getValue().get(r.set());
                cells.add(s == null ? "–" : ms(s.latency().median()) + " / " + ms(s.latency().p99()) + " ms");
            }
            for (SetResult r : results) {
                Score s = row.getValue().get(r.set());
                cells.add(s == null ? "–" : memory(s));
            }
            sb.append(line(cells));
        }
        return sb.toString();
    }

    /** The wrong replies, grouped by set and contender, at most {@code perContender} listed for each. */
    public static String misses(List<SetResult> results, int perContender) {
        StringBuilder sb = new StringBuilder();
        for (SetResult r : results) {
            Map<String, List<Outcome>> byContender = new LinkedHashMap<>();
            for (Outcome o : r.outcomes()) {
                if (!o.correct()) {
                    byContender.computeIfAbsent(o.contender(), k -> new ArrayList<>()).add(o);
                }
            }
            for (Map.Entry<String, List<Outcome>> e : byContender.entrySet()) {
                List<Outcome> wrong = e.getValue();
                sb.append("\n**").append(e.getKey()).append(", ").append(r.set()).append("**: ")
                        .append(wrong.size()).append(" wrong\n\n");
                for (Outcome o : wrong.subList(0, Math.min(perContender, wrong.size()))) {
                    sb.append("- ").append(o.id()).append(" “").append(escape(o.question())).append("”: ")
                            .append(escape(o.why())).append(" — ").append(escape(o.reply())).append('\n');
                }
                if (wrong.size() > perContender) {
                    sb.append("- … and ").append(wrong.size() - perContender).append(" more\n");
                }
            }
        }
        return sb.toString();
    }

    private static String memory(Score s) {
        String heap = mb(s.heapBytes()) + " heap";
        return s.diskBytes() > 0 ? heap + " + " + mb(s.diskBytes()) + " mapped index" : heap;
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, bytes >= 10_000_000 ? "%.0f MB" : "%.1f MB", bytes / 1e6);
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f", v);
    }

    private static String line(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    /** Keeps replies from breaking the Markdown: pipes and newlines are table syntax, asterisks emphasis. */
    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
                .replace("\n", " ");
    }
}
