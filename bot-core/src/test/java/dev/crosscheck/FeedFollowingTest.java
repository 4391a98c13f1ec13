package dev.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.crosscheck.answer.Answer;
import dev.crosscheck.answer.Citation;
import dev.crosscheck.command.Request;
import dev.crosscheck.conflict.Conflict;
import dev.crosscheck.config.Settings;
import dev.crosscheck.feed.FeedOptions;
import dev.crosscheck.feed.FeedSource;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A followed feed end to end: the bot polls a local feed, a new item that contradicts an earlier one becomes a document,
 * a subscribed chat is alerted once, and answers cite it with a link to the original.
 */
class FeedFollowingTest {
    @TempDir
    Path tmp;

    static String rss(String version, String... items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Kharkiv Courier</title>"
                + "<link>https://kharkiv-courier.example/</link><description>" + version + "</description>"
                + String.join("", items) + "</channel></rss>";
    }

    static String item(String slug, String title, String body) {
        return "<item><title>" + title + "</title><link>https://kharkiv-courier.example/news/" + slug + "</link>"
                + "<pubDate>Thu, 01 Dec 2026 06:00:00 GMT</pubDate><content:encoded><![CDATA[" + body
                + "]]></content:encoded></item>";
    }

    @Test
    void aContradictingItemInAFeedIsIndexedAlertedOnceAndCitedWithItsLink() throws Exception {
        Path seeds = TestCores.copySeeds(tmp.resolve("seeds"));
        String harbour = item("harbour", "Harbour reopens", "<p>The harbour in Odesa reopened on Thursday.</p>");
        String earlier = item("overnight", "Kharkiv struck overnight", "<p>Kharkiv Governor Oleh Synehubov said the "
                + "city and region had been hit by 15 strikes overnight.</p><p>President Volodymyr Zelensky condemned "
                + "the attacks, and Mayor Vitali Klitschko said Kyiv was spared.</p>");
        String strikes = item("strikes", "Kharkiv hit again", "<p>Kharkiv Governor Oleh Synehubov said the city and "
                + "region had been hit by 25 strikes overnight.</p><p>President Volodymyr Zelensky condemned the "
                + "attacks, and Mayor Vitali Klitschko said Kyiv was spared.</p>");
        AtomicReference<String> feed = new AtomicReference<>(rss("v1", earlier, harbour));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/rss.xml", ex -> {
            byte[] body = feed.get().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/rss.xml");
            Settings settings = new Settings(seeds, tmp.resolve("data")).withFeeds(new FeedOptions(
                    List.of(new FeedSource(url, "Kharkiv Courier")), FeedOptions.MIN_POLL, null));
            try (Bot bot = Bot.start(settings, TestCores.embedder(), Duration.ofMillis(200))) {
                bot.awaitReady(Duration.ofSeconds(30));
                BotTest.RecordingSink sink = BotTest.RecordingSink.on(bot);
                Path harbourFile = seeds.resolve("feeds/kharkiv-courier/2026-12-01-harbour-reopens.md");
                for (int i = 0; i < 100 && !Files.exists(harbourFile); i++) {
                    Thread.sleep(100);
                }
                assertTrue(Files.exists(harbourFile), "the first poll wrote the feed's item");
                bot.core().commands().handle(Request.console("subscribe", "strikes Kharkiv"));

                feed.set(rss("v2", strikes, earlier, harbour));

                Conflict alert = sink.alerts.poll(40, TimeUnit.SECONDS);
                assertNotNull(alert, "no alert within 40 s");
                Conflict.Statement fromFeed = alert.statements().stream()
                        .filter(s -> s.source().equals("feeds/kharkiv-courier/2026-12-01-kharkiv-hit-again.md"))
                        .findFirst().orElseThrow(() -> new AssertionError(alert.toString()));
                assertTrue(fromFeed.quote().contains("25 strikes"), fromFeed.quote());
                assertEquals("https://kharkiv-courier.example/news/strikes", fromFeed.origin().url());
                assertEquals("Kharkiv Courier", fromFeed.origin().outlet());
                assertTrue(alert.statements().stream().anyMatch(s -> "https://kharkiv-courier.example/news/overnight"
                        .equals(s.origin().url()) && s.quote().contains("15 strikes")), alert.toString());
                assertNull(sink.alerts.poll(7, TimeUnit.SECONDS), "one alert, also after the next poll");

                Answer answer = bot.core().composer().answer("How many strikes hit Kharkiv overnight?");
                Citation cited = answer.citations().stream().filter(c -> c.quote().contains("25 strikes"))
                        .findFirst().orElseThrow(() -> new AssertionError(answer.citations().toString()));
                assertEquals("https://kharkiv-courier.example/news/strikes", cited.origin().url());
            }
        } finally {
            server.stop(0);
        }
    }
}
