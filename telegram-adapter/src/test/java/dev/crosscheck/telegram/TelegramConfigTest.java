package dev.crosscheck.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.config.ConfigException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.TelegramUrl;

/** Reading the telegram: section and the environment. */
class TelegramConfigTest {
    private static final Map<String, String> TOKEN = Map.of(TelegramConfig.TOKEN_ENV, "42:secret");

    @Test
    void theApiUrlFromTheEnvironmentWinsOverTheFileAndBecomesATelegramUrl() {
        TelegramConfig c = TelegramConfig.from(Map.of("api-url", "http://127.0.0.1:1"),
                Map.of(TelegramConfig.TOKEN_ENV, "42:secret", TelegramConfig.API_URL_ENV, "http://127.0.0.1:8081"));
        TelegramUrl url = c.telegramUrl();
        assertEquals("http", url.getSchema());
        assertEquals("127.0.0.1", url.getHost());
        assertEquals(8081, url.getPort());
    }

    @Test
    void withoutAnApiUrlItIsTelegramsOwn() {
        assertEquals(TelegramUrl.DEFAULT_URL, TelegramConfig.from(Map.of(), TOKEN).telegramUrl());
    }

    @Test
    void theTokenIsNeverReadFromTheFileNorShown() {
        assertThrows(ConfigException.class, () -> TelegramConfig.from(Map.of("token", "x"), TOKEN));
        assertFalse(TelegramConfig.from(Map.of(), TOKEN).toString().contains("secret"));
    }

    @Test
    void unknownOptionsAndBadUrlsAreErrors() {
        assertThrows(ConfigException.class, () -> TelegramConfig.from(Map.of("api-ur", "x"), TOKEN));
        assertThrows(ConfigException.class, () -> TelegramConfig.from(Map.of("api-url", "ftp://h"), TOKEN));
        assertThrows(ConfigException.class, () -> TelegramConfig.from(Map.of("api-url", "http://h/path"), TOKEN));
        assertTrue(assertThrows(ConfigException.class, () -> TelegramConfig.from(Map.of(), Map.of()))
                .getMessage().contains(TelegramConfig.TOKEN_ENV));
    }
}
