package dev.crosscheck.corpus;

import java.util.List;

/** One batch of changes: documents read after being added or changed, ids of removed documents, and warnings. */
public record CorpusChange(List<Document> upserted, List<String> removed, List<String> warnings) {

    public CorpusChange {
        upserted = List.copyOf(upserted);
        removed = List.copyOf(removed);
        warnings = List.copyOf(warnings);
    }

    public boolean isEmpty() {
        return upserted.isEmpty() && removed.isEmpty() && warnings.isEmpty();
    }
}
