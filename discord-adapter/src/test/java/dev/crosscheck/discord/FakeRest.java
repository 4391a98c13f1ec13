package dev.crosscheck.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fake Discord's REST API: the handful of routes the adapter uses, each request recorded. */
final class FakeRest {
    private static final String BASE = "/api/v10/";
    private static final Pattern CALLBACK = Pattern.compile("interactions/(\\d+)/([^/]+)/callback");
    private static final Pattern FOLLOWUP = Pattern.compile("webhooks/(\\d+)/([^/]+)");
    private static final Pattern ORIGINAL = Pattern.compile("webhooks/(\\d+)/([^/]+)/messages/([^/]+)");
    private static final Pattern CHANNEL_MESSAGE = Pattern.compile("channels/(\\d+)/messages");
    private static final Pattern COMMANDS = Pattern.compile("applications/(\\d+)(?:/guilds/(\\d+))?/commands");

    private final FakeDiscord discord;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(32);
    /** "METHOD path" of every request, for tests that look at what was asked. */
    final List<String> requests = new CopyOnWriteArrayList<>();
    /** Interaction ids whose callback came too late or twice, refused as Discord would. */
    final List<String> refusedCallbacks = new CopyOnWriteArrayList<>();
    /** Channel ids of posts refused for want of permission. */
    final List<String> refusedPosts = new CopyOnWriteArrayList<>();

    FakeRest(FakeDiscord discord) {
        this.discord = discord;
        try {
            this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::handle);
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            String method = x.getRequestMethod();
            String path = x.getRequestURI().getPath();
            requests.add(method + " " + path);
            if (!path.startsWith(BASE)) {
                respond(x, 404, error("404: Not Found", 0));
                return;
            }
            if (!("Bot " + FakeDiscord.TOKEN).equals(x.getRequestHeaders().getFirst("Authorization"))) {
                respond(x, 401, error("401: Unauthorized", 0));
                return;
            }
            String route = path.substring(BASE.length());
            JsonNode body = body(x);
            Matcher m;
            if (method.equals("GET") && route.equals("users/@me")) {
                respond(x, 200, discord.botUser());
            } else if (method.equals("PUT") && (m = COMMANDS.matcher(route)).matches()) {
                discord.registered.put(m.group(2) == null ? "global" : m.group(2), body);
                ArrayNode out = FakeDiscord.JSON.createArrayNode();
                for (JsonNode c : body) {
                    ObjectNode copy = ((ObjectNode) c.deepCopy()).put("id", discord.snowflake())
                            .put("application_id", m.group(1)).put("version", "1");
                    if (m.group(2) != null) {
                        copy.put("guild_id", m.group(2));
                    }
                    out.add(copy);
                }
                respond(x, 200, out);
            } else if (method.equals("POST") && (m = CALLBACK.matcher(route)).matches()) {
                callback(x, m.group(1), body);
            } else if (method.equals("POST") && (m = FOLLOWUP.matcher(route)).matches()) {
                FakeDiscord.Interaction i = byToken(m.group(2));
                ObjectNode posted = discord.messageFrom(body, i == null ? "0" : i.channelId, true);
                discord.record(new Sent("followup", m.group(2), body, posted, System.nanoTime()));
                respond(x, 200, posted);
            } else if (method.equals("PATCH") && (m = ORIGINAL.matcher(route)).matches()) {
                FakeDiscord.Interaction i = byToken(m.group(2));
                ObjectNode posted = discord.messageFrom(body, i == null ? "0" : i.channelId, true);
                discord.record(new Sent("edit", m.group(2), body, posted, System.nanoTime()));
                respond(x, 200, posted);
            } else if (method.equals("DELETE") && (m = ORIGINAL.matcher(route)).matches()) {
                discord.record(new Sent("delete", m.group(2), FakeDiscord.JSON.createObjectNode(), null,
                        System.nanoTime()));
                respond(x, 204, null);
            } else if (method.equals("POST") && (m = CHANNEL_MESSAGE.matcher(route)).matches()) {
                if (discord.refusing.contains(m.group(1))) {
                    refusedPosts.add(m.group(1));
                    respond(x, 403, error("Missing Permissions", 50013));
                    return;
                }
                ObjectNode posted = discord.messageFrom(body, m.group(1), false);
                discord.record(new Sent("channel", m.group(1), body, posted, System.nanoTime()));
                respond(x, 200, posted);
            } else {
                respond(x, 404, error("404: Not Found", 0));
            }
        } catch (RuntimeException e) {
            e.printStackTrace();
            throw e;
        }
    }

    /** Discord's rules: within 3 s of the interaction, and only once. */
    private void callback(HttpExchange x, String id, JsonNode body) throws IOException {
        FakeDiscord.Interaction i = discord.interactions.get(id);
        if (i == null || System.nanoTime() - i.createdNanos > FakeDiscord.INTERACTION_WINDOW.toNanos()) {
            refusedCallbacks.add(id);
            respond(x, 404, error("Unknown interaction", 10062));
            return;
        }
        synchronized (i) {
            if (i.acknowledged) {
                refusedCallbacks.add(id);
                respond(x, 400, error("Interaction has already been acknowledged.", 40060));
                return;
            }
            i.acknowledged = true;
        }
        // A reply's callback posts a message; asked with_response (as JDA asks), Discord answers with it.
        ObjectNode posted = body.path("type").asInt() == 4
                ? discord.messageFrom(body.path("data"), i.channelId, true) : null;
        discord.record(new Sent("callback", id, body, posted, System.nanoTime()));
        if (!String.valueOf(x.getRequestURI().getQuery()).contains("with_response=true")) {
            respond(x, 204, null);
            return;
        }
        ObjectNode response = FakeDiscord.JSON.createObjectNode();
        ObjectNode interaction = response.putObject("interaction").put("id", id).put("type", 2)
                .put("response_message_loading", body.path("type").asInt() == 5)
                .put("response_message_ephemeral", (body.path("data").path("flags").asInt(0) & 64) != 0);
        ObjectNode resource = response.putObject("resource").put("type", body.path("type").asInt());
        if (posted != null) {
            interaction.put("response_message_id", posted.path("id").asText());
            resource.set("message", posted);
        }
        respond(x, 200, response);
    }

    private FakeDiscord.Interaction byToken(String token) {
        return discord.interactions.values().stream().filter(i -> i.token.equals(token)).findFirst().orElse(null);
    }

    private static ObjectNode error(String message, int code) {
        return FakeDiscord.JSON.createObjectNode().put("message", message).put("code", code);
    }

    /** JSON, or the payload_json part of a multipart body. */
    private static JsonNode body(HttpExchange x) throws IOException {
        byte[] raw = x.getRequestBody().readAllBytes();
        if (raw.length == 0) {
            return FakeDiscord.JSON.createObjectNode();
        }
        String text = new String(raw, StandardCharsets.UTF_8);
        String type = String.valueOf(x.getRequestHeaders().getFirst("Content-Type"));
        if (type.startsWith("multipart/")) {
            Matcher m = Pattern.compile("name=\"payload_json\"[^\\n]*\\r?\\n(?:[^\\r\\n]+\\r?\\n)*\\r?\\n(.*?)\\r?\\n--",
                    Pattern.DOTALL).matcher(text);
            if (!m.find()) {
                throw new IllegalStateException("multipart body without payload_json: " + text);
            }
            text = m.group(1);
        }
        return FakeDiscord.JSON.readTree(text);
    }

    private static void respond(HttpExchange x, int status, JsonNode body) throws IOException {
        if (body == null) {
            x.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }
}
