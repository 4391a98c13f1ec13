package dev.crosscheck.alert;

import java.time.Duration;
import java.util.Objects;

/**
 * A platform's rate limits as sliding windows: at most {@code perChat} messages to one chat within any
 * {@code chatWindow}, and at most {@code overall} messages within any {@code overallWindow}. A count of 0 means no
 * limit of that kind.
 */
public record Pace(int perChat, Duration chatWindow, int overall, Duration overallWindow) {
    /** No limits. */
    public static final Pace UNLIMITED = new Pace(0, Duration.ZERO, 0, Duration.ZERO);
    /** Telegram's documented bot limits: about one message a second per chat, 30 a second overall. */
    public static final Pace TELEGRAM = perChat(1, Duration.ofSeconds(1)).withOverall(30, Duration.ofSeconds(1));
    /** Discord's usual channel bucket: five messages per five seconds per channel. */
    public static final Pace DISCORD = perChat(5, Duration.ofSeconds(5));

    public Pace {
        Objects.requireNonNull(chatWindow, "chatWindow");
        Objects.requireNonNull(overallWindow, "overallWindow");
        if (perChat < 0 || overall < 0) {
            throw new IllegalArgumentException("a message count cannot be negative");
        }
        if (perChat > 0 && !positive(chatWindow) || overall > 0 && !positive(overallWindow)) {
            throw new IllegalArgumentException("a limited window must be longer than zero");
        }
    }

    private static boolean positive(Duration d) {
        return !d.isNegative() && !d.isZero();
    }

    /** At most {@code messages} to one chat within any {@code window}. */
    public static Pace perChat(int messages, Duration window) {
        return new Pace(messages, window, 0, Duration.ZERO);
    }

    /** This pace plus at most {@code messages} in all within any {@code window}. */
    public Pace withOverall(int messages, Duration window) {
        return new Pace(perChat, chatWindow, messages, window);
    }

    /** The even spacing that keeps one chat within its limit ({@link Duration#ZERO} when unlimited). */
    Duration chatSpacing() {
        return perChat == 0 ? Duration.ZERO : chatWindow.dividedBy(perChat);
    }
}
