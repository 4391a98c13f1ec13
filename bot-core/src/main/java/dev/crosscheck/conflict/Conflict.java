package dev.crosscheck.conflict;

import java.util.List;

/**
 * A disagreement between sources about one measure of one thing: its stable id, a readable topic, its kind, and
 * each side's statement with its source and verbatim quote. {@code revision} changes whenever what subscribers
 * would be shown changes (a new side, a new kind), so each revision is alerted once.
 */
public record Conflict(String id, String topic, Kind kind, List<Statement> statements, String revision) {
    public Conflict {
        statements = List.copyOf(statements);
    }

    /** How the sides relate. */
    public enum Kind {
        /** Incompatible values or states. */
        CONTRADICTION,
        /** Compatible but different figures, such as "at least six" and "at least nine". */
        DIVERGENT,
        /** A later report revises an earlier one: shown as a timeline, not as a contradiction. */
        UPDATE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One side: the document it comes from, the verbatim sentence, and the value it states ("at least nine"). */
    public record Statement(String source, String quote, String value) {
    }
}
