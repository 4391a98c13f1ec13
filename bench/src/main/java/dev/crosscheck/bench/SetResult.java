package dev.crosscheck.bench;

import java.util.List;

/** Every contender's score on one question set, in the order they ran, and each judged reply. */
public record SetResult(String set, int questions, List<Score> scores, List<Outcome> outcomes) {
    public SetResult {
        scores = List.copyOf(scores);
        outcomes = List.copyOf(outcomes);
    }
}
