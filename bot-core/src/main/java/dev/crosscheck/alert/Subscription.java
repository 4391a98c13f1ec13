package dev.crosscheck.alert;

import dev.crosscheck.command.ChatRef;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A chat's wish to be alerted about conflicts on a topic. The topic is normalised ({@link #normalizeTopic}); the
 * empty topic means every conflict.
 */
public record Subscription(long id, ChatRef chat, String topic, Instant created) {
    /** Longest topic accepted, after normalisation. */
    public static final int MAX_TOPIC_CHARS = 200;

    private static final Pattern SPACES = Pattern.compile("\\s+");

    public Subscription {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(created, "created");
    }

    /** Whether this subscription asks for every conflict, whatever its topic. */
    public boolean everything() {
        return topic.isEmpty();
    }

    /** Trims, lower-cases and collapses runs of white space; {@code null} becomes "" (every conflict). */
    public static String normalizeTopic(String topic) {
        if (topic == null) {
            return "";
        }
        return SPACES.matcher(topic.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
