package dev.crosscheck.telegram;

import dev.crosscheck.TestBot;
import dev.crosscheck.Bot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** A running bot over a copy of the seeds, a fake Bot API, and the real adapter long-polling it. */
final class TelegramFixture implements AutoCloseable {
    final TestBot base;
    final Path dir;
    final Path seeds;
    final Bot bot;
    final FakeBotApi telegram;
    final TelegramFrontend frontend;

    private TelegramFixture(TestBot base, TelegramFrontend frontend, FakeBotApi telegram) {
        this.base = base;
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
        TelegramFrontend frontend = new TelegramFrontend();
        return new TelegramFixture(base, frontend, base.connect(frontend, FakeBotApi::start));
    }

    @Override
    public void close() throws IOException {
        base.close();
    }
}
