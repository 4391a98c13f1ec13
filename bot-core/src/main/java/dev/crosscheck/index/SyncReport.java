package dev.crosscheck.index;

import java.util.List;

/** What one synchronisation of the index with the corpus changed. */
public record SyncReport(List<String> added, List<String> changed, List<String> removed, int sentencesEmbedded,
                         long millis) {
    public boolean unchanged() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }

    @Override
    public String toString() {
        return "%d added, %d changed, %d removed, %d sentences embedded in %d ms"
                .formatted(added.size(), changed.size(), removed.size(), sentencesEmbedded, millis);
    }
}
