package dev.crosscheck.telegram;

import dev.crosscheck.config.ConfigException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * The Telegram settings: the token (environment only), an optional Bot API URL for a proxy or a test double, and
 * webhook mode (a public URL Telegram posts updates to, served on a local port) instead of long polling.
 */
public record TelegramConfig(String token, String apiUrl, String webhookUrl, String webhookBind, int webhookPort,
                             String webhookSecret) {
    public static final String TOKEN_ENV = "TELEGRAM_BOT_TOKEN";
    public static final String API_URL_ENV = "CROSSCHECK_TELEGRAM_API_URL";
    public static final String WEBHOOK_URL_ENV = "CROSSCHECK_TELEGRAM_WEBHOOK_URL";
    public static final String WEBHOOK_PORT_ENV = "CROSSCHECK_TELEGRAM_WEBHOOK_PORT";
    public static final String WEBHOOK_SECRET_ENV = "CROSSCHECK_TELEGRAM_WEBHOOK_SECRET";
    static final int DEFAULT_WEBHOOK_PORT = 8443;

    private static final Set<String> OPTIONS = Set.of("api-url", "webhook-url", "webhook-bind", "webhook-port");

    /** Whether a token is set, which is all the adapter needs to start. */
    public static boolean hasToken(Map<String, String> env) {
        String token = env.get(TOKEN_ENV);
        return token != null && !token.isBlank();
    }

    /** Reads the {@code telegram:} section of the config file, with environment variables taking precedence. */
    public static TelegramConfig from(Map<String, Object> section, Map<String, String> env) {
        for (String key : section.keySet()) {
            if (key.equalsIgnoreCase("token")) {
                // A token in a file ends up in a repository or a backup sooner or later.
                throw new ConfigException("telegram.token is not read from the config file: set " + TOKEN_ENV);
            }
            if (!OPTIONS.contains(key)) {
                throw new ConfigException("unknown option \"telegram." + key + "\"");
            }
        }
        if (!hasToken(env)) {
            throw new ConfigException(TOKEN_ENV + " is not set");
        }
        String fromEnv = env.get(API_URL_ENV);
        Object fromFile = section.get("api-url");
        String url = fromEnv != null && !fromEnv.isBlank() ? fromEnv.strip()
                : fromFile == null || fromFile.toString().isBlank() ? null : fromFile.toString().strip();
        if (url != null) {
            telegramUrl(url);
        }
        String webhook = option(section, env, "webhook-url", WEBHOOK_URL_ENV);
        if (webhook != null && !webhook.matches("(?i)https?://\\S+")) {
            throw new ConfigException("telegram.webhook-url must be an https:// URL: " + webhook);
        }
        String bind = option(section, env, "webhook-bind", null);
        String port = option(section, env, "webhook-port", WEBHOOK_PORT_ENV);
        int portNumber;
        try {
            portNumber = port == null ? DEFAULT_WEBHOOK_PORT : Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new ConfigException("telegram.webhook-port is not a port number: " + port);
        }
        if (portNumber < 0 || portNumber > 65_535) {
            throw new ConfigException("telegram.webhook-port is not a port number: " + port);
        }
        String secret = env.get(WEBHOOK_SECRET_ENV);
        if (secret == null || secret.isBlank()) {
            // Telegram echoes this in a header, so only it can post updates; a random one per run is enough.
            secret = java.util.UUID.randomUUID().toString().replace("-", "");
        }
        return new TelegramConfig(env.get(TOKEN_ENV).strip(), url, webhook, bind == null ? "0.0.0.0" : bind,
                portNumber, secret.strip());
    }

    /** Webhook mode instead of long polling. */
    public boolean webhook() {
        return webhookUrl != null;
    }

    private static String option(Map<String, Object> section, Map<String, String> env, String key, String envKey) {
        String fromEnv = envKey == null ? null : env.get(envKey);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv.strip();
        }
        Object fromFile = section.get(key);
        return fromFile == null || fromFile.toString().isBlank() ? null : fromFile.toString().strip();
    }

    /** Where the Bot API is: the configured URL, or Telegram's own. */
    public TelegramUrl telegramUrl() {
        return apiUrl == null ? TelegramUrl.DEFAULT_URL : telegramUrl(apiUrl);
    }

    private static TelegramUrl telegramUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new ConfigException("telegram.api-url must be an http:// or https:// URL: " + url);
            }
            if (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/")) {
                // telegrambots builds "/bot<token>/<method>" on the host itself; a path would be silently dropped.
                throw new ConfigException("telegram.api-url cannot have a path: " + url);
            }
            int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
            return new TelegramUrl(scheme, uri.getHost(), port, false);
        } catch (URISyntaxException e) {
            throw new ConfigException("telegram.api-url is not a URL: " + url);
        }
    }

    @Override
    public String toString() {
        // Never the token: this string may be logged.
        return "TelegramConfig[apiUrl=" + (apiUrl == null ? "https://api.telegram.org" : apiUrl)
                + (webhook() ? ", webhook=" + webhookUrl + " on " + webhookBind + ":" + webhookPort : ", long polling")
                + "]";
    }
}
