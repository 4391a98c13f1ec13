package dev.crosscheck.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.FakePlatform;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A Discord small enough to read, on 127.0.0.1: a gateway (WebSocket) and a REST API (HTTP) speaking just what JDA
 * needs to log in, load one guild, deliver interactions and messages, and take the bot's replies, which it records.
 * Like Discord, it refuses an interaction acknowledged after 3 s or twice.
 */
final class FakeDiscord implements FakePlatform {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String TOKEN = "fake-bot-token";
    static final long DISCORD_EPOCH = 1_420_070_400_000L;
    static final Duration INTERACTION_WINDOW = Duration.ofSeconds(3);

    static final long BOT = 1_100_000_000_000_000_001L;
    static final long GUILD = 1_100_000_000_000_000_100L;
    static final long NEWS = 1_100_000_000_000_000_200L;
    static final long LOCKED = 1_100_000_000_000_000_201L;
    static final long THREAD = 1_100_000_000_000_000_300L;
    /** The reader's direct-message channel with the bot, which JDA does not cache. */
    static final long DM = 1_100_000_000_000_000_500L;
    static final long MODERATORS = 1_100_000_000_000_000_400L;
    static final long OWNER = 1_100_000_000_000_000_900L;

    static final long MANAGE_CHANNELS = 1L << 4;
    /** What everyone may do, including pinging everyone: only allowed_mentions keeps the bot from doing so. */
    static final long EVERYONE_PERMISSIONS = (1L << 10) | (1L << 11) | (1L << 14) | (1L << 16) | (1L << 17)
            | (1L << 31) | (1L << 38);

    /** Someone asking: a reader, or a moderator (a role with Manage Channels). */
    record Person(long id, String name, boolean moderator) {
    }

    static final Person READER = new Person(1_100_000_000_000_001_000L, "reader", false);
    static final Person MODERATOR = new Person(1_100_000_000_000_001_001L, "moderator", true);

    private final AtomicLong counter = new AtomicLong();
    final FakeGateway gateway = new FakeGateway(this);
    final FakeRest rest = new FakeRest(this);
    final List<Sent> sent = new CopyOnWriteArrayList<>();
    final Map<String, JsonNode> registered = new ConcurrentHashMap<>();
    /** Channels where the bot's posts are refused with 403 Missing Permissions. */
    final Set<String> refusing = ConcurrentHashMap.newKeySet();
    final Map<String, Interaction> interactions = new ConcurrentHashMap<>();

    /** One interaction as Discord keeps it: when it was created and whether it was acknowledged. */
    static final class Interaction {
        final String id;
        final String token;
        final String channelId;
        final long createdNanos = System.nanoTime();
        volatile boolean acknowledged;

        Interaction(String id, String token, String channelId) {
            this.id = id;
            this.token = token;
            this.channelId = channelId;
        }
    }

    static FakeDiscord start() throws Exception {
        FakeDiscord d = new FakeDiscord();
        d.gateway.startAndWait();
        d.rest.start();
        return d;
    }

    String restUrl() {
        return "http://127.0.0.1:" + rest.port() + "/api/v10/";
    }

    String gatewayUrl() {
        return "ws://127.0.0.1:" + gateway.getPort();
    }

    @Override
    public Map<String, String> env() {
        return Map.of(DiscordConfig.TOKEN_ENV, TOKEN, DiscordConfig.REST_URL_ENV, restUrl(),
                DiscordConfig.GATEWAY_URL_ENV, gatewayUrl());
    }

    /** A snowflake for now, as Discord's ids are: JDA reads an interaction's age from its id. */
    String snowflake() {
        long millis = System.currentTimeMillis() - DISCORD_EPOCH;
        return Long.toUnsignedString((millis << 22) | (counter.incrementAndGet() & 0x3FFFFF));
    }

    // ---- what Discord says about itself

    ObjectNode botUser() {
        return user(BOT, "Crosscheck").put("bot", true).put("verified", true).put("mfa_enabled", false);
    }

