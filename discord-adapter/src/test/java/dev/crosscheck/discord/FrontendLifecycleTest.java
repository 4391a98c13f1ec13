package dev.crosscheck.discord;

import dev.crosscheck.ScriptedModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosscheck.Frontend;
import dev.crosscheck.command.Command;
import dev.crosscheck.config.Settings;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/** Finding, starting and stopping the front end: the token, the gateway settings, and no thread left behind. */
@Timeout(60)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FrontendLifecycleTest {
    private static DiscordFixture fixture;
    private static FakeDiscord discord;

    @BeforeAll
    static void start() throws Exception {
        // No guilds listed: commands are registered globally.
        fixture = DiscordFixture.start(Map.of());
        discord = fixture.discord;
    }

    @AfterAll
    static void stop() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    @Order(1)
    void serveFindsTheDiscordFrontEndAndStartsItOnlyWhenATokenIsSet() {
        List<Frontend> found = ServiceLoader.load(Frontend.class).stream().map(ServiceLoader.Provider::get).toList();
        Frontend frontend = found.stream().filter(f -> f.name().equals("discord")).findFirst().orElseThrow();
        assertTrue(frontend instanceof DiscordFrontend);
        Settings settings = Settings.defaults();
        assertFalse(frontend.configured(settings, Map.of()));
        assertFalse(frontend.configured(settings, Map.of(DiscordConfig.TOKEN_ENV, "  ")));
        assertTrue(frontend.configured(settings, Map.of(DiscordConfig.TOKEN_ENV, "abc")));
    }

    @Test
    @Order(2)
    void itReachesTheConfiguredGatewayInPlainJsonWithTheBareTokenAndMessageContent() {
        assertEquals(List.of("/?encoding=json&v=10"), discord.gateway.handshakePaths, "plain JSON, no compression");
        // REST had "Bot <token>", or the fake would have refused the login.
        assertEquals(FakeDiscord.TOKEN, discord.gateway.identifies.get(0).path("token").asText());
        long intents = discord.gateway.identifies.get(0).path("intents").asLong();
        assertEquals(1L << 15, intents & (1L << 15), "message content, for replies that do not ping the bot");
    }

    @Test
    @Order(3)
    void withoutGuildsInTheConfigCommandsAreRegisteredGloballyForGuildsAndDms() {
        assertEquals(Set.of("global"), discord.registered.keySet());
        JsonNode commands = discord.registered.get("global");
        assertEquals(Command.values().length, commands.size());
        for (JsonNode c : commands) {
            assertEquals("[\"0\",\"1\"]", c.path("contexts").toString(), "guild and bot DM: " + c.path("name").asText());
        }
    }

    @Test
    @Order(4)
    void aRejectedTokenFailsTheStartWithoutShowingItOrLeavingThreads() throws Exception {
        List<String> before = adapterThreads();
        DiscordFrontend refused = new DiscordFrontend(Duration.ofSeconds(10), request -> { });
        Map<String, String> env = new HashMap<>(discord.env());
        env.put(DiscordConfig.TOKEN_ENV, "not-the-token");
        Exception e = assertThrows(IllegalStateException.class,
                () -> refused.start(fixture.bot, new Settings(fixture.seeds, fixture.dir.resolve("data")), env));
        assertTrue(e.getMessage().contains("rejected the token in DISCORD_TOKEN"), e.getMessage());
        assertFalse(e.getMessage().contains("not-the-token"));
        assertTrue(waitFor(() -> adapterThreads().size() <= before.size()), "left running: " + adapterThreads());
    }

    @Test
    @Order(5)
    void closeFinishesTheAnswerUnderWayThenDisconnectsAndStopsEveryThreadItStarted() throws Exception {
        assertFalse(adapterThreads().isEmpty());
        String id = discord.slash(FakeDiscord.READER, FakeDiscord.NEWS, "ask",
                Map.of("question", "How many missiles were fired, asked " + ScriptedModel.SLOW_WORD + "?"));
        discord.await(s -> s.target().equals(id) && s.callbackType() == 5, Duration.ofSeconds(5));
        // The deferral goes out just before the question is handed to a worker; let it get there.
        Thread.sleep(500);
        fixture.frontend.close();
        assertTrue(discord.answersTo(id).stream().anyMatch(Sent::hasMessage),
                "answered before going: " + discord.answersTo(id));
        assertTrue(waitFor(() -> adapterThreads().isEmpty()), "still running: " + adapterThreads());
        assertTrue(waitFor(() -> !discord.gateway.connected()), "the gateway connection is closed");
    }

    private static List<String> adapterThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("JDA") || n.startsWith("crosscheck-discord")).toList();
    }

    private static boolean waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }
}
