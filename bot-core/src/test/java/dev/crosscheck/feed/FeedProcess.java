package dev.crosscheck.feed;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * A Crosscheck process following one feed, for the test of two processes sharing PostgreSQL: it polls until its
 * seeds folder holds the expected number of articles (or a minute has passed), then exits 0 (or 1).
 * Arguments: SEEDS DATA JDBC_URL USER PASSWORD FEED_URL EXPECTED.
 */
public final class FeedProcess {
    public static void main(String[] a) throws Exception {
        Path seeds = Path.of(a[0]);
        FeedOptions options = new FeedOptions(List.of(new FeedSource(URI.create(a[5]), "Valley Courier")),
                Duration.ofSeconds(5), null);
        int expected = Integer.parseInt(a[6]);
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        boolean done = false;
        try (FeedPoller poller = FeedPoller.open(options, seeds, Path.of(a[1]), a[2], a[3], a[4])) {
            while (!done && System.nanoTime() < deadline) {
                poller.poll(false);
                done = count(seeds) >= expected;
                Thread.sleep(200);
            }
        }
        System.exit(done ? 0 : 1);
    }

    private static long count(Path seeds) throws java.io.IOException {
        if (!Files.isDirectory(seeds)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(seeds)) {
            return s.filter(p -> p.toString().endsWith(".md")).count();
        }
    }
}
