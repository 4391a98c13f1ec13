package dev.crosscheck.command;

import dev.crosscheck.corpus.Prose;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text chores every front end needs the same way: cleaning user input and shortening quotes. */
public final class Text {
    /** A web address, with the brackets Discord puts around one to hide its preview. */
    private static final Pattern LINK = Pattern.compile("(?i)<?(?:https?://|www\\.)[^\\s>]+>?");

    private Text() {
    }

    /**
     * Removes control and format characters and trims; user text is never trusted as-is. Line breaks and the spaces
     * pasted text brings (no-break, thin, zero-width) are spaces, since they part words: "who\u200Bis" is two.
     */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || c == '\u200B'
                    || Character.getType(c) == Character.SPACE_SEPARATOR) {
                sb.append(' ');
            } else if (!Character.isISOControl(c) && Character.getType(c) != Character.FORMAT) {
                sb.append(c);
            }
        }
        return sb.toString().replaceAll("\\s{2,}", " ").strip();
    }

    /** What a user typed, as a command reads it: {@link #clean}ed, {@link #withoutMentions}, {@link #withoutLinks}. */
    public static String typed(String s) {
        return withoutLinks(withoutMentions(clean(s)));
    }

    /**
     * Drops web addresses (with Discord's brackets that hide a link's preview): a link pasted beside a question names a
     * page, and its pieces ("www", "bbc", "co", "uk", "news", an article number) are no words the question asks about.
     */
    public static String withoutLinks(String s) {
        return LINK.matcher(s).replaceAll(" ").replaceAll("\\s{2,}", " ").strip();
    }

    /** Whether the text holds a web address. */
    public static boolean hasLink(String s) {
        return LINK.matcher(s).find();
    }

    /** Drops @mentions and platform mention tokens, which name people in the chat, not things in the news. */
    public static String withoutMentions(String s) {
        return s.replaceAll("<[@#][!&]?\\d+>|(?<![\\p{L}\\d])@[\\p{L}\\d_.]+", " ").replaceAll("\\s{2,}", " ").strip();
    }

    /**
     * Splits long text into pieces of at most {@code max} characters, breaking after a sentence where it can, else
     * at a line or word boundary; every platform has a message limit (Discord 2,000, Telegram 4,096).
     */
    public static java.util.List<String> split(String text, int max) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        String rest = text.strip();
        while (rest.length() > max) {
            int cut = lastBreak(rest, max);
            parts.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    private static int lastBreak(String s, int max) {
        Matcher sentenceEnd = SENTENCE_END.matcher(s.substring(0, max + 1));
        int best = -1;
        while (sentenceEnd.find()) {
            best = sentenceEnd.end();
        }
        if (best > max / 3) {
            return best;
        }
        int line = s.lastIndexOf('\n', max);
        if (line > max / 3) {
            return line + 1;
        }
        int space = s.lastIndexOf(' ', max);
        return space > max / 3 ? space + 1 : max;
    }

    /** A sentence end: punctuation (and any closing quote or citation markers) followed by white space. */
    private static final Pattern SENTENCE_END =
            Pattern.compile("[.!?][\"”’')]*(?: ?\\[\\d+])*(?=\\s)");

    /** How many messages one reply may take in a chat before the rest is cut with a note. */
    public static final int MAX_MESSAGES = 5;
    /** Ends a reply cut at {@link #MAX_MESSAGES}; each platform sets it in its own markup. */
    public static final String CUT_NOTE = "… more not shown: the reply is too long for a chat.";

    /**
     * At most {@link #MAX_MESSAGES} messages: a chat flooded by one answer helps nobody. When some are dropped, the
     * last kept one ends with the note, shortened at a line if the two would not fit within {@code limit}.
     */
    public static java.util.List<String> cap(java.util.List<String> messages, String note, int limit) {
        return cap(messages, MAX_MESSAGES, note, limit);
    }

    /** As {@link #cap(java.util.List, String, int)} with another maximum (an alert must be one message). */
    public static java.util.List<String> cap(java.util.List<String> messages, int max, String note, int limit) {
        if (messages.size() <= max) {
            return messages;
        }
        java.util.List<String> kept = new java.util.ArrayList<>(messages.subList(0, max));
        String last = kept.get(max - 1);
        if (last.length() + note.length() > limit) {
            int line = last.lastIndexOf('\n', Math.max(0, limit - note.length()));
            last = line > 0 ? last.substring(0, line) : shorten(last, Math.max(1, limit - note.length()));
        }
        kept.set(max - 1, last + note);
        return kept;
    }

    /**
     * A source's quote as a reply shows it: on one line (a passage keeps its source's line breaks, which would break
     * a list of sources), then shortened.
     */
    public static String quote(String quote, int max) {
        return shorten(Prose.folded(quote), max);
    }

    /** Cuts at a word boundary and marks the cut with an ellipsis. */
    public static String shorten(String s, int max) {
        return dev.crosscheck.corpus.Ellipsis.cut(s, max);
    }
}
