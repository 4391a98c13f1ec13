package dev.crosscheck.bench;

import java.util.List;

/**
 * One question of the training data with its candidates: each candidate's features and whether its passage holds
 * a gold answer from an expected source. {@code group} names the set it counts in when thresholds are chosen.
 */
public record TrainingQuestion(String id, String question, String group, boolean answerable, List<Row> rows) {
    /**
     * A candidate: its features, whether its quote answers, whether the passage around it does, and what it quotes
     * (kept for study, see --dump).
     */
    public record Row(double[] features, boolean answers, boolean passageAnswers, String quote) {
        public Row(double[] features, boolean answers, String quote) {
            this(features, answers, answers, quote);
        }
    }

    public TrainingQuestion {
        rows = List.copyOf(rows);
    }
}
