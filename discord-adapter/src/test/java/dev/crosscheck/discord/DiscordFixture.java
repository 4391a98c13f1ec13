package dev.crosscheck.discord;

import dev.crosscheck.TestBot;
import dev.crosscheck.Bot;
import dev.crosscheck.Eventually;
import dev.crosscheck.HeardRequests;
import dev.crosscheck.command.ChatRef;
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
    /** Every request the adapter handed to the command layer, in order. */
    final HeardRequests requests;

    private DiscordFixture(TestBot base, DiscordFrontend frontend, FakeDiscord discord, HeardRequests requests) {
        this.base = base;
        this.requests = requests;
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
        HeardRequests requests = new HeardRequests();
        DiscordFrontend frontend = new DiscordFrontend(Duration.ofSeconds(15), requests);
        return new DiscordFixture(base, frontend, base.connect(frontend, FakeDiscord::start), requests);
    }

    /**
     * Waits until the adapter knows the bot's message {@code posted} as an answer: it learns the id when Discord
     * answers the post, a moment after the fake has recorded it, and a person replies only after seeing it.
     */
    void awaitKnownAnswer(Sent posted, Duration timeout) throws InterruptedException {
        ChatRef chat = new ChatRef(DiscordFrontend.PLATFORM, posted.posted().path("channel_id").asText());
        String id = posted.posted().path("id").asText();
        Eventually.until(() -> frontend.conversations().ofAnswer(chat, id).isPresent(), timeout,
                () -> "the adapter never learnt of its answer " + id);
    }

    @Override
    public void close() throws IOException {
        base.close();
    }
}
