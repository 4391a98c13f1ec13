package dev.crosscheck.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Webhook mode: Telegram is told where to post, and only posts carrying its secret are answered. */
@Timeout(60)
class WebhookEndToEndTest {
    private static final String PUBLIC_URL = "https://bot.example.org/telegram/hook";

    private static int post(int port, String secret, ObjectNode update) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/hook"))
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(update.toString()));
        if (secret != null) {
            request.header(WebhookServer.SECRET_HEADER, secret);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void updatesPostedWithTheSecretAreAnsweredAndOthersRefused() throws Exception {
        Map<String, Object> section = Map.of("webhook-url", PUBLIC_URL, "webhook-bind", "127.0.0.1", "webhook-port", "0");
        try (TelegramFixture f = TelegramFixture.start(Map.of(), section)) {
            Sent set = f.telegram.calls("setwebhook").get(0);
            assertEquals(PUBLIC_URL, set.body().path("url").asText());
            String secret = set.body().path("secret_token").asText();
            assertFalse(secret.isBlank());
            int port = f.frontend.webhookPort();

            ObjectNode forged = f.telegram.message(FakeBotApi.READER, FakeBotApi.READER, "Who leads Wagner?", null);
            assertEquals(403, post(port, "wrong", forged));
            assertEquals(403, post(port, null, forged));

            ObjectNode update = f.telegram.message(FakeBotApi.READER, FakeBotApi.READER,
                    "Who leads the Wagner group?", null);
            assertEquals(200, post(port, secret, update));
            Sent reply = f.telegram.awaitReply(update.path("message").path("message_id").asLong(), Duration.ofSeconds(15));
            assertNotNull(reply, "no answer to the webhook update");
            assertTrue(reply.text().contains("Prigozhin"), reply.text());
            assertTrue(f.telegram.calls("getupdates").isEmpty(), "webhook mode does not poll");
            long forgedId = forged.path("message").path("message_id").asLong();
            assertTrue(f.telegram.calls("sendmessage").stream().noneMatch(s -> s.replyTo() == forgedId));
        }
    }
}
