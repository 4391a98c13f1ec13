package dev.crosscheck.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.feed.FeedOptions;
import dev.crosscheck.feed.FeedSource;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedConfigTest {
    @TempDir
    Path tmp;

    private Settings load(String yaml, Map<String, String> env) throws IOException {
        Path f = Files.writeString(tmp.resolve("c.yaml"), yaml);
        return SettingsLoader.load(f, true, env);
    }

    private String error(String yaml, Map<String, String> env) {
        return assertThrows(ConfigException.class, () -> load(yaml, env)).getMessage();
    }

    @Test
    void feedsAreAListOfUrlsOrOfUrlsWithNames() throws IOException {
        FeedOptions f = load("feeds:\n  - https://a.example/rss.xml\n  - url: https://b.example/atom\n"
                + "    name: B News\n", Map.of()).feeds();
        assertEquals(List.of(new FeedSource(URI.create("https://a.example/rss.xml"), null),
                new FeedSource(URI.create("https://b.example/atom"), "B News")), f.sources());
        assertEquals(FeedOptions.DEFAULT_POLL, f.poll());
        assertNull(f.keep());
    }

    @Test
    void pollAndKeepSitBesideTheSources() throws IOException {
        FeedOptions f = load("feeds:\n  poll: 30s\n  keep: 7d\n  sources:\n    - https://a.example/rss.xml\n",
                Map.of()).feeds();
        assertEquals(Duration.ofSeconds(30), f.poll());
        assertEquals(Duration.ofDays(7), f.keep());
        assertEquals(1, f.sources().size());
    }

    @Test
    void theEnvironmentAddsFeedsAndSetsThePoll() throws IOException {
        FeedOptions f = load("feeds:\n  - https://a.example/rss.xml\n", Map.of("CROSSCHECK_FEEDS",
                "https://b.example/1, https://c.example/2", "CROSSCHECK_FEEDS_POLL", "2m")).feeds();
        assertEquals(3, f.sources().size());
        assertEquals(Duration.ofMinutes(2), f.poll());
    }

    @Test
    void aFeedThatIsNotHttpIsAnErrorNamingIt() {
        String e = error("feeds:\n  - ftp://a.example/rss.xml\n", Map.of());
        assertTrue(e.contains("ftp://a.example/rss.xml") && e.contains("not an http(s) URL"), e);
        String env = error("seeds: seeds\n", Map.of("CROSSCHECK_FEEDS", "file:///etc/passwd"));
        assertTrue(env.contains("file:///etc/passwd") && env.contains("CROSSCHECK_FEEDS"), env);
        // The HTTP client's "port out of range:99999" had named neither.
        String port = error("seeds: seeds\n", Map.of("CROSSCHECK_FEEDS", "http://127.0.0.1:99999/x"));
        assertTrue(port.contains("http://127.0.0.1:99999/x") && port.contains("CROSSCHECK_FEEDS")
                && port.contains("no valid port"), port);
    }

    @Test
    void aFeedWithoutItsSchemeOrListedTwiceIsAnErrorSayingSo() throws IOException {
        // java.net.URI had read "127.0.0.1" as the scheme: "Illegal character in scheme name".
        String bare = error("feeds:\n  - 127.0.0.1:8765/courier.rss\n", Map.of());
        assertTrue(bare.contains("no http:// or https://") && bare.contains("http://127.0.0.1:8765/courier.rss"), bare);
        String twice = error("feeds:\n  - https://a.example/rss.xml\n  - url: https://a.example/rss.xml\n"
                + "    name: A\n", Map.of());
        assertTrue(twice.contains("https://a.example/rss.xml") && twice.contains("listed twice"), twice);
        FeedOptions f = load("feeds:\n  - https://a.example/rss.xml\n", Map.of("CROSSCHECK_FEEDS",
                "https://a.example/rss.xml,https://b.example/1")).feeds();
        assertEquals(2, f.sources().size(), "the environment's copy of a feed the file follows is followed once");
    }

    @Test
    void anUnknownFeedOptionIsAnErrorNamingIt() {
        String e = error("feeds:\n  pol: 30s\n", Map.of());
        assertTrue(e.contains("\"pol\""), e);
        String item = error("feeds:\n  - url: https://a.example/\n    title: A\n", Map.of());
        assertTrue(item.contains("\"title\""), item);
    }

    @Test
    void aPollUnderFiveSecondsOrNotADurationIsAnError() {
        assertTrue(error("feeds:\n  poll: 2s\n", Map.of()).contains("at least 5s"));
        assertTrue(error("feeds:\n  poll: soon\n", Map.of()).contains("\"soon\" is not a duration"));
        assertTrue(error("seeds: seeds\n", Map.of("CROSSCHECK_FEEDS_POLL", "1s")).contains("CROSSCHECK_FEEDS_POLL"));
    }
}
