package dev.crosscheck.telegram;

import dev.crosscheck.TestBot;
import dev.crosscheck.Bot;
import dev.crosscheck.Eventually;
import dev.crosscheck.HeardRequests;
import dev.crosscheck.command.ChatRef;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** A running bot over a copy of the seeds, a fake Bot API, and the real adapter long-polling it. */
final class TelegramFixture implements AutoCloseable {
    final TestBot base;
    final Path dir;
    final Path seeds;
    final Bot bot;
    final FakeBotApi telegram;
    final TelegramFrontend frontend;
    /** Every request the adapter handed to the command layer, in order. */
    final HeardRequests requests;

    private TelegramFixture(TestBot base, TelegramFrontend frontend, FakeBotApi telegram, HeardRequests requests) {
        this.base = base;
        this.requests = requests;
        this.dir = base.dir;
        this.seeds = base.seeds;
        this.bot = base.bot;
        this.frontend = frontend;
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
        TestBot base = TestBot.start("telegram", section, extraArticles);
        HeardRequests requests = new HeardRequests();
        TelegramFrontend frontend = new TelegramFrontend(requests);
        return new TelegramFixture(base, frontend, base.connect(frontend, FakeBotApi::start), requests);
    }

    /**
     * Waits until the adapter knows the bot's message {@code answer} as an answer: it learns the id when the Bot API
     * answers the send, a moment after the fake has recorded it, and a person replies only after seeing it.
     */
    void awaitKnownAnswer(Sent answer, Duration timeout) throws InterruptedException {
        ChatRef chat = new ChatRef(TelegramFrontend.PLATFORM, answer.chatId());
        String id = Long.toString(answer.messageId());
        Eventually.until(() -> frontend.conversations().ofAnswer(chat, id).isPresent(), timeout,
                () -> "the adapter never learnt of its answer " + id);
    }

    @Override
    public void close() throws IOException {
        base.close();
    }
}
