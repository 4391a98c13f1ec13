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

    @Test
    void longPollingUnlessAWebhookUrlIsSet() {
        Map<String, String> env = Map.of(TelegramConfig.TOKEN_ENV, "1:abc");
        assertFalse(TelegramConfig.from(Map.of(), env).webhook());
        TelegramConfig hook = TelegramConfig.from(Map.of("webhook-url", "https://bot.example.org/tg"), env);
        assertTrue(hook.webhook());
        assertEquals(TelegramConfig.DEFAULT_WEBHOOK_PORT, hook.webhookPort());
        assertFalse(hook.webhookSecret().isBlank(), "a secret is made up when none is set");
        assertFalse(hook.toString().contains(hook.webhookSecret()), "the secret is never logged");
        TelegramConfig fromEnv = TelegramConfig.from(Map.of(), Map.of(TelegramConfig.TOKEN_ENV, "1:abc",
                TelegramConfig.WEBHOOK_URL_ENV, "https://other.example.org/x", TelegramConfig.WEBHOOK_PORT_ENV, "9000",
                TelegramConfig.WEBHOOK_SECRET_ENV, "s3cret"));
        assertEquals("https://other.example.org/x", fromEnv.webhookUrl());
        assertEquals(9000, fromEnv.webhookPort());
        assertEquals("s3cret", fromEnv.webhookSecret());
    }

    @Test
    void aBadWebhookSettingIsNamed() {
        Map<String, String> env = Map.of(TelegramConfig.TOKEN_ENV, "1:abc");
        ConfigException port = assertThrows(ConfigException.class, () -> TelegramConfig.from(
                Map.of("webhook-url", "https://bot.example.org/tg", "webhook-port", "eighty"), env));
        assertTrue(port.getMessage().contains("webhook-port"), port.getMessage());
        assertThrows(ConfigException.class, () -> TelegramConfig.from(Map.of("webhook-url", "ftp://x"), env));
    }
}
