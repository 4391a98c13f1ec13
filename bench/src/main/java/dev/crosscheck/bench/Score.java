package dev.crosscheck.bench;

/**
 * How one contender did on one question set: correct answers, per-question latency, the heap its structures retain
 * once built, what it keeps on disk instead (a memory-mapped index), and how long building took.
 */
public record Score(String contender, String set, int correct, int total, Stats latency, long heapBytes,
                    long diskBytes, double buildMs) {
    public double accuracy() {
        return total == 0 ? 0 : 100.0 * correct / total;
    }
}
