package dev.crosscheck.command;

import dev.crosscheck.answer.Citation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** One question's reply in a reply to several: the question as asked, then its reply. */
    public record Section(String question, Reply reply) {
    }

    /**
     * The replies to the questions of one message, each under its question, numbered as one reply: a source cited
     * by two of them keeps one number, and the related passages follow every source. Not found, an error or a usage
     * line only when each reply is.
     */
    public static Reply sections(List<Section> sections) {
        List<Segment> segments = new ArrayList<>();
        Numbering numbering = new Numbering();
        Set<Flag> common = EnumSet.allOf(Flag.class);
        for (Section s : sections) {
            Map<Integer, Integer> renumbered = numbering.add(s.reply().citations());
            segments.add(new Segment(Style.HEADING, s.question()));
            for (Segment segment : s.reply().segments()) {
                segments.add(new Segment(segment.style(), renumber(segment.text(), renumbered)));
            }
            common.retainAll(s.reply().flags());
        }
        List<Citation> citations = List.copyOf(numbering.cited);
        for (Section s : sections) {
            numbering.add(s.reply().seeAlso());
        }
        List<Citation> seeAlso = numbering.cited.subList(citations.size(), numbering.cited.size());
        return new Reply(segments, citations, seeAlso, common);
    }

    /** Citations numbered in the order they come, a quote already numbered keeping its number. */
    private static final class Numbering {
        private final List<Citation> cited = new ArrayList<>();
        private final Map<List<String>, Integer> numbers = new HashMap<>();

        /** Numbers these citations, returning each one's new number by its old. */
        Map<Integer, Integer> add(List<Citation> citations) {
            Map<Integer, Integer> renumbered = new HashMap<>();
            for (Citation c : citations) {
                Integer n = numbers.computeIfAbsent(List.of(c.source(), c.quote()), k -> {
                    cited.add(c.withNumber(cited.size() + 1));
                    return cited.size();
                });
                renumbered.put(c.n(), n);
            }
            return renumbered;
        }
    }

    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,4})]");

    private static String renumber(String text, Map<Integer, Integer> renumbered) {
        return MARKER.matcher(text).replaceAll(m -> {
            Integer n = renumbered.get(Integer.parseInt(m.group(1)));
            return Matcher.quoteReplacement(n == null ? m.group() : "[" + n + "]");
        });
    }

    /** The same reply with a remark after everything else. */
    public Reply withTrailing(String note) {
        List<Segment> all = new ArrayList<>(segments);
        all.add(new Segment(Style.NOTE, note));
        return new Reply(all, citations, seeAlso, flags);
    }

    /** The same reply with a remark before everything else ("Reading this as: …"). */
    public Reply withLeading(String note) {
        List<Segment> all = new ArrayList<>();
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
