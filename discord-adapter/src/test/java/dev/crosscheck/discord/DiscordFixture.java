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
    final DiscordFrontend frontend;

    private DiscordFixture(TestBot base, DiscordFrontend frontend, FakeDiscord discord) {
        this.base = base;
        this.dir = base.dir;
        this.seeds = base.seeds;
        this.bot = base.bot;
        this.frontend = frontend;
        this.discord = discord;
    }

    /** With the fake guild listed in the config, so commands are registered there. */
    static DiscordFixture start() throws Exception {
        return start(Map.of("guilds", List.of(Long.toString(FakeDiscord.GUILD))));
    }

    /** With the given {@code discord:} config section. */
    static DiscordFixture start(Map<String, Object> section) throws Exception {
        TestBot base = TestBot.start("discord", section, Map.of());
        DiscordFrontend frontend = new DiscordFrontend(Duration.ofSeconds(15));
        return new DiscordFixture(base, frontend, base.connect(frontend, FakeDiscord::start));
    }

    @Override
    public void close() throws IOException {
        base.close();
    }
}