    ObjectNode ready() {
        ObjectNode d = JSON.createObjectNode().put("v", 10).put("session_id", "fake-session")
                .put("resume_gateway_url", gatewayUrl());
        d.set("user", botUser());
        d.putArray("guilds").addObject().put("id", Long.toString(GUILD)).put("unavailable", true);
        d.putArray("private_channels");
        d.putObject("application").put("id", Long.toString(BOT)).put("flags", 0);
        return d;
    }

    ObjectNode guild() {
        ObjectNode g = JSON.createObjectNode().put("id", Long.toString(GUILD)).put("name", "Newsroom")
                .put("owner_id", Long.toString(OWNER)).put("unavailable", false).put("member_count", 3)
                .put("large", false).put("preferred_locale", "en-US").put("joined_at", timestamp())
                .put("afk_timeout", 300).put("verification_level", 0).put("default_message_notifications", 0)
                .put("explicit_content_filter", 0).put("mfa_level", 0).put("nsfw_level", 0).put("premium_tier", 0);
        ArrayNode roles = g.putArray("roles");
        roles.add(role(GUILD, "@everyone", EVERYONE_PERMISSIONS, 0));
        roles.add(role(MODERATORS, "Moderators", MANAGE_CHANNELS, 1));
        ArrayNode channels = g.putArray("channels");
        channels.add(textChannel(NEWS, "news"));
        channels.add(textChannel(LOCKED, "locked"));
        ObjectNode thread = g.putArray("threads").addObject().put("id", Long.toString(THREAD)).put("type", 11)
                .put("name", "Kyiv follow-ups").put("parent_id", Long.toString(NEWS)).put("guild_id", Long.toString(GUILD))
                .put("owner_id", Long.toString(READER.id())).put("member_count", 2).put("message_count", 0)
                .put("total_message_sent", 0).put("rate_limit_per_user", 0).put("flags", 0);
        thread.putObject("thread_metadata").put("archived", false).put("auto_archive_duration", 1440)
                .put("archive_timestamp", timestamp()).put("locked", false);
        ObjectNode self = g.putArray("members").addObject();
        self.set("user", botUser());
        self.putArray("roles");
        self.put("joined_at", timestamp()).put("deaf", false).put("mute", false).put("flags", 0);
        for (String empty : List.of("emojis", "stickers", "voice_states", "presences", "guild_scheduled_events",
                "features", "soundboard_sounds", "stage_instances")) {
            g.putArray(empty);
        }
        return g;
    }

    private ObjectNode role(long id, String name, long permissions, int position) {
        ObjectNode r = JSON.createObjectNode().put("id", Long.toString(id)).put("name", name)
                .put("permissions", Long.toString(permissions)).put("position", position).put("color", 0)
                .put("hoist", false).put("managed", false).put("mentionable", true).put("flags", 0);
        r.putObject("colors").put("primary_color", 0).putNull("secondary_color").putNull("tertiary_color");
        return r;
    }

    private ObjectNode textChannel(long id, String name) {
        ObjectNode c = JSON.createObjectNode().put("id", Long.toString(id)).put("type", 0).put("name", name)
                .put("guild_id", Long.toString(GUILD)).put("position", 0).put("nsfw", false)
                .put("rate_limit_per_user", 0).put("flags", 0);
        c.putArray("permission_overwrites");
        return c;
    }

    static ObjectNode user(long id, String name) {
        return JSON.createObjectNode().put("id", Long.toString(id)).put("username", name)
                .put("discriminator", "0").put("global_name", name).putNull("avatar");
    }

    static String timestamp() {
        return Instant.now().toString();
    }

    private static long permissions(Person who) {
        return EVERYONE_PERMISSIONS | (who.moderator() ? MANAGE_CHANNELS : 0);
    }

