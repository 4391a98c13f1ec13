package dev.crosscheck.discord;

import dev.crosscheck.TestBot;
import dev.crosscheck.Bot;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A running bot over a copy of the seeds, a fake Discord, and the real adapter connected to it. */
final class DiscordFixture implements AutoCloseable {
    final TestBot base;
    final Path dir;
    final Path seeds;
    final Bot bot;
    final FakeDiscord discord;
    final DiscordFrontend frontend = new DiscordFrontend(Duration.ofSeconds(15));

    private DiscordFixture(TestBot base, FakeDiscord discord) {
        this.base = base;
        this.dir = base.dir;
        this.seeds = base.seeds;
        this.bot = base.bot;
        this.discord = discord;
    }

    /** With the fake guild listed in the config, so commands are registered there. */
    static DiscordFixture start() throws Exception {
        return start(Map.of("guilds", List.of(Long.toString(FakeDiscord.GUILD))));
    }

    /** With the given {@code discord:} config section. */
    static DiscordFixture start(Map<String, Object> section) throws Exception {
        TestBot base = TestBot.start("discord", section, Map.of());
        FakeDiscord discord = null;
        DiscordFixture f = null;
        try {
            discord = FakeDiscord.start();
            f = new DiscordFixture(base, discord);
            f.frontend.start(base.bot, base.settings, discord.env());
            return f;
        } catch (Exception | Error e) {
            if (f != null) {
                f.close();
            } else {
                if (discord != null) {
                    discord.close();
                }
                base.close();
            }
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            frontend.close();
        } finally {
            try {
                base.close();
            } finally {
                discord.close();
            }
        }
    }
}
