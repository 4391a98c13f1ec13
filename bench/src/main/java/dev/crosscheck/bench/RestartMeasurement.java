package dev.crosscheck.bench;

/**
 * One restart over a persisted index in a fresh JVM: how long until it answers (open, and from the JVM's start),
 * question latency once warm, conflict detection over the corpus, and memory after answering.
 *
 * @param openSeconds opening the core as the launcher does: reading and hashing the corpus while the model loads,
 *                    then opening the index
 * @param fromJvmStartSeconds from the JVM's start to an open core: what a user waits for before the first answer
 * @param conflictsReadySeconds from the start of the open until the background conflict detection is done
 * @param found questions of the set that found an answer (a sanity check that the index was used)
 * @param detectionSeconds median of {@code detectionRuns} runs of conflict detection over the whole corpus
 * @param residentMib resident memory after answering; {@code peakResidentMib} the peak until then (-1: unknown)
 * @param heapUsedMib heap in use after a full collection, after answering
 */
public record RestartMeasurement(double openSeconds, double fromJvmStartSeconds,
                                 double conflictsReadySeconds, int questions, int found, int latencies,
                                 double p50Ms, double p99Ms, int conflicts, double detectionSeconds,
                                 int detectionRuns, double residentMib, double peakResidentMib, double heapUsedMib) {
}
