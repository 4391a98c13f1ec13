package dev.crosscheck.bench;

import java.util.List;

/**
 * One question of the training data with its candidates: each candidate's features and whether its passage holds
 * a gold answer from an expected source. {@code group} names the set it counts in when thresholds are chosen.
 */
public record TrainingQuestion(String id, String question, String group, boolean answerable, List<Row> rows) {
    /**
     * A candidate: its features, whether its quote answers, the fewest sentences past the quote a passage around it
     * must reach to hold the answer (0 when none holds it), and what it quotes (kept for study, see --dump).
     */
    public record Row(double[] features, boolean answers, int passageReach, String quote) {
        public Row(double[] features, boolean answers, String quote) {
            this(features, answers, answers ? 1 : 0, quote);
        }
    }

    public TrainingQuestion {
        rows = List.copyOf(rows);
    }
}
