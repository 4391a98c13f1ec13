package dev.crosscheck.bench;

/**
 * One corpus indexed from scratch in a fresh JVM: its size, the embedding model's raw throughput on a sample of its
 * own sentences, the indexing time and throughput, the index on disk and the process's peak resident memory.
 */
public record IndexMeasurement(int articles, int sentences, int rawSample, double rawPerSecond, double indexSeconds,
                               double indexPerSecond, double indexMb, double peakResidentMib) {
    /** Indexing throughput as a share of the raw embedding throughput measured alongside, in percent. */
    public double percentOfRaw() {
        return rawPerSecond > 0 ? 100 * indexPerSecond / rawPerSecond : 0;
    }
}
