package dev.crosscheck.telegram;

import dev.crosscheck.ScriptedModel;
import dev.crosscheck.TestCores;
import dev.crosscheck.Bot;
import dev.crosscheck.config.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/** A running bot over a copy of the seeds, a fake Bot API, and the real adapter long-polling it. */
final class TelegramFixture implements AutoCloseable {
    final Path dir;
    final Path seeds;
    final Bot bot;
    final FakeBotApi telegram;
    final TelegramFrontend frontend = new TelegramFrontend();

    private TelegramFixture(Path dir, Path seeds, Bot bot, FakeBotApi telegram) {
        this.dir = dir;
        this.seeds = seeds;
        this.bot = bot;
        this.telegram = telegram;
    }

    static TelegramFixture start() throws Exception {
        return start(Map.of());
    }

    /** With extra articles (file name to text) next to the seeds. */
    static TelegramFixture start(Map<String, String> extraArticles) throws Exception {
        return start(extraArticles, Map.of());
    }

    /** With extra articles and the given {@code telegram:} config section. */
    static TelegramFixture start(Map<String, String> extraArticles, Map<String, Object> section) throws Exception {
        Path dir = Files.createTempDirectory("crosscheck-telegram-test");
        Path seeds = TestCores.copySeeds(dir.resolve("seeds"));
        for (Map.Entry<String, String> a : extraArticles.entrySet()) {
            Files.writeString(seeds.resolve(a.getKey()), a.getValue());
        }
        Settings settings = new Settings(seeds, dir.resolve("data")).withPlatforms(Map.of("telegram", section));
        Bot bot = Bot.start(settings, ScriptedModel.embedder(), Duration.ofMillis(200));
        FakeBotApi telegram = null;
        TelegramFixture f = null;
        try {
            bot.awaitReady(Duration.ofSeconds(30));
            telegram = FakeBotApi.start();
            f = new TelegramFixture(dir, seeds, bot, telegram);
            f.frontend.start(bot, settings, telegram.env());
            return f;
        } catch (Exception | Error e) {
            if (f != null) {
                f.close();
            } else {
                bot.close();
                if (telegram != null) {
                    telegram.close();
                }
            }
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            frontend.close();
            bot.close();
        } finally {
            telegram.close();
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
