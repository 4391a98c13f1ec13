package dev.crosscheck.bench;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** One corpus size of the scale benchmark: its indexing run and its restart runs, summarised by medians. */
public record ScalePoint(String label, IndexMeasurement index, List<RestartMeasurement> restarts) {
    public ScalePoint {
        if (restarts.isEmpty()) {
            throw new IllegalArgumentException("a scale point needs at least one restart run");
        }
        restarts = List.copyOf(restarts);
    }

    public int articles() {
        return index.articles();
    }

    public double openSeconds() {
        return median(RestartMeasurement::openSeconds);
    }

    public double fromJvmStartSeconds() {
        return median(RestartMeasurement::fromJvmStartSeconds);
    }

    public double p50Ms() {
        return median(RestartMeasurement::p50Ms);
    }

    public double p99Ms() {
        return median(RestartMeasurement::p99Ms);
    }

    public double detectionSeconds() {
        return median(RestartMeasurement::detectionSeconds);
    }

    public double residentMib() {
        return median(RestartMeasurement::residentMib);
    }

    /** Peak resident memory while opening, detecting conflicts and answering (indexing's peak is the index's). */
    public double peakResidentMib() {
        return median(RestartMeasurement::peakResidentMib);
    }

    private double median(ToDoubleFunction<RestartMeasurement> f) {
        return Stats.of(restarts.stream().map(r -> f.applyAsDouble(r)).toList()).median();
    }
}
