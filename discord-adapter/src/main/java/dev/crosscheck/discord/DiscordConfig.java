package dev.crosscheck.discord;

import dev.crosscheck.config.ConfigException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The Discord settings: token (environment only), guilds for instant command registration, REST and gateway URLs. */
public record DiscordConfig(String token, List<Long> guilds, String restUrl, String gatewayUrl) {
    public static final String TOKEN_ENV = "DISCORD_TOKEN";
    public static final String GUILDS_ENV = "CROSSCHECK_DISCORD_GUILDS";
    public static final String REST_URL_ENV = "CROSSCHECK_DISCORD_REST_URL";
    public static final String GATEWAY_URL_ENV = "CROSSCHECK_DISCORD_GATEWAY_URL";

    private static final Set<String> OPTIONS = Set.of("guilds", "rest-url", "gateway-url");

    public DiscordConfig {
        guilds = List.copyOf(guilds);
    }

    /** Whether a token is set, which is all the adapter needs to start. */
    public static boolean hasToken(Map<String, String> env) {
        String token = env.get(TOKEN_ENV);
        return token != null && !token.isBlank();
    }

    /** Reads the {@code discord:} section of the config file, with environment variables taking precedence. */
    public static DiscordConfig from(Map<String, Object> section, Map<String, String> env) {
        for (String key : section.keySet()) {
            if (key.equalsIgnoreCase("token")) {
                // A token in a file ends up in a repository or a backup sooner or later.
                throw new ConfigException("discord.token is not read from the config file: set " + TOKEN_ENV);
            }
            if (!OPTIONS.contains(key)) {
                throw new ConfigException("unknown option \"discord." + key + "\"");
            }
        }
        if (!hasToken(env)) {
            throw new ConfigException(TOKEN_ENV + " is not set");
        }
        String token = env.get(TOKEN_ENV).strip();
        String guildsEnv = env.get(GUILDS_ENV);
        List<Long> guilds = guildsEnv != null && !guildsEnv.isBlank()
                ? guilds(List.of(guildsEnv.split("[,\\s]+")))
                : guilds(section.get("guilds"));
        String rest = restUrl(pick(env.get(REST_URL_ENV), section.get("rest-url")));
        String gateway = gatewayUrl(pick(env.get(GATEWAY_URL_ENV), section.get("gateway-url")));
        return new DiscordConfig(token, guilds, rest, gateway);
    }

    /** True when commands go to the listed guilds only (instant), false for global registration. */
    public boolean guildScoped() {
        return !guilds.isEmpty();
    }

    /** A plain {@code ws://} gateway (a local proxy or test double) gets neither compression nor ETF. */
    public boolean plainGateway() {
        return gatewayUrl != null && gatewayUrl.toLowerCase(Locale.ROOT).startsWith("ws://");
    }

    @Override
    public String toString() {
        // Never the token: this string may be logged.
        return "DiscordConfig[guilds=" + guilds + ", restUrl=" + restUrl + ", gatewayUrl=" + gatewayUrl + "]";
    }

    private static String pick(String fromEnv, Object fromFile) {
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv.strip();
        }
        return fromFile == null || fromFile.toString().isBlank() ? null : fromFile.toString().strip();
    }

    private static List<Long> guilds(Object value) {
        if (value == null) {
            return List.of();
        }
        List<?> items = value instanceof List<?> list ? list : List.of(value.toString().split("[,\\s]+"));
        List<Long> ids = new ArrayList<>();
        for (Object item : items) {
            String id = item == null ? "" : item.toString().strip();
            if (id.isEmpty()) {
                continue;
            }
            try {
                ids.add(Long.parseUnsignedLong(id));
            } catch (NumberFormatException e) {
                throw new ConfigException("discord.guilds: \"" + id + "\" is not a guild id (a number)");
            }
        }
        return ids;
    }

    private static String restUrl(String url) {
        if (url == null) {
            return null;
        }
        String scheme = scheme(url, "discord.rest-url");
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new ConfigException("discord.rest-url must start with http:// or https://: " + url);
        }
        // JDA appends routes such as "users/@me" to the base as it is.
        return url.endsWith("/") ? url : url + "/";
    }

    private static String gatewayUrl(String url) {
        if (url == null) {
            return null;
        }
        String scheme = scheme(url, "discord.gateway-url");
        if (!scheme.equals("ws") && !scheme.equals("wss")) {
            throw new ConfigException("discord.gateway-url must start with ws:// or wss://: " + url);
        }
        return url;
    }

    private static String scheme(String url, String option) {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new ConfigException(option + " is not an absolute URL: " + url);
            }
            return uri.getScheme().toLowerCase(Locale.ROOT);
        } catch (java.net.URISyntaxException e) {
            throw new ConfigException(option + " is not a URL: " + url);
        }
    }
}
