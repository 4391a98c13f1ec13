package dev.crosscheck.alert;

import dev.crosscheck.conflict.Conflict;
import dev.crosscheck.index.NameVariants;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a conflict is about a subscription's topic (or the words {@code /conflicts} is given): every topic word is a
 * word of the conflict's topic or quotes, as written, in the singular or plural, or as a name variant ("Kiev" finds
 * "Kyiv"). The empty topic is everything.
 */
public final class Topics {
    private Topics() {
    }

    public static boolean matches(Subscription subscription, Conflict conflict) {
        return subscription.everything() || about(subscription.topic(), conflict);
    }

    /** Whether a conflict is about the topic's words, as a subscription to them would be alerted to it. */
    public static boolean about(String topic, Conflict conflict) {
        if (topic.isBlank()) {
            return true;
        }
        StringBuilder about = new StringBuilder(conflict.topic());
        conflict.statements().forEach(s -> about.append(' ').append(s.quote()).append(' ').append(s.value()));
        return hasWords(topic, about.toString());
    }

    /** Whether the conflict's topic line itself ("people killed overall") has every word of the topic. */
    public static boolean names(String topic, Conflict conflict) {
        return topic.isBlank() || hasWords(topic, conflict.topic());
    }

    /** Whether the text has every topic word, as written, in the singular or plural, or as a name variant. */
    private static boolean hasWords(String topic, String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.split("[^\\p{L}\\p{M}\\d'’-]+")) {
            if (!w.isEmpty()) {
                words.add(w.toLowerCase(Locale.ROOT).replaceAll("['’]s$", ""));
            }
        }
        for (String wanted : Subscription.normalizeTopic(topic).split(" ")) {
            if (!wanted.isEmpty() && !contains(words, wanted)) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(Set<String> words, String wanted) {
        String singular = singular(wanted);
        for (String w : words) {
            if (w.equals(wanted) || singular(w).equals(singular) || NameVariants.areVariants(w, wanted)) {
                return true;
            }
        }
        return false;
    }

    private static String singular(String w) {
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }
}
