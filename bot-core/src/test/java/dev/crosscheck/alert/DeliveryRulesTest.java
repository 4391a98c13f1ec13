package dev.crosscheck.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The rules that need no database: backoff, paces and delivery results. */
class DeliveryRulesTest {

    @Test
    void backoffDoublesFromOneSecondAndStopsAtFiveMinutes() {
        assertEquals(Duration.ofSeconds(1), AlertDispatcher.backoff(1, () -> 0.5));
        assertEquals(Duration.ofSeconds(2), AlertDispatcher.backoff(2, () -> 0.5));
        assertEquals(Duration.ofSeconds(4), AlertDispatcher.backoff(3, () -> 0.5));
        assertEquals(Duration.ofSeconds(256), AlertDispatcher.backoff(9, () -> 0.5));
        assertEquals(Duration.ofMinutes(5), AlertDispatcher.backoff(10, () -> 0.5));
        assertEquals(Duration.ofMinutes(5), AlertDispatcher.backoff(Integer.MAX_VALUE, () -> 0.5));
    }

    @Test
    void backoffIsSpreadByTwentyPercentButNeverPastTheCap() {
        assertEquals(Duration.ofMillis(800), AlertDispatcher.backoff(1, () -> 0.0));
        assertEquals(Duration.ofMillis(1200), AlertDispatcher.backoff(1, () -> 1.0));
        assertEquals(Duration.ofMillis(3200), AlertDispatcher.backoff(3, () -> 0.0));
        assertEquals(Duration.ofMinutes(4), AlertDispatcher.backoff(20, () -> 0.0));
        assertEquals(Duration.ofMinutes(5), AlertDispatcher.backoff(20, () -> 1.0));
    }

    @Test
    void pacesRefuseNonsense() {
        assertThrows(IllegalArgumentException.class, () -> Pace.perChat(1, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> Pace.perChat(-1, Duration.ofSeconds(1)));
        assertEquals(Duration.ofSeconds(1), Pace.DISCORD.chatSpacing());
        assertEquals(Duration.ZERO, Pace.UNLIMITED.chatSpacing());
        assertEquals(30, Pace.TELEGRAM.overall());
    }

    @Test
    void aRetryAfterCannotBeNegative() {
        assertThrows(IllegalArgumentException.class, () -> Delivery.retryAfter(Duration.ofSeconds(-1), "x"));
        assertEquals("", new Delivery.Gone(null).reason());
    }
}
