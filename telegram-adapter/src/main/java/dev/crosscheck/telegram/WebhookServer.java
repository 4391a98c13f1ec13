package dev.crosscheck.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Webhook mode: the endpoint Telegram posts updates to. It sits behind whatever terminates TLS for the public URL,
 * accepts only requests carrying the secret token Telegram was given, and hands each update to the same handler
 * long polling uses.
 */
final class WebhookServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookServer.class);
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    /** Telegram sends one update per request; anything larger is not from Telegram. */
    private static final int MAX_BODY = 1 << 20;

    private final HttpServer server;
    private final ExecutorService threads;

    private WebhookServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    static WebhookServer start(TelegramConfig config, Consumer<List<Update>> updates) throws IOException {
        String path = URI.create(config.webhookUrl()).getPath();
        HttpServer server = HttpServer.create(new InetSocketAddress(config.webhookBind(), config.webhookPort()), 64);
        ExecutorService threads = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "crosscheck-telegram-webhook");
            t.setDaemon(true);
            return t;
        });
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        byte[] secret = config.webhookSecret().getBytes(StandardCharsets.UTF_8);
        server.createContext(path == null || path.isEmpty() ? "/" : path, exchange -> {
            try (exchange) {
                String given = exchange.getRequestHeaders().getFirst(SECRET_HEADER);
                if (!"POST".equals(exchange.getRequestMethod())) {
                    exchange.sendResponseHeaders(405, -1);
                } else if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
                    exchange.sendResponseHeaders(403, -1);
                } else {
                    Update update = json.readValue(read(exchange), Update.class);
                    // Answered on the adapter's pool: Telegram only needs to hear that the update arrived.
                    updates.accept(List.of(update));
                    exchange.sendResponseHeaders(200, -1);
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("Telegram webhook: a request could not be read: {}", e.getMessage());
                try {
                    exchange.sendResponseHeaders(400, -1);
                } catch (IOException | RuntimeException alreadyAnswered) {
                    // The status went out before the failure; nothing more to tell the sender.
                }
            }
        });
        server.setExecutor(threads);
        server.start();
        return new WebhookServer(server, threads);
    }

    private static byte[] read(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                throw new IOException("update larger than " + MAX_BODY + " bytes");
            }
            return body;
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(1);
        threads.shutdown();
    }
}
