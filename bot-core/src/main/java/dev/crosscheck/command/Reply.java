package dev.crosscheck.command;

import dev.crosscheck.answer.Citation;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a command answers, before any platform formats it: text segments (whose text may hold [n] markers),
 * the citations the markers point to, related passages, and flags that change how it is shown.
 */
public record Reply(List<Segment> segments, List<Citation> citations, List<Citation> seeAlso, Set<Flag> flags) {
    public Reply {
        segments = List.copyOf(segments);
        citations = List.copyOf(citations);
        seeAlso = List.copyOf(seeAlso);
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    /** A piece of a reply; the style says what it is, each platform says how it looks. */
    public record Segment(Style style, String text) {
    }

    /** The role of a segment. */
    public enum Style {
        /** A title line. */
        HEADING,
        /** Running text, possibly with [n] citation markers. */
        TEXT,
        /** One entry of a list. */
        ITEM,
        /** A secondary remark (timings, hints). */
        NOTE
    }

    /** How a reply should be treated. */
    public enum Flag {
        /** The sources do not answer the question. */
        NOT_FOUND,
        /** The request could not be served; show it only to the asker where the platform can. */
        ERROR,
        /** The request was malformed; the text says how to write it. */
        USAGE,
        /** The text is itself made of the quotes: list sources by title only, so it fits one message. */
        BRIEF_SOURCES
    }

    public static Reply text(String text) {
        return new Reply(List.of(new Segment(Style.TEXT, text)), List.of(), List.of(), Set.of());
    }

    public static Reply error(String text) {
        return new Reply(List.of(new Segment(Style.TEXT, text)), List.of(), List.of(), Set.of(Flag.ERROR));
    }

    public static Reply usage(String text) {
        return new Reply(List.of(new Segment(Style.TEXT, text)), List.of(), List.of(), Set.of(Flag.USAGE));
    }

    /** The same reply with a remark before everything else ("Reading this as: …"). */
    public Reply withLeading(String note) {
        List<Segment> all = new java.util.ArrayList<>();
        all.add(new Segment(Style.NOTE, note));
        all.addAll(segments);
        return new Reply(all, citations, seeAlso, flags);
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }

    /** All segment texts, one per line; what a plain-text front end shows before the source list. */
    public String body() {
        StringBuilder sb = new StringBuilder();
        for (Segment s : segments) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(s.style() == Style.ITEM ? "• " + s.text() : s.text());
        }
        return sb.toString();
    }
}
