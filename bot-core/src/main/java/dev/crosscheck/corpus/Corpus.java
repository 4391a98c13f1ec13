package dev.crosscheck.corpus;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An immutable snapshot of the articles read from one folder, sorted by document id, plus the ingestion warnings. */
public record Corpus(Path root, List<Document> documents, List<String> warnings) {

    private static final Comparator<Document> BY_ID = Comparator.comparing(Document::id);

    public Corpus {
        Objects.requireNonNull(root, "root");
        List<Document> sorted = new ArrayList<>(documents);
        sorted.sort(BY_ID);
        for (int i = 1; i < sorted.size(); i++) {
            // Lookups binary-search on the id, which only works if ids are unique.
            if (sorted.get(i - 1).id().equals(sorted.get(i).id())) {
                throw new IllegalArgumentException("duplicate document id: " + sorted.get(i).id());
            }
        }
        documents = List.copyOf(sorted);
        warnings = List.copyOf(warnings);
    }

    /** The document with this id (its path relative to the root, with '/' separators). */
    public Optional<Document> document(String id) {
        if (id == null) {
            return Optional.empty();
        }
        int low = 0;
        int high = documents.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int cmp = documents.get(mid).id().compareTo(id);
            if (cmp == 0) {
                return Optional.of(documents.get(mid));
            }
            if (cmp < 0) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return Optional.empty();
    }

    /** Sentence number {@code ordinal} (from 0) of document {@code docId}. */
    public Optional<Sentence> sentence(String docId, int ordinal) {
        return document(docId)
                .filter(d -> ordinal >= 0 && ordinal < d.sentences().size())
                .map(d -> d.sentences().get(ordinal));
    }

    public int size() {
        return documents.size();
    }

    public int sentenceCount() {
        int count = 0;
        for (Document d : documents) {
            count += d.sentences().size();
        }
        return count;
    }

    /**
     * A digest of the articles' ids, content hashes and decoded texts: equal for corpora read from the same files
     * and decoded alike, so what is derived from the text alone can be kept across restarts under it.
     */
    public String fingerprint() {
        StringBuilder listing = new StringBuilder(documents.size() * 96);
        for (Document d : documents) {
            listing.append(d.id()).append('\0').append(d.hash()).append('\0').append(d.text().hashCode())
                    .append('\n');
        }
        return CorpusReader.sha256(listing.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** This corpus with some articles added or replaced and others removed (warnings are the change's). */
    public Corpus with(List<Document> upserted, List<String> removed, List<String> changeWarnings) {
        java.util.Map<String, Document> byId = new java.util.LinkedHashMap<>();
        for (Document d : documents) {
            byId.put(d.id(), d);
        }
        removed.forEach(byId::remove);
        for (Document d : upserted) {
            byId.put(d.id(), d);
        }
        return new Corpus(root, new ArrayList<>(byId.values()), changeWarnings);
    }
}
