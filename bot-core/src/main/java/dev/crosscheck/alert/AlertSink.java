package dev.crosscheck.alert;

import dev.crosscheck.command.ChatRef;
import dev.crosscheck.conflict.Conflict;

/**
 * Where a platform's alerts go: implemented by the console, Discord and Telegram front ends and registered with the
 * {@link AlertDispatcher}. {@link #deliver} is called from the dispatcher's thread, one alert at a time.
 */
public interface AlertSink {

    /** The platform whose chats this sink reaches, as in {@link ChatRef#platform()}. */
    String platform();

    /**
     * Sends one alert and says how it went. Must not throw; an exception is treated as a failure to retry with
     * backoff. Return {@link Delivery#delivered()} only once the platform has acknowledged the message.
     */
    Delivery deliver(ChatRef chat, Conflict conflict);

    /** The platform's rate limits, which the dispatcher keeps to; none by default. */
    default Pace pace() {
        return Pace.UNLIMITED;
    }
}
