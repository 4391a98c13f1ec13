package dev.crosscheck.command;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English contractions as chats spell them, without the apostrophe ("whats", "didnt"), written with it: the search
 * took "whats" for a word no article has, and the conversation reader did not see a question in it. No English word
 * is spelt like these, so nothing else changes.
 */
final class ChatSpelling {
    private static final Pattern BARE = Pattern.compile("(?i)\\b(?:(what|who|where|how|when|why|that)(s)|(is|are|was"
            + "|were|do|does|did|has|have|had|could|would|should)(nt))\\b");

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
        return m.appendTail(out).toString();
    }
}
