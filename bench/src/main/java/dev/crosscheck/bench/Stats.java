package dev.crosscheck.bench;

import java.util.Arrays;
import java.util.List;

/** Order statistics of a set of timings in milliseconds. */
public record Stats(int count, double median, double p99, double mean) {
    public static Stats of(List<Double> values) {
        if (values.isEmpty()) {
            return new Stats(0, 0, 0, 0);
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Stats(v.length, percentile(v, 0.5), percentile(v, 0.99), Arrays.stream(v).average().orElse(0));
    }

    private static double percentile(double[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
