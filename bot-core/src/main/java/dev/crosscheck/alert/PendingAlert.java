package dev.crosscheck.alert;

import dev.crosscheck.conflict.Conflict;
import java.util.Objects;

/**
 * An alert waiting in the outbox: the subscription it is for, the conflict as it was at the queued revision, and how
 * many delivery attempts have failed so far.
 */
public record PendingAlert(long id, Subscription subscription, Conflict conflict, int attempts) {
    public PendingAlert {
        Objects.requireNonNull(subscription, "subscription");
        Objects.requireNonNull(conflict, "conflict");
    }
}
