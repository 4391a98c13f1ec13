package dev.crosscheck.conversation;

import dev.crosscheck.cache.LruMap;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * What each conversation remembers: its last few turns, in memory only, for at most 30 minutes of silence; when
 * there are more conversations than the limit, the least recently used is forgotten.
 */
public final class Conversations {
    public static final Duration EXPIRY = Duration.ofMinutes(30);
    public static final int DEFAULT_LIMIT = 1_000;
    /** Enough for "and in Lviv?" after "and in Kharkiv?" after the question they both continue. */
    static final int TURNS = 4;

    private record Memory(Deque<Turn> turns, Instant last) {
    }

    private final Clock clock;
    private final Map<String, Memory> memories;

    public Conversations(int limit, Clock clock) {
        this.clock = clock;
        this.memories = new LruMap<>(limit);
    }

    /** The turns of a conversation, oldest first; none when it is new or has been silent too long. */
    public synchronized List<Turn> turns(String conversation) {
        Memory m = memories.get(conversation);
        if (m == null) {
            return List.of();
        }
        if (m.last().plus(EXPIRY).isBefore(clock.instant())) {
            memories.remove(conversation);
            return List.of();
        }
        return List.copyOf(m.turns());
    }

    /** Remembers a turn, forgetting the conversation's oldest beyond the last few. */
    public synchronized void add(String conversation, Turn turn) {
        Memory m = memories.get(conversation);
        Deque<Turn> turns = m == null || m.last().plus(EXPIRY).isBefore(clock.instant()) ? new ArrayDeque<>()
                : m.turns();
        turns.addLast(turn);
        while (turns.size() > TURNS) {
            turns.removeFirst();
        }
        memories.put(conversation, new Memory(turns, clock.instant()));
    }

    /** Forgets a conversation at once (one asked within a single message). */
    public synchronized void forget(String conversation) {
        memories.remove(conversation);
    }

    synchronized int size() {
        return memories.size();
    }
}
