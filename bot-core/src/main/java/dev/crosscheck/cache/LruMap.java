package dev.crosscheck.cache;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map that keeps at most a given number of entries, dropping the least recently used: memory for caches and
 * conversations stays bounded however long the bot runs. Not thread-safe, like {@link LinkedHashMap}.
 */
public final class LruMap<K, V> extends LinkedHashMap<K, V> {
    private final int capacity;

    public LruMap(int capacity) {
        super(16, 0.75f, true);
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
    }
}
