package dev.crosscheck.alert;

import java.time.Duration;
import java.util.Objects;

/** What became of one alert handed to an {@link AlertSink}. */
public sealed interface Delivery permits Delivery.Delivered, Delivery.RetryAfter, Delivery.Failed, Delivery.Gone {

    /** The platform acknowledged the message: the alert is marked delivered and never sent again. */
    record Delivered() implements Delivery {
    }

    /**
     * The platform asked to wait (an HTTP 429 with retry_after): the alert and its chat wait that long. (The
     * component is {@code delay}: a record component cannot be called {@code wait}, which {@link Object} owns.)
     */
    record RetryAfter(Duration delay, String reason) implements Delivery {
        public RetryAfter {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("a delay cannot be negative: " + delay);
            }
            reason = reason == null ? "" : reason;
        }
    }

    /** Sending failed for a reason that may pass (a network error, a 5xx): retried with exponential backoff. */
    record Failed(String reason) implements Delivery {
        public Failed {
            reason = reason == null ? "" : reason;
        }
    }

    /** The chat cannot be reached any more (Telegram's 403, a deleted channel): the chat is unsubscribed. */
    record Gone(String reason) implements Delivery {
        public Gone {
            reason = reason == null ? "" : reason;
        }
    }

    static Delivery delivered() {
        return new Delivered();
    }

    static Delivery retryAfter(Duration delay, String reason) {
        return new RetryAfter(delay, reason);
    }

    static Delivery failed(String reason) {
        return new Failed(reason);
    }

    static Delivery gone(String reason) {
        return new Gone(reason);
    }
}
