package dev.crosscheck.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A development set: questions over the articles of one folder, each in the tune or the check half. A foreign set
 * asks one corpus's questions of another, where every one is unanswerable.
 */
public record DevSet(String name, Path corpus, List<QaItem> items, Map<String, Part> parts) {
    public DevSet {
        items = List.copyOf(items);
        parts = Map.copyOf(parts);
    }

    public Part part(QaItem item) {
        return parts.get(item.id());
    }

    public List<QaItem> items(Part part) {
        return items.stream().filter(i -> parts.get(i.id()) == part).toList();
    }

    /** The same questions over another corpus, as unanswerable there, in the same halves. */
    public DevSet askedOf(String name, Path otherCorpus) {
        List<QaItem> foreign = items.stream().map(i -> new QaItem(i.id(), i.question(), QaItem.UNANSWERABLE,
                List.of(), List.of(), List.of())).toList();
        return new DevSet(name, otherCorpus, foreign, parts);
    }
}
