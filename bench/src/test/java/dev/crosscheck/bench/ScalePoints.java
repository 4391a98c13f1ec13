package dev.crosscheck.bench;

import java.util.List;

/** Made-up scale results for the four corpus sizes, for the report's tests. */
final class ScalePoints {
    private ScalePoints() {
    }

    static ScalePoint point(String label, int articles, double indexSeconds, double p50, double p99, double fromJvm,
                            double peakMib) {
        IndexMeasurement index = new IndexMeasurement(articles, articles * 20, 3_000, 420, indexSeconds,
                articles * 20 / indexSeconds, articles * 0.03, 700);
        RestartMeasurement restart = new RestartMeasurement(fromJvm - 0.9, fromJvm, fromJvm, 50, 40, 250, p50,
                p99, 5, articles / 400.0, 1, peakMib - 50, peakMib, 200);
        return new ScalePoint(label, index, List.of(restart));
    }

    static List<ScalePoint> four(double latencyAt9000, double peakAt9000) {
        return List.of(
                point("seeds", 5, 0.6, 8.5, 17.2, 1.5, 400),
                point("bbc-500", 500, 26, 9.1, 22.0, 1.7, 520),
                point("bbc", 2_225, 116, 9.3, 31.5, 2.0, 610),
                point("bbc-x4", 8_904, 470, latencyAt9000, 60.4, 3.1, peakAt9000));
    }
}
