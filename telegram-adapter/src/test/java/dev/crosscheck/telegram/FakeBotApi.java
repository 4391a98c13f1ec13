package dev.crosscheck.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.crosscheck.FakePlatform;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A local Telegram Bot API on 127.0.0.1: long-polled getUpdates over a queue the tests fill, the calls the adapter
 * makes recorded, and scripted failures (a 429 with retry_after, a chat that blocked the bot).
 */
final class FakeBotApi implements FakePlatform {
    static final String TOKEN = "123456:fake-token";
    static final long BOT_ID = 123456;
    static final String USERNAME = "crosscheck_bot";
    static final long READER = 1001;
    static final long ADMIN = 1002;
    static final long GROUP = -100500;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL_HOLD = Duration.ofMillis(200);

    final List<Sent> sent = new CopyOnWriteArrayList<>();
    /** Chats whose next sendMessage calls are answered 429 with this many seconds of retry_after, once each. */
    final Map<String, Integer> throttleOnce = new ConcurrentHashMap<>();
    /** Chats that blocked the bot: sendMessage there is answered 403. */
    final Set<String> blocked = ConcurrentHashMap.newKeySet();
    /** Members of the group with the status getChatMember reports. */
    final Map<Long, String> statuses = new ConcurrentHashMap<>(Map.of(ADMIN, "administrator", READER, "member"));
    final List<Long> throttledAt = new CopyOnWriteArrayList<>();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-telegram");
        t.setDaemon(true);
        return t;
    });
    private final Deque<ObjectNode> updates = new ArrayDeque<>();
    private final AtomicLong updateIds = new AtomicLong(1);
    private final AtomicLong messageIds = new AtomicLong(10_000);

    private FakeBotApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
    }

    static FakeBotApi start() throws IOException {
        return new FakeBotApi();
    }

    @Override
    public Map<String, String> env() {
        return Map.of(TelegramConfig.TOKEN_ENV, TOKEN, TelegramConfig.API_URL_ENV,
                "http://127.0.0.1:" + server.getAddress().getPort());
    }

    // ---- what users do

    /** A user's message in a chat; returns its message id. */
    long say(long chat, long user, String text) {
        return say(chat, user, text, null);
    }

    /** As {@link #say}, replying to {@code repliedTo} (a message sent by {@code repliedFrom}). */
    long say(long chat, long user, String text, Long repliedFrom) {
        List<ObjectNode> one = List.of(message(chat, user, text, repliedFrom));
        queue(one);
        return one.get(0).path("message").path("message_id").asLong();
    }

    /** A user's reply to the bot's message {@code answer} in its chat; returns the reply's message id. */
    long reply(long user, String text, Sent answer) {
        ObjectNode update = message(Long.parseLong(answer.chatId()), user, text, BOT_ID, answer.messageId());
        ((ObjectNode) update.path("message").path("reply_to_message")).put("text", answer.text());
        queue(List.of(update));
        return update.path("message").path("message_id").asLong();
    }

    /** Queues updates so that the next getUpdates returns all of them in one batch. */
    synchronized void queue(List<ObjectNode> batch) {
        updates.addAll(batch);
        notifyAll();
    }

    ObjectNode message(long chat, long user, String text, Long repliedFrom) {
        return message(chat, user, text, repliedFrom, 5);
    }

    /** As {@link #message(long, long, String, Long)}, replying to message {@code repliedId}. */
    private ObjectNode message(long chat, long user, String text, Long repliedFrom, long repliedId) {
        long id = messageIds.incrementAndGet();
        ObjectNode m = JSON.createObjectNode();
        m.put("message_id", id).put("date", System.currentTimeMillis() / 1000).put("text", text);
        ObjectNode c = m.putObject("chat").put("id", chat);
        if (chat < 0) {
            c.put("type", "supergroup").put("title", "Newsroom");
        } else {
            c.put("type", "private").put("first_name", "Reader");
        }
        m.set("from", user(user, false));
        if (repliedFrom != null) {
            ObjectNode r = m.putObject("reply_to_message");
            r.put("message_id", repliedId).put("date", System.currentTimeMillis() / 1000).put("text", "earlier");
            r.set("chat", c.deepCopy());
            r.set("from", user(repliedFrom, repliedFrom == BOT_ID));
        }
        ObjectNode update = JSON.createObjectNode().put("update_id", updateIds.getAndIncrement());
        update.set("message", m);
        return update;
    }

    private static ObjectNode user(long id, boolean bot) {
        ObjectNode u = JSON.createObjectNode().put("id", id).put("is_bot", bot).put("first_name", bot ? "Crosscheck" : "U" + id);
        if (bot) {
            u.put("username", USERNAME);
        }
        return u;
    }

    // ---- what the tests check

    Sent await(Predicate<Sent> test, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (Sent s : sent) {
                if (test.test(s)) {
                    return s;
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("nothing like that was sent; last sent: "
                + sent.subList(Math.max(0, sent.size() - 3), sent.size()));
    }

    /** The first message sent in reply to {@code messageId}. */
    Sent awaitReply(long messageId, Duration timeout) throws InterruptedException {
        return await(s -> s.method().equals("sendmessage") && s.replyTo() == messageId, timeout);
    }

    List<Sent> calls(String method) {
        return sent.stream().filter(s -> s.method().equals(method)).toList();
    }

    // ---- the Bot API

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String prefix = "/bot" + TOKEN + "/";
            if (!path.startsWith(prefix)) {
                respond(exchange, 401, error(401, "Unauthorized", null));
                return;
            }
            String method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
            byte[] raw = exchange.getRequestBody().readAllBytes();
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            JsonNode body = raw.length == 0 ? JSON.createObjectNode()
                    : type != null && type.startsWith("multipart/form-data") ? formFields(type, raw) : JSON.readTree(raw);
            if (method.equals("getupdates")) {
                respond(exchange, 200, ok(poll(body.path("offset").asLong(0))));
                return;
            }
            Sent call = new Sent(method, body, null);
            if (method.equals("sendmessage")) {
                Integer wait = throttleOnce.remove(call.chatId());
                if (wait != null) {
                    throttledAt.add(System.nanoTime());
                    respond(exchange, 429, error(429, "Too Many Requests: retry after " + wait, wait));
                    return;
                }
                if (blocked.contains(call.chatId())) {
                    respond(exchange, 403, error(403, "Forbidden: bot was blocked by the user", null));
                    return;
                }
            }
            JsonNode result = result(method, body);
            sent.add(new Sent(method, body, result));
            respond(exchange, 200, ok(result));
        }
    }

    /** setWebhook (which may carry a certificate) comes as multipart form data: its text fields as a JSON object. */
    private static JsonNode formFields(String contentType, byte[] raw) {
        String boundary = "--" + contentType.replaceAll(".*boundary=\"?([^\";]+)\"?.*", "$1");
        ObjectNode fields = JSON.createObjectNode();
        for (String part : new String(raw, java.nio.charset.StandardCharsets.UTF_8).split(java.util.regex.Pattern.quote(boundary))) {
            var m = java.util.regex.Pattern.compile("(?s)name=\"([^\"]+)\".*?\r\n\r\n(.*?)\r\n$").matcher(part);
            if (m.find()) {
                fields.put(m.group(1), m.group(2));
            }
        }
        return fields;
    }

    private JsonNode result(String method, JsonNode body) {
        return switch (method) {
            case "getme" -> user(BOT_ID, true).put("can_join_groups", true).put("can_read_all_group_messages", false);
            case "sendmessage" -> {
                ObjectNode m = JSON.createObjectNode().put("message_id", messageIds.incrementAndGet())
                        .put("date", System.currentTimeMillis() / 1000).put("text", body.path("text").asText());
                long chat = Long.parseLong(body.path("chat_id").asText());
                m.putObject("chat").put("id", chat).put("type", chat < 0 ? "supergroup" : "private");
                m.set("from", user(BOT_ID, true));
                yield m;
            }
            case "getchatmember" -> {
                long user = body.path("user_id").asLong();
                ObjectNode member = JSON.createObjectNode().put("status", statuses.getOrDefault(user, "left"));
                member.set("user", user(user, false));
                yield member;
            }
            default -> JSON.getNodeFactory().booleanNode(true);
        };
    }

    /** Long polling: holds the request until an update is queued or the hold time passes, like Telegram does. */
    private synchronized ArrayNode poll(long offset) {
        while (!updates.isEmpty() && updates.peekFirst().path("update_id").asLong() < offset) {
            updates.removeFirst();
        }
        long deadline = System.nanoTime() + POLL_HOLD.toNanos();
        try {
            while (updates.isEmpty() && System.nanoTime() < deadline) {
                wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // All of them, whatever the limit: the adapter must cope with a large batch.
        ArrayNode batch = JSON.createArrayNode();
        List<ObjectNode> copy = new ArrayList<>(updates);
        copy.forEach(batch::add);
        return batch;
    }

    private static ObjectNode ok(JsonNode result) {
        ObjectNode r = JSON.createObjectNode().put("ok", true);
        r.set("result", result);
        return r;
    }

    private static ObjectNode error(int code, String description, Integer retryAfter) {
        ObjectNode r = JSON.createObjectNode().put("ok", false).put("error_code", code).put("description", description);
        if (retryAfter != null) {
            r.putObject("parameters").put("retry_after", retryAfter);
        }
        return r;
    }

    private static void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
