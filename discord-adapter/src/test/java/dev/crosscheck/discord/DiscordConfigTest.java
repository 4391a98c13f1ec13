package dev.crosscheck.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.config.ConfigException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiscordConfigTest {
    private static final Map<String, String> TOKEN = Map.of("DISCORD_TOKEN", "secret-token");

    @Test
    void withOnlyATokenCommandsAreGlobalAndDiscordIsReachedDirectly() {
        DiscordConfig c = DiscordConfig.from(Map.of(), TOKEN);
        assertEquals("secret-token", c.token());
        assertFalse(c.guildScoped());
        assertNull(c.restUrl());
        assertNull(c.gatewayUrl());
        assertFalse(c.plainGateway());
    }

    @Test
    void guildsComeAsNumbersOrStringsAndTheEnvironmentOverridesTheFile() {
        Map<String, Object> file = Map.of("guilds", List.of(1100000000000000100L, "1100000000000000101"),
                "rest-url", "http://proxy.example/api/v10", "gateway-url", "wss://gateway.example");
        DiscordConfig c = DiscordConfig.from(file, TOKEN);
        assertEquals(List.of(1100000000000000100L, 1100000000000000101L), c.guilds());
        assertEquals("http://proxy.example/api/v10/", c.restUrl(), "JDA appends routes to the base as it is");
        assertFalse(c.plainGateway());

        DiscordConfig env = DiscordConfig.from(file, Map.of("DISCORD_TOKEN", "t",
                "CROSSCHECK_DISCORD_REST_URL", "http://127.0.0.1:9/api/v10/",
                "CROSSCHECK_DISCORD_GATEWAY_URL", "ws://127.0.0.1:9", "CROSSCHECK_DISCORD_GUILDS", "7, 8"));
        assertEquals("http://127.0.0.1:9/api/v10/", env.restUrl());
        assertEquals("ws://127.0.0.1:9", env.gatewayUrl());
        assertTrue(env.plainGateway());
        assertEquals(List.of(7L, 8L), env.guilds());
    }

    @Test
    void theTokenIsNeverShownAndNeverReadFromTheFile() {
        assertFalse(DiscordConfig.from(Map.of(), TOKEN).toString().contains("secret-token"));
        ConfigException e = assertThrows(ConfigException.class,
                () -> DiscordConfig.from(Map.of("token", "in-a-file"), TOKEN));
        assertTrue(e.getMessage().contains("DISCORD_TOKEN") && !e.getMessage().contains("in-a-file"), e.getMessage());
    }

    @Test
    void mistakesAreOneLineErrorsNamingTheOption() {
        assertTrue(assertThrows(ConfigException.class, () -> DiscordConfig.from(Map.of("guild", "1"), TOKEN))
                .getMessage().contains("discord.guild"));
        assertTrue(assertThrows(ConfigException.class, () -> DiscordConfig.from(Map.of("guilds", List.of("abc")), TOKEN))
                .getMessage().contains("\"abc\""));
        assertTrue(assertThrows(ConfigException.class,
                () -> DiscordConfig.from(Map.of("rest-url", "ws://127.0.0.1/"), TOKEN)).getMessage().contains("rest-url"));
        assertTrue(assertThrows(ConfigException.class,
                () -> DiscordConfig.from(Map.of("gateway-url", "http://127.0.0.1/"), TOKEN)).getMessage()
                .contains("gateway-url"));
        assertTrue(assertThrows(ConfigException.class, () -> DiscordConfig.from(Map.of(), Map.of()))
                .getMessage().contains("DISCORD_TOKEN"));
    }
}
