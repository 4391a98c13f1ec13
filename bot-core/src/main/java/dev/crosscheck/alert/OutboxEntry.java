package dev.crosscheck.alert;

import dev.crosscheck.command.ChatRef;
import java.time.Instant;

/**
 * One row of the outbox as it stands, for status displays and checks: nothing is ever deleted from the outbox, so a
 * dropped alert keeps its reason.
 *
 * @param topic the subscription's topic when the alert was queued
 * @param nextAttempt when a pending alert is next due
 * @param lastError the last delivery failure, or {@code null}
 * @param droppedReason why a dropped alert was dropped, or {@code null}
 * @param delivered when it was delivered, or {@code null}
 */
public record OutboxEntry(long id, ChatRef chat, String topic, String conflictId, String revision, Status status,
                          int attempts, Instant nextAttempt, String lastError, String droppedReason, Instant created,
                          Instant delivered) {

    /** Where an alert is in its life. */
    public enum Status {
        PENDING, DELIVERED, DROPPED;

        String column() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Status fromColumn(String value) {
            return valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
