package dev.crosscheck.telegram;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.Frontend;
import dev.crosscheck.config.Settings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Finding, starting and stopping the front end: the token decides, and close leaves no thread behind. */
@Timeout(60)
class FrontendLifecycleTest {

    @Test
    void serveFindsTheTelegramFrontEndAndStartsItOnlyWhenATokenIsSet() {
        List<Frontend> found = ServiceLoader.load(Frontend.class).stream().map(ServiceLoader.Provider::get).toList();
        Frontend frontend = found.stream().filter(f -> f.name().equals("telegram")).findFirst().orElseThrow();
        assertTrue(frontend instanceof TelegramFrontend);
        Settings settings = Settings.defaults();
        assertFalse(frontend.configured(settings, Map.of()));
        assertFalse(frontend.configured(settings, Map.of(TelegramConfig.TOKEN_ENV, " ")));
        assertTrue(frontend.configured(settings, Map.of(TelegramConfig.TOKEN_ENV, "1:abc")));
    }

    @Test
    void closeStopsPollingAndEveryThreadItStarted() throws Exception {
        try (TelegramFixture fixture = TelegramFixture.start()) {
            long id = fixture.telegram.say(FakeBotApi.READER, FakeBotApi.READER, "/sources");
            fixture.telegram.awaitReply(id, Duration.ofSeconds(10));
            assertFalse(adapterThreads().isEmpty());
            fixture.frontend.close();
            assertTrue(waitFor(() -> adapterThreads().isEmpty()), "still running: " + adapterThreads());
            int polls = fixture.telegram.calls("getupdates").size();
            Thread.sleep(500);
            assertTrue(fixture.telegram.calls("getupdates").size() == polls, "no polling after close");
        }
    }

    /** Ours, and okhttp's non-daemon ones (its idle daemon task threads time out by themselves). */
    private static List<String> adapterThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(t -> t.getName().startsWith("crosscheck-telegram") || t.getName().startsWith("OkHttp")
                        && !t.isDaemon())
                .map(Thread::getName).toList();
    }

    private static boolean waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(8).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }
}
