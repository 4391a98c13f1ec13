package dev.crosscheck.conflict;

import dev.crosscheck.corpus.Origin;
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
        UPDATE,
        /**
         * A conflict alerted before that no longer stands, since a report was changed or removed: only ever told to
         * the chats that were alerted of it, never listed.
         */
        RESOLVED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One source's statement: the document, the verbatim sentence, the value it states ("at least nine") and the
     * side it is on (statements of one side state the same value in their own words; -1 when not grouped), whom
     * the sentence attributes it to ("emergency services"; empty when it does not say), and where the document
     * comes from (its outlet, date and address, kept with the alert so it shows them even if the file goes).
     */
    public record Statement(String source, String quote, String value, int side, String saidBy, Origin origin) {
        public Statement {
            saidBy = saidBy == null ? "" : saidBy;
            // Statements stored before origins were kept have none.
            origin = origin == null ? Origin.NONE : origin;
        }

        /** A statement from a source that does not say where it comes from. */
        public Statement(String source, String quote, String value, int side, String saidBy) {
            this(source, quote, value, side, saidBy, Origin.NONE);
        }

        public Statement(String source, String quote, String value) {
            this(source, quote, value, -1, "");
        }

        /** Whether the statement quotes this sentence of this article. */
        public boolean quotes(String docId, String sentence) {
            return source.equals(docId) && quote.equals(sentence);
        }
    }

    /** How the conflict is introduced wherever it is shown: "Sources contradict each other on people killed". */
    public String heading() {
        return switch (kind) {
            case CONTRADICTION -> "Sources contradict each other on " + topic;
            case DIVERGENT -> "Sources give different figures for " + topic;
            case UPDATE -> "A later report updates " + topic;
            // Not "sources no longer disagree": another conflict on the same topic may stand (a fresh user's toll
            // update was withdrawn while its contradiction stood).
            case RESOLVED -> "An earlier alert on " + topic + " no longer stands (a report was changed or removed)";
        };
    }

    /** This conflict as no longer standing: what was alerted before, to be withdrawn. */
    public Conflict resolved() {
        return new Conflict(id, topic, Kind.RESOLVED, statements, RESOLVED_REVISION + revision);
    }

    /** How the revision of a withdrawn conflict begins: each withdrawal of a revision is told once. */
    private static final String RESOLVED_REVISION = "resolved:";

    /**
     * The sides in words, the one wording every reader sees (alerts, /conflicts, answers): "at least nine [1][2];
     * at least six (police) [3]", an update as "first: cut off [1]; then: reconnected [2]". A side's value is said
     * once, with whom it quotes when one source gives it; {@code marker} cites each statement ("[1]", or "" when it
     * cannot be cited).
     */
    public String sidesText(java.util.function.Function<Statement, String> marker) {
        List<String> parts = new java.util.ArrayList<>();
        List<List<Statement>> sides = sides();
        for (int i = 0; i < sides.size(); i++) {
            List<Statement> side = sides.get(i);
            StringBuilder markers = new StringBuilder();
            side.forEach(s -> markers.append(marker.apply(s)));
            String prefix = kind == Kind.UPDATE ? (i == 0 ? "first: " : "then: ")
                    : kind == Kind.RESOLVED && i == 0 ? "they had said " : "";
            String by = side.size() == 1 && !side.get(0).saidBy().isEmpty() ? " (" + side.get(0).saidBy() + ")" : "";
            parts.add(prefix + side.get(0).value() + by + (markers.isEmpty() ? "" : " " + markers));
        }
        return String.join("; ", parts) + ".";
    }

    /** The statements by side, in order: "15 strikes", "fifteen airstrikes" and "around 15 attacks" are one side. */
    public List<List<Statement>> sides() {
        java.util.Map<Integer, List<Statement>> bySide = new java.util.LinkedHashMap<>();
        int ungrouped = -1;
        for (Statement s : statements) {
            int key = s.side() >= 0 ? s.side() : ungrouped--;
            bySide.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(s);
        }
        return List.copyOf(bySide.values());
    }
}
