package dev.crosscheck.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.corpus.ArticlePageTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedPollerTest {
    static final String RSS = "application/rss+xml; charset=utf-8";
    static final String ATOM = "application/atom+xml";

    @TempDir
    Path dir;
    FeedServer server;
    Path seeds;

    @BeforeEach
    void start() throws IOException {
        server = new FeedServer();
        seeds = Files.createDirectories(dir.resolve("seeds"));
        server.route("/robots.txt", FeedServer.Route.ok("text/plain", "User-agent: *\nDisallow: /private/\n"));
        server.route("/news/dam-breach", FeedServer.Route.ok("text/html; charset=utf-8",
                ArticlePageTest.resource("boilerplate-page.html")));
        server.route("/world/riverton-dam-toll", FeedServer.Route.ok("text/html",
                ArticlePageTest.resource("jsonld-page.html")));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static String rss(String... items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>The Valley Courier"
                + "</title><link>https://courier.example/</link><description>News</description>"
                + String.join("", items) + "</channel></rss>";
    }

    static String item(String title, String link, String date) {
        return "<item><title>" + title + "</title><link>" + link + "</link><pubDate>" + date + "</pubDate>"
                + "<description>A short teaser.</description></item>";
    }

    static String atom(String... entries) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Harbour Gazette</title><id>urn:gazette</id><updated>2026-11-30T12:00:00Z</updated>"
                + String.join("", entries) + "</feed>";
    }

    static String entry(String id, String title, String updated, String html) {
        return "<entry><id>" + id + "</id><title>" + title + "</title><link rel=\"alternate\" href=\"/stories/" + id
                + "\"/><updated>" + updated + "</updated><content type=\"html\"><![CDATA[" + html
                + "]]></content></entry>";
    }

    FeedPoller poller(List<FeedSource> sources, Duration keep, Clock clock) {
        FeedLedger ledger = FeedLedger.open("jdbc:sqlite:" + dir.resolve("crosscheck.db"), null, null, clock);
        return new FeedPoller(new FeedOptions(sources, Duration.ofMinutes(15), keep), seeds, dir.resolve("data"),
                ledger, new Fetcher(clock, Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofMillis(20)),
                clock);
    }

    FeedPoller poller(FeedSource... sources) {
        return poller(List.of(sources), null, Clock.systemUTC());
    }

    Map<String, String> files() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(seeds)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(seeds.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        return out;
    }

    void courierFeed() {
        server.route("/rss.xml", FeedServer.Route.ok(RSS, rss(
                item("Dam breach floods Riverton valley", server.uri("/news/dam-breach?utm_source=rss").toString(),
                        "Sun, 30 Nov 2026 07:15:00 GMT"),
                item("Riverton dam collapse: death toll rises to five",
                        server.uri("/world/riverton-dam-toll").toString(), "Sun, 30 Nov 2026 18:40:00 GMT")))
                .with("ETag", "\"v1\""));
    }

    @Test
    void feedItemsBecomeMarkdownArticlesWithFrontMatterAndOnlyTheirBody() throws IOException {
        courierFeed();
        server.route("/atom.xml", FeedServer.Route.ok(ATOM, atom(entry("harbour-1", "Harbour reopens after storm",
                "2026-11-30T12:00:00Z", "<p>The harbour reopened on Sunday after the storm.</p>"
                        + "<p>Ferries to Norland will run again from Monday.</p>"))));
        try (FeedPoller p = poller(new FeedSource(server.uri("/rss.xml"), "Valley Courier"),
                new FeedSource(server.uri("/atom.xml"), null))) {
            List<FeedOutcome> outcomes = p.poll(true);
            assertEquals("200, 2 new", outcomes.get(0).status(), outcomes.toString());
            assertEquals("200, 1 new", outcomes.get(1).status(), outcomes.toString());
        }
        Map<String, String> files = files();
        assertEquals(List.of("feeds/harbour-gazette/2026-11-30-harbour-reopens-after-storm.md",
                "feeds/valley-courier/2026-11-30-dam-breach-floods-riverton-valley.md",
                "feeds/valley-courier/2026-11-30-riverton-dam-collapse-death-toll-rises-to-five.md"),
                List.copyOf(files.keySet()));
        String dam = files.get("feeds/valley-courier/2026-11-30-dam-breach-floods-riverton-valley.md");
        assertTrue(dam.startsWith("---\ntitle: \"Dam breach floods Riverton valley\"\n"
                + "url: \"https://courier.example/news/2026/11/30/dam-breach-riverton\"\noutlet: \"Valley Courier\"\n"
                + "published: \"2026-11-30T07:15:00Z\"\nfetched: \""), dam);
        assertTrue(dam.contains("Four people were killed when the Riverton dam gave way"), dam);
        assertFalse(dam.contains("cookies") || dam.contains("Related stories") || dam.contains("Comments"), dam);
        String atom = files.get("feeds/harbour-gazette/2026-11-30-harbour-reopens-after-storm.md");
        assertTrue(atom.contains("url: \"" + server.uri("/stories/harbour-1") + "\""), atom);
        assertTrue(atom.contains("Ferries to Norland will run again from Monday."), atom);
        assertEquals(0, server.requests("/stories/harbour-1"), "a feed that carries the article is not re-fetched");
        assertTrue(server.seen.stream().allMatch(s -> s.header("User-Agent").startsWith("Crosscheck/")));
    }

    @Test
    void aFeedSlowToAnswerDoesNotHoldBackTheOthers() throws IOException {
        // The slow feed answers only once the other feed has been asked, within longer than the fetcher waits (1 s):
        // fetched one after the other, it would time out; side by side, both are read.
        courierFeed();
        com.sun.net.httpserver.HttpServer slow = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        byte[] body = atom(entry("harbour-1", "Harbour reopens after storm", "2026-11-30T12:00:00Z",
                "<p>The harbour reopened on Sunday after the storm.</p>")).getBytes(StandardCharsets.UTF_8);
        slow.createContext("/", ex -> {
            long until = System.nanoTime() + 3_000_000_000L;
            while (ex.getRequestURI().getPath().equals("/atom.xml") && server.requests("/rss.xml") == 0
                    && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            boolean feed = ex.getRequestURI().getPath().equals("/atom.xml");
            ex.getResponseHeaders().set("Content-Type", ATOM);
            ex.sendResponseHeaders(feed ? 200 : 404, feed ? body.length : -1);
            if (feed) {
                ex.getResponseBody().write(body);
            }
            ex.close();
        });
        slow.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        slow.start();
        try (FeedPoller p = poller(new FeedSource(java.net.URI.create("http://127.0.0.1:"
                + slow.getAddress().getPort() + "/atom.xml"), "Harbour Gazette"),
                new FeedSource(server.uri("/rss.xml"), "Valley Courier"))) {
            List<FeedOutcome> outcomes = p.poll(true);
            assertEquals("200, 1 new", outcomes.get(0).status(), outcomes.toString());
            assertEquals("200, 2 new", outcomes.get(1).status(), outcomes.toString());
        } finally {
            slow.stop(0);
        }
    }

    @Test
    void aSecondPollAsksConditionallyAndA304StoresNothingTwice() throws IOException {
        courierFeed();
        try (FeedPoller p = poller(new FeedSource(server.uri("/rss.xml"), "Valley Courier"))) {
            p.poll(true);
            Map<String, String> before = files();
            List<FeedOutcome> second = p.poll(true);
            assertEquals("304 not modified", second.get(0).status());
            assertEquals(before, files());
        }
        List<FeedServer.Seen> feedRequests = server.seen.stream().filter(s -> s.path().equals("/rss.xml")).toList();
        assertEquals(null, feedRequests.get(0).header("If-None-Match"));
        assertEquals("\"v1\"", feedRequests.get(1).header("If-None-Match"));
        assertEquals("gzip", feedRequests.get(0).header("Accept-Encoding"));
    }

    @Test
    void aFeedWithoutANameKeepsItsOwnTitleWhileItAnswers304() throws IOException {
        courierFeed();
        try (FeedPoller p = poller(new FeedSource(server.uri("/rss.xml"), null))) {
            assertEquals("The Valley Courier", p.poll(true).get(0).outlet());
            FeedOutcome second = p.poll(true).get(0);
            assertEquals("304 not modified", second.status());
            assertEquals("The Valley Courier", second.outlet(), "not the host, 127.0.0.1");
        }
    }

    @Test
    void restartingFetchesAndStoresNothingTwice() throws IOException {
        courierFeed();
        try (FeedPoller p = poller(new FeedSource(server.uri("/rss.xml"), "Valley Courier"))) {
            p.poll(true);
        }
        Map<String, String> before = files();
        // The feed changes its ETag but not its items: the articles are known by URL and not fetched again.
        courierFeed();
        server.route("/rss.xml", FeedServer.Route.ok(RSS, rss(item("Dam breach floods Riverton valley",
                server.uri("/news/dam-breach").toString(), "Sun, 30 Nov 2026 07:15:00 GMT"))).with("ETag", "\"v2\""));
        try (FeedPoller p = poller(new FeedSource(server.uri("/rss.xml"), "Valley Courier"))) {
            List<FeedOutcome> again = p.poll(true);
            assertEquals("200, 0 new", again.get(0).status(), again.toString());
        }
        assertEquals(before, files());
        assertEquals(1, server.requests("/news/dam-breach?utm_source=rss") + server.requests("/news/dam-breach"));
    }

    @Test
    void robotsTxtDisallowIsHonoured() throws IOException {
        server.route("/rss.xml", FeedServer.Route.ok(RSS, rss(item("Secret", server.uri("/private/secret").toString(),
                "Sun, 30 Nov 2026 07:15:00 GMT"))));
        server.route("/private/secret", FeedServer.Route.ok("text/html", "<p>Not for crawlers.</p>"));
        try (FeedPoller p = poller(new FeedSource(server.uri("/rss.xml"), "Valley Courier"))) {
            FeedOutcome o = p.poll(true).get(0);
            assertTrue(o.skipped().get(0).endsWith(": disallowed by robots.txt"), o.skipped().toString());
        }
        assertEquals(0, server.requests("/private/secret"));
        assertEquals(Map.of(), files());
    }

    @Test
    void brokenFeedsAndPagesWarnAndChangeNothingStored() throws IOException {
        courierFeed();
        try (FeedPoller p = poller(new FeedSource(server.uri("/rss.xml"), "Valley Courier"))) {
            p.poll(true);
        }
        Map<String, String> before = files();
        byte[] huge = new byte[(int) Fetcher.MAX_BYTES + 10];
        java.util.Arrays.fill(huge, (byte) 'a');
        Map<String, FeedServer.Route> broken = Map.of(
                "/gone.xml", new FeedServer.Route(404, "text/plain", "no".getBytes(StandardCharsets.UTF_8), Map.of(), 0),
                "/error.xml", new FeedServer.Route(500, "text/plain", new byte[0], Map.of(), 0),
                "/slow.xml", new FeedServer.Route(200, RSS, rss().getBytes(StandardCharsets.UTF_8), Map.of(), 3000),
                "/garbage.xml", FeedServer.Route.ok(RSS, "<rss><channel><item><title>unclosed"),
                "/html.xml", FeedServer.Route.ok("text/html", "<html><body>Welcome</body></html>"),
                "/huge.xml", new FeedServer.Route(200, RSS, huge, Map.of(), 0));
        broken.forEach(server::route);
        Map<String, String> expected = Map.of("/gone.xml", "404 Not Found", "/error.xml", "500 Internal Server Error",
                "/slow.xml", "timed out", "/garbage.xml", "not a readable RSS or Atom feed", "/html.xml",
                "not a feed (text/html)", "/huge.xml", "larger than 5 MB");
        List<FeedSource> sources = broken.keySet().stream().sorted()
                .map(path -> new FeedSource(server.uri(path), "Valley Courier")).toList();
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        try (FeedPoller p = poller(sources, null, Clock.fixed(now, ZoneOffset.UTC))) {
            for (FeedOutcome o : p.poll(true)) {
                assertTrue(o.failed(), o.toString());
                assertTrue(o.status().startsWith(expected.get(o.feed().url().getPath())), o.status());
                assertTrue(o.status().endsWith("; retry in 15m"), o.status());
            }
            assertTrue(p.poll(false).isEmpty(), "a failed feed waits before it is tried again");
            FeedState gone = p.states().stream().filter(s -> s.url().endsWith("/gone.xml")).findFirst().orElseThrow();
            assertEquals(1, gone.failures());
            assertEquals(now.plus(Duration.ofMinutes(15)), gone.nextAttempt());
        }
        assertEquals(before, files());
    }

    @Test
    void articlesPastKeepAreRemovedButFilesWrittenByHandAreNot() throws IOException {
        courierFeed();
        Files.createDirectories(seeds.resolve("feeds/valley-courier"));
        Files.writeString(seeds.resolve("feeds/valley-courier/notes.md"), "My notes\n\nWritten by hand in 2020.\n");
        Instant later = Instant.parse("2027-01-15T00:00:00Z");
        try (FeedPoller p = poller(new FeedSource(server.uri("/rss.xml"), "Valley Courier"))) {
            p.poll(true);
        }
        assertEquals(3, files().size());
        try (FeedPoller p = poller(List.of(new FeedSource(server.uri("/rss.xml"), "Valley Courier")),
                Duration.ofDays(30), Clock.fixed(later, ZoneOffset.UTC))) {
            p.poll(false);
        }
        assertEquals(List.of("feeds/valley-courier/notes.md"), List.copyOf(files().keySet()));
    }

    @Test
    void anArticlePublishedBeforeKeepIsSkippedNotAddedAndRemoved() throws IOException {
        // "fetch" with keep: 30d had listed as added articles the same round deleted.
        courierFeed();
        Instant later = Instant.parse("2027-01-15T00:00:00Z");
        try (FeedPoller p = poller(List.of(new FeedSource(server.uri("/rss.xml"), "Valley Courier")),
                Duration.ofDays(30), Clock.fixed(later, ZoneOffset.UTC))) {
            FeedOutcome outcome = p.poll(true).get(0);
            assertEquals(List.of(), outcome.added());
            assertTrue(outcome.skipped().stream().allMatch(x -> x.endsWith("published before feeds.keep (30d)")),
                    outcome.skipped().toString());
            assertFalse(outcome.skipped().isEmpty());
        }
        assertEquals(0, files().size());
    }

    @Test
    void aMovedAndGzippedFeedIsFollowedAndRead() throws IOException {
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(zipped)) {
            gz.write(atom(entry("harbour-1", "Harbour reopens after storm", "2026-11-30T12:00:00Z",
                    "<p>The harbour reopened on Sunday after the storm.</p>")).getBytes(StandardCharsets.UTF_8));
        }
        server.route("/old-feed", new FeedServer.Route(301, "text/plain", new byte[0],
                Map.of("Location", server.uri("/atom.xml").toString()), 0));
        server.route("/atom.xml", new FeedServer.Route(200, ATOM, zipped.toByteArray(),
                Map.of("Content-Encoding", "gzip"), 0));
        try (FeedPoller p = poller(new FeedSource(server.uri("/old-feed"), "Harbour Gazette"))) {
            assertEquals("200, 1 new", p.poll(true).get(0).status());
        }
        assertTrue(files().values().iterator().next().contains("The harbour reopened on Sunday"));
    }

    @Test
    void oneWireStoryAtTwoOutletsStaysTwoDocumentsButOnceWithinAnOutlet() throws IOException {
        String story = "<p>The harbour reopened on Sunday after the storm, the port authority said.</p>";
        server.route("/a.xml", FeedServer.Route.ok(ATOM, atom(entry("a-1", "Harbour reopens", "2026-11-30T12:00:00Z",
                story), entry("a-2", "Harbour reopens (updated link)", "2026-11-30T12:05:00Z", story))));
        server.route("/b.xml", FeedServer.Route.ok(ATOM, atom(entry("b-1", "Harbour reopens after storm",
                "2026-11-30T12:00:00Z", story))));
        try (FeedPoller p = poller(new FeedSource(server.uri("/a.xml"), "Agency A"),
                new FeedSource(server.uri("/b.xml"), "Outlet B"))) {
            List<FeedOutcome> o = p.poll(true);
            assertEquals("200, 1 new", o.get(0).status());
            assertTrue(o.get(0).skipped().get(0).endsWith("the same article is already stored for Agency A"),
                    o.get(0).skipped().toString());
            assertEquals("200, 1 new", o.get(1).status());
        }
        assertEquals(2, files().size());
    }

    @Test
    void aHostIsAskedAtMostOnceASecond() throws IOException {
        courierFeed();
        FeedLedger ledger = FeedLedger.open("jdbc:sqlite:" + dir.resolve("crosscheck.db"), null, null);
        try (FeedPoller p = new FeedPoller(new FeedOptions(List.of(new FeedSource(server.uri("/rss.xml"), "V")),
                Duration.ofMinutes(15), null), seeds, dir.resolve("data"), ledger, new Fetcher(Clock.systemUTC()),
                Clock.systemUTC())) {
            p.poll(true);
        }
        List<Long> times = server.seen.stream().map(FeedServer.Seen::nanos).toList();
        assertEquals(4, times.size(), "robots.txt, the feed and its two pages");
        for (int i = 1; i < times.size(); i++) {
            assertTrue(times.get(i) - times.get(i - 1) >= 990_000_000L, "requests " + (i - 1) + " and " + i);
        }
    }
}
