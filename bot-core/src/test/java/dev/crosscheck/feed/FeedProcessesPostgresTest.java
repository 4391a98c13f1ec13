package dev.crosscheck.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosscheck.corpus.ArticlePageTest;
import dev.crosscheck.store.PostgresSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Crosscheck processes, each with its own seeds folder, sharing one PostgreSQL: each article is fetched once,
 * by the holder of the fetch lease, and is present in both folders.
 */
@EnabledIfEnvironmentVariable(named = PostgresSchema.ENV, matches = ".+", disabledReason = PostgresSchema.SKIPPED)
class FeedProcessesPostgresTest {
    @RegisterExtension
    final PostgresSchema schema = new PostgresSchema();

    @TempDir
    Path dir;

    @Test
    void eachArticleIsFetchedOnceAndPresentInBothProcesses() throws Exception {
        try (FeedServer server = new FeedServer()) {
            server.route("/robots.txt", FeedServer.Route.ok("text/plain", "User-agent: *\nAllow: /\n"));
            server.route("/news/dam-breach", FeedServer.Route.ok("text/html",
                    ArticlePageTest.resource("boilerplate-page.html")));
            server.route("/world/riverton-dam-toll", FeedServer.Route.ok("text/html",
                    ArticlePageTest.resource("jsonld-page.html")));
            server.route("/rss.xml", FeedServer.Route.ok(FeedPollerTest.RSS, FeedPollerTest.rss(
                    FeedPollerTest.item("Dam breach floods Riverton valley",
                            server.uri("/news/dam-breach").toString(), "Sun, 30 Nov 2026 07:15:00 GMT"),
                    FeedPollerTest.item("Riverton dam collapse: death toll rises to five",
                            server.uri("/world/riverton-dam-toll").toString(), "Sun, 30 Nov 2026 18:40:00 GMT"))));
            List<Process> processes = List.of(start("a", server), start("b", server));
            for (Process p : processes) {
                if (!p.waitFor(90, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
                assertEquals(0, p.exitValue(), "a process did not see both articles in its folder");
            }
            assertEquals(1, server.requests("/news/dam-breach"));
            assertEquals(1, server.requests("/world/riverton-dam-toll"));
        }
        Map<String, String> a = files(dir.resolve("a/seeds"));
        assertEquals(2, a.size(), a.keySet().toString());
        assertEquals(a, files(dir.resolve("b/seeds")));
    }

    private Process start(String name, FeedServer server) throws IOException {
        Path home = Files.createDirectories(dir.resolve(name));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), FeedProcess.class.getName(),
                home.resolve("seeds").toString(), home.resolve("data").toString(), schema.urlWithoutCredentials(),
                schema.credentials().getProperty("user"), schema.credentials().getProperty("password"),
                server.uri("/rss.xml").toString(), "2")
                .redirectErrorStream(true).redirectOutput(home.resolve("log.txt").toFile()).start();
    }

    private static Map<String, String> files(Path seeds) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(seeds)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".md")).toList()) {
                out.put(seeds.relativize(p).toString(), Files.readString(p));
            }
        }
        return out;
    }
}
