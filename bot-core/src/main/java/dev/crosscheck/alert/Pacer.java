package dev.crosscheck.alert;

import dev.crosscheck.command.ChatRef;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Keeps one platform to its {@link Pace}: remembers when recent messages went out (per chat and overall) and when a
 * chat was told to wait. Used by the dispatcher's thread only.
 */
final class Pacer {
    private final Pace pace;
    private final Map<ChatRef, Deque<Instant>> chats = new HashMap<>();
    private final Deque<Instant> overall = new ArrayDeque<>();
    private final Map<ChatRef, Instant> blocked = new HashMap<>();

    Pacer(Pace pace) {
        this.pace = pace;
    }

    Pace pace() {
        return pace;
    }

    /** The earliest instant, {@code now} or later, at which the chat may get its next message. */
    Instant chatFree(ChatRef chat, Instant now) {
        Instant t = now;
        Instant until = blocked.get(chat);
        if (until != null) {
            if (until.isAfter(now)) {
                t = until;
            } else {
                blocked.remove(chat);
            }
        }
        if (pace.perChat() > 0) {
            Deque<Instant> sent = chats.get(chat);
            if (sent != null && sent.size() >= pace.perChat()) {
                Instant free = sent.peekFirst().plus(pace.chatWindow());
                if (free.isAfter(t)) {
                    t = free;
                }
            }
        }
        return t;
    }

    /** Whether one more message may go out now without passing the overall limit. */
    boolean overallAvailable(Instant now) {
        if (pace.overall() == 0) {
            return true;
        }
        Instant horizon = now.minus(pace.overallWindow());
        while (!overall.isEmpty() && !overall.peekFirst().isAfter(horizon)) {
            overall.pollFirst();
        }
        return overall.size() < pace.overall();
    }

    /** Counts a message sent to the chat at {@code now}. */
    void sent(ChatRef chat, Instant now) {
        if (pace.perChat() > 0) {
            Deque<Instant> sent = chats.computeIfAbsent(chat, c -> new ArrayDeque<>());
            sent.addLast(now);
            while (sent.size() > pace.perChat()) {
                sent.pollFirst();
            }
        }
        if (pace.overall() > 0) {
            overall.addLast(now);
        }
    }

    /** The platform asked this chat to wait until {@code until}. */
    void block(ChatRef chat, Instant until) {
        blocked.merge(chat, until, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** The chat is gone: forgets it. */
    void forget(ChatRef chat) {
        chats.remove(chat);
        blocked.remove(chat);
    }

    /** Drops what no longer limits anything, so that memory follows the active chats only. */
    void prune(Instant now) {
        blocked.values().removeIf(until -> !until.isAfter(now));
        if (pace.perChat() > 0) {
            Instant horizon = now.minus(pace.chatWindow());
            for (Iterator<Deque<Instant>> it = chats.values().iterator(); it.hasNext(); ) {
                if (!it.next().peekLast().isAfter(horizon)) {
                    it.remove();
                }
            }
        }
    }
}
