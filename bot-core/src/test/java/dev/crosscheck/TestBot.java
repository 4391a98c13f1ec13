package dev.crosscheck;

import dev.crosscheck.config.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * A running bot over a fresh copy of the seeds (plus any extra articles), with one platform's config section, for
 * front-end tests; close stops it and deletes its folder.
 */
public final class TestBot implements AutoCloseable {
    public final Path dir;
    public final Path seeds;
    public final Settings settings;
    public final Bot bot;
    private Frontend frontend;
    private FakePlatform platform;

    private TestBot(Path dir, Path seeds, Settings settings, Bot bot) {
        this.dir = dir;
        this.seeds = seeds;
        this.settings = settings;
        this.bot = bot;
    }

    /** Starts the bot with the scripted model and waits until its start-up conflicts are recorded. */
    public static TestBot start(String platform, Map<String, Object> section, Map<String, String> extraArticles)
            throws IOException {
        Path dir = Files.createTempDirectory("crosscheck-" + platform + "-test");
        Path seeds = TestCores.copySeeds(dir.resolve("seeds"));
        for (Map.Entry<String, String> a : extraArticles.entrySet()) {
            Files.writeString(seeds.resolve(a.getKey()), a.getValue());
        }
        Settings settings = new Settings(seeds, dir.resolve("data")).withPlatforms(Map.of(platform, section));
        Bot bot = Bot.start(settings, ScriptedModel.embedder(), Duration.ofMillis(200));
        TestBot started = new TestBot(dir, seeds, settings, bot);
        try {
            bot.awaitReady(Duration.ofSeconds(30));
            return started;
        } catch (RuntimeException | Error e) {
            started.close();
            throw e;
        }
    }

    /**
     * The front matter the feed fetcher writes above an article's text: JSON-quoted values, which YAML reads as
     * strings.
     */
    public static String frontMatter(String title, String url, String outlet, String published) {
        return "---\ntitle: \"" + title + "\"\nurl: \"" + url + "\"\noutlet: \"" + outlet + "\"\npublished: \""
                + published + "\"\n---\n";
    }

    /** Writes an article into the watched seeds folder, in a new subfolder if need be, as the feed fetcher does. */
    public void land(String relative, String text) throws IOException {
        Path file = seeds.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /**
     * Starts a fake platform server and connects the real front end to it; both are closed with the bot. On failure
     * everything started so far is closed.
     */
    public <P extends FakePlatform> P connect(Frontend frontend, Callable<P> fakePlatform) throws Exception {
        try {
            P started = fakePlatform.call();
            this.platform = started;
            this.frontend = frontend;
            frontend.start(bot, settings, started.env());
            return started;
        } catch (Exception | Error e) {
            close();
            throw e;
        }
    }

    /** Closes the front end, then the bot (deleting its folder), then the fake platform. */
    @Override
    public void close() throws IOException {
        try {
            if (frontend != null) {
                frontend.close();
            }
        } finally {
            try {
                bot.close();
            } finally {
                try {
                    TestCores.deleteTree(dir);
                } finally {
                    if (platform != null) {
                        platform.close();
                    }
                }
            }
        }
    }
}
