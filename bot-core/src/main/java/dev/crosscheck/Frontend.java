package dev.crosscheck;

import dev.crosscheck.config.Settings;
import java.util.Map;

/**
 * A chat platform's front end (Discord, Telegram), found on the class path with {@link java.util.ServiceLoader} so
 * the core never names a platform. It turns platform events into command requests, renders replies, and registers
 * an alert sink with the bot.
 */
public interface Frontend extends AutoCloseable {
    /** The platform name, as in {@code ChatRef.platform()}. */
    String name();

    /** Whether it has what it needs to start (a token) in the environment or its config section. */
    boolean configured(Settings settings, Map<String, String> env);

    /** Connects and starts serving the bot's commands and alerts; returns once connected. */
    void start(Bot bot, Settings settings, Map<String, String> env) throws Exception;

    /** Disconnects and stops every thread it started. */
    @Override
    void close();
}
