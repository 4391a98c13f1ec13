package dev.crosscheck.discord;

import dev.crosscheck.ScriptedModel;
import dev.crosscheck.TestCores;
import dev.crosscheck.Bot;
import dev.crosscheck.config.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A running bot over a copy of the seeds, a fake Discord, and the real adapter connected to it. */
final class DiscordFixture implements AutoCloseable {
    final Path dir;
    final Path seeds;
    final Bot bot;
    final FakeDiscord discord;
    final DiscordFrontend frontend = new DiscordFrontend(Duration.ofSeconds(15));

    private DiscordFixture(Path dir, Path seeds, Bot bot, FakeDiscord discord) {
        this.dir = dir;
        this.seeds = seeds;
        this.bot = bot;
        this.discord = discord;
    }

    /** With the fake guild listed in the config, so commands are registered there. */
    static DiscordFixture start() throws Exception {
        return start(Map.of("guilds", List.of(Long.toString(FakeDiscord.GUILD))));
    }

    /** With the given {@code discord:} config section. */
    static DiscordFixture start(Map<String, Object> discordSection) throws Exception {
        Path dir = Files.createTempDirectory("crosscheck-discord-test");
        Path seeds = TestCores.copySeeds(dir.resolve("seeds"));
        Settings settings = new Settings(seeds, dir.resolve("data")).withPlatforms(Map.of("discord", discordSection));
        Bot bot = Bot.start(settings, ScriptedModel.embedder(), Duration.ofMillis(200));
        FakeDiscord discord = null;
        DiscordFixture f = null;
        try {
            bot.awaitReady(Duration.ofSeconds(30));
            discord = FakeDiscord.start();
            f = new DiscordFixture(dir, seeds, bot, discord);
            f.frontend.start(bot, settings, discord.env());
            return f;
        } catch (Exception | Error e) {
            if (f != null) {
                f.close();
            } else {
                bot.close();
                if (discord != null) {
                    discord.close();
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
            discord.close();
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
