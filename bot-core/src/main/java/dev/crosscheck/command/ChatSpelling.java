package dev.crosscheck.command;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English contractions as chats spell them, without the apostrophe ("whats", "didnt"), written with it: the search
 * took "whats" for a word no article has, and the conversation reader did not see a question in it. No English word
 * is spelt like these, so nothing else changes. So are chat's shorthands for common words ("u", "r", "ppl", "govt"):
 * a word no article has weighs as the rarest there is, so "can u tell me how many died" found nothing. A shorthand
 * of one letter counts only in lower case and not before a stop ("U.S.", "R." stay).
 */
final class ChatSpelling {
    private static final Pattern BARE = Pattern.compile("(?i)\\b(?:(what|who|where|how|when|why|that)(s)|(is|are|was"
            + "|were|do|does|did|has|have|had|could|would|should)(nt))\\b");

    private static final Map<String, String> SHORTHAND = Map.ofEntries(Map.entry("u", "you"),
            Map.entry("ur", "your"), Map.entry("r", "are"), Map.entry("y", "why"), Map.entry("ppl", "people"),
            Map.entry("pls", "please"), Map.entry("plz", "please"), Map.entry("govt", "government"),
            Map.entry("abt", "about"), Map.entry("tmrw", "tomorrow"), Map.entry("cuz", "because"),
            Map.entry("coz", "because"), Map.entry("b4", "before"), Map.entry("wat", "what"), Map.entry("wot", "what"));
    private static final Pattern SHORT = Pattern.compile("(?i)(?<![\\p{L}\\p{N}'’.-])(" + String.join("|",
            SHORTHAND.keySet()) + ")(?![\\p{L}\\p{N}'’&-]|\\.\\p{L})");

    private ChatSpelling() {
    }

    /** The message with each contraction spelt without its apostrophe written with one. */
    static String written(String message) {
        Matcher m = BARE.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = m.group(1) != null ? m.group(1) + "'" + m.group(2)
                    : m.group(3) + m.group(4).charAt(0) + "'" + m.group(4).substring(1);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return shorthandWritten(m.appendTail(out).toString());
    }

    /** The message with chat's shorthands written out. */
    private static String shorthandWritten(String message) {
        Matcher m = SHORT.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group(1);
            boolean letter = word.length() == 1;
            boolean kept = letter && (!word.equals(word.toLowerCase(Locale.ROOT))
                    || m.end() < message.length() && message.charAt(m.end()) == '.');
            String written = SHORTHAND.get(word.toLowerCase(Locale.ROOT));
            m.appendReplacement(out, Matcher.quoteReplacement(kept ? word : written));
        }
        return m.appendTail(out).toString();
    }
}