    private ObjectNode member(Person who) {
        ObjectNode m = JSON.createObjectNode();
        m.set("user", user(who.id(), who.name()));
        ArrayNode roles = m.putArray("roles");
        if (who.moderator()) {
            roles.add(Long.toString(MODERATORS));
        }
        return m.put("joined_at", timestamp()).put("deaf", false).put("mute", false).put("flags", 0)
                .put("permissions", Long.toString(permissions(who)));
    }

    // ---- driving the bot

    /** A slash command from {@code who} in a guild channel; returns the interaction id. */
    String slash(Person who, long channel, String command, Map<String, String> options) {
        ArrayNode opts = JSON.createArrayNode();
        options.forEach((name, value) -> opts.addObject().put("name", name).put("type", 3).put("value", value));
        return interact(who, channel, 2, command, opts);
    }

    /** A slash command in {@code who}'s direct messages with the bot. */
    String slashInDm(Person who, String command, Map<String, String> options) {
        ArrayNode opts = JSON.createArrayNode();
        options.forEach((name, value) -> opts.addObject().put("name", name).put("type", 3).put("value", value));
        return interact(who, DM, 2, command, opts);
    }

    /** An autocomplete request while {@code who} types {@code value} into the option {@code focused}. */
    String autocomplete(Person who, String command, String focused, String value) {
        ArrayNode opts = JSON.createArrayNode();
        opts.addObject().put("name", focused).put("type", 3).put("value", value).put("focused", true);
        return interact(who, NEWS, 4, command, opts);
    }

    private String interact(Person who, long channel, int type, String command, ArrayNode options) {
        String id = snowflake();
        String token = "token-" + id;
        interactions.put(id, new Interaction(id, token, Long.toString(channel)));
        ObjectNode d = JSON.createObjectNode().put("id", id).put("application_id", Long.toString(BOT))
                .put("type", type).put("token", token).put("version", 1)
                .put("channel_id", Long.toString(channel)).put("locale", "en-US")
                .put("app_permissions", Long.toString(EVERYONE_PERMISSIONS));
        if (channel == DM) {
            d.put("context", 1);
            d.set("user", user(who.id(), who.name()));
            ObjectNode ch = d.putObject("channel").put("id", Long.toString(DM)).put("type", 1);
            ch.putArray("recipients").add(user(who.id(), who.name()));
            d.putObject("authorizing_integration_owners").put("0", Long.toString(who.id()));
        } else {
            d.put("context", 0).put("guild_id", Long.toString(GUILD)).put("guild_locale", "en-US");
            d.putObject("guild").put("id", Long.toString(GUILD)).put("locale", "en-US").putArray("features");
            ObjectNode ch = channel == THREAD
                    ? d.putObject("channel").put("id", Long.toString(THREAD)).put("type", 11)
                            .put("parent_id", Long.toString(NEWS))
                    : d.putObject("channel").put("id", Long.toString(channel)).put("type", 0);
            ch.put("guild_id", Long.toString(GUILD)).put("permissions", Long.toString(permissions(who)));
            d.set("member", member(who));
            d.putObject("authorizing_integration_owners").put("0", Long.toString(GUILD));
        }
        d.putArray("entitlements");
        ObjectNode data = d.putObject("data").put("id", "1").put("name", command).put("type", 1);
        data.set("options", options);
        gateway.dispatch("INTERACTION_CREATE", d);
        return id;
    }

    /** A message from {@code who}; {@code repliesTo} is a message of the bot's it replies to, or null. */
    String message(Person who, long channel, String content, boolean mentionsBot, JsonNode repliesTo) {
        String id = snowflake();
        ObjectNode m = JSON.createObjectNode().put("id", id).put("channel_id", Long.toString(channel))
                .put("guild_id", Long.toString(GUILD)).put("content", content).put("timestamp", timestamp())
                .putNull("edited_timestamp").put("tts", false).put("mention_everyone", content.contains("@everyone"))
                .put("pinned", false).put("type", repliesTo == null ? 0 : 19).put("flags", 0);
        m.set("author", user(who.id(), who.name()));
        ObjectNode member = member(who);
        member.remove("user");
        member.remove("permissions");
        m.set("member", member);
        ArrayNode mentions = m.putArray("mentions");
        if (mentionsBot) {
            mentions.add(botUser());
        }
        m.putArray("mention_roles");
        m.putArray("attachments");
        m.putArray("embeds");
        m.putArray("components");
        if (repliesTo != null) {
            m.putObject("message_reference").put("type", 0).put("message_id", repliesTo.path("id").asText())
                    .put("channel_id", Long.toString(channel)).put("guild_id", Long.toString(GUILD));
            m.set("referenced_message", repliesTo);
        }
        gateway.dispatch("MESSAGE_CREATE", m);
        return id;
    }

    /** A message from {@code who} in their DM with the bot, which JDA has not cached; returns its id. */
    String messageInDm(Person who, String content) {
        String id = snowflake();
        ObjectNode m = JSON.createObjectNode().put("id", id).put("channel_id", Long.toString(DM))
                .put("content", content).put("timestamp", timestamp()).putNull("edited_timestamp").put("tts", false)
                .put("mention_everyone", false).put("pinned", false).put("type", 0).put("flags", 0);
        m.set("author", user(who.id(), who.name()));
        m.putArray("mentions");
        m.putArray("mention_roles");
        m.putArray("attachments");
        m.putArray("embeds");
        m.putArray("components");
        gateway.dispatch("MESSAGE_CREATE", m);
        return id;
    }

    /** The message object Discord answers a post with, and sends back inside a reply's referenced_message. */
    ObjectNode messageFrom(JsonNode payload, String channelId, boolean webhook) {
        ObjectNode m = JSON.createObjectNode().put("id", snowflake()).put("channel_id", channelId)
                .put("content", payload.path("content").asText("")).put("timestamp", timestamp())
                .putNull("edited_timestamp").put("tts", false).put("mention_everyone", false).put("pinned", false)
                .put("flags", payload.path("flags").asInt(0))
                .put("type", payload.has("message_reference") ? 19 : 0);
        m.set("author", botUser());
        m.putArray("mentions");
        m.putArray("mention_roles");
        m.putArray("attachments");
        ArrayNode embeds = m.putArray("embeds");
        for (JsonNode e : payload.path("embeds")) {
            embeds.add(((ObjectNode) e.deepCopy()).put("type", "rich"));
        }
        m.putArray("components");
        if (webhook) {
            m.put("webhook_id", Long.toString(BOT)).put("application_id", Long.toString(BOT));
        }
        if (payload.has("message_reference")) {
            m.set("message_reference", payload.get("message_reference"));
        }
        return m;
    }

    // ---- what the bot did

    void record(Sent s) {
        sent.add(s);
    }

    /** Everything sent in answer to one interaction: its callback and every follow-up, in order. */
    List<Sent> answersTo(String interactionId) {
        Interaction i = interactions.get(interactionId);
        List<Sent> out = new ArrayList<>();
        for (Sent s : sent) {
            if (s.target().equals(interactionId) || i != null && s.target().equals(i.token)) {
                out.add(s);
            }
        }
        return out;
    }

    /** Waits for a sent message that passes the test, failing after {@code timeout}. */
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
        throw new AssertionError("nothing matching was sent within " + timeout + "; sent: " + sent);
    }

    /** The bot's channel message replying to message {@code messageId}. */
    Sent awaitReplyTo(String messageId, Duration timeout) throws InterruptedException {
        return await(s -> s.kind().equals("channel")
                && s.message().path("message_reference").path("message_id").asText().equals(messageId), timeout);
    }

    /** The answer to an interaction: its callback's message, or the first follow-up with text. */
    Sent awaitAnswer(String interactionId, Duration timeout) throws InterruptedException {
        Interaction i = interactions.get(interactionId);
        return await(s -> (s.target().equals(interactionId) || s.target().equals(i.token)) && s.hasMessage(), timeout);
    }

    @Override
    public void close() {
        rest.stop();
        try {
            gateway.stop(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
