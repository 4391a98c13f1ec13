package dev.crosscheck.conflict;

import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.Document;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds where sources disagree. Claims are grouped by key (same measure of the same thing in the same place);
 * a group whose sources state different values or states is a conflict. Adding or changing one article only
 * re-examines the groups its claims fall in, so a new article is checked without re-scanning the corpus.
 */
public final class ConflictDetector {
    private static final String PER_PLACE = "s:front-distance:";
    private final Gazetteer places = new Gazetteer();
    private final ClaimExtractor extractor = new ClaimExtractor(places, dev.crosscheck.lexicon.RelatedWords.wordNet());
    /** Claims by document id. */
    private final Map<String, List<Claim>> byDocument = new HashMap<>();
    /** Claims by key, across documents. */
    private final Map<String, List<Claim>> byKey = new HashMap<>();
    /** The names each document mentions mid-sentence, to tell whether two documents report the same story. */
    private final Map<String, Set<String>> storyNames = new HashMap<>();
    /** Current conflicts by group key. */
    private final Map<String, Conflict> conflicts = new TreeMap<>();

    /** Detects the conflicts of a whole corpus. */
    public static ConflictDetector of(Corpus corpus) {
        ConflictDetector d = new ConflictDetector();
        for (Document doc : corpus.documents()) {
            d.places.learn(doc.text());
        }
        for (Document doc : corpus.documents()) {
            d.index(doc);
        }
        for (String key : new ArrayList<>(d.byKey.keySet())) {
            d.examine(key);
        }
        return d;
    }

    /** Every current conflict, in a stable order. */
    public synchronized List<Conflict> conflicts() {
        return new ArrayList<>(conflicts.values());
    }

    /**
     * Takes in a new or changed article (or a removal) and returns the conflicts that are new or changed by it;
     * a conflict that disappears is not reported.
     */
    public synchronized List<Conflict> update(List<Document> upserted, List<String> removed) {
        Set<String> touched = new HashSet<>();
        for (String id : removed) {
            touched.addAll(unindex(id));
        }
        for (Document doc : upserted) {
            places.learn(doc.text());
            touched.addAll(unindex(doc.id()));
            touched.addAll(index(doc));
        }
        List<Conflict> changed = new ArrayList<>();
        for (String key : touched) {
            Map<String, String> before = new HashMap<>();
            for (String k : List.of(key, key + Figures.UPDATE_SUFFIX)) {
                Conflict c = conflicts.get(k);
                if (c != null) {
                    before.put(c.id(), c.revision());
                }
            }
            for (Conflict after : examine(key)) {
                if (!after.revision().equals(before.get(after.id()))) {
                    changed.add(after);
                }
            }
        }
        changed.sort(Comparator.comparing(Conflict::id));
        return changed;
    }

    private Set<String> index(Document doc) {
        List<Claim> claims = extractor.extract(doc);
        byDocument.put(doc.id(), claims);
        storyNames.put(doc.id(), Story.names(doc));
        Set<String> keys = new HashSet<>();
        for (Claim c : claims) {
            for (String key : groupKeys(c)) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
                keys.add(key);
            }
        }
        return keys;
    }

    private Set<String> unindex(String docId) {
        List<Claim> old = byDocument.remove(docId);
        storyNames.remove(docId);
        Set<String> keys = new HashSet<>();
        if (old == null) {
            return keys;
        }
        for (Claim c : old) {
            for (String key : groupKeys(c)) {
                List<Claim> list = byKey.get(key);
                if (list != null) {
                    list.remove(c);
                    if (list.isEmpty()) {
                        byKey.remove(key);
                    }
                }
                keys.add(key);
            }
        }
        return keys;
    }

    /**
     * The groups a claim joins: its key, and for a state about several places, one group per place (a region said
     * to be near the front in one source and far from it in another disagree even if the first named two regions).
     */
    private static List<String> groupKeys(Claim c) {
        if (c.isFigure() || !c.key().startsWith(PER_PLACE)) {
            return List.of(c.key());
        }
        String prefix = PER_PLACE;
        List<String> keys = new ArrayList<>();
        for (String place : c.key().substring(prefix.length()).split("\\+")) {
            keys.add(prefix + place);
        }
        return keys;
    }

    private List<Conflict> examine(String key) {
        List<Claim> claims = byKey.getOrDefault(key, List.of());
        Map<String, Conflict> found = Map.of();
        int size = 0;
        for (List<Claim> story : stories(claims)) {
            Map<String, Conflict> candidate = story.get(0).isFigure() ? Figures.compare(key, story)
                    : States.compare(key, story);
            int statements = candidate.values().stream().mapToInt(c -> c.statements().size()).sum();
            // Of several stories disagreeing on the same key, the one with most sources speaks for it.
            if (statements > size) {
                found = candidate;
                size = statements;
            }
        }
        conflicts.remove(key);
        conflicts.remove(key + Figures.UPDATE_SUFFIX);
        List<Conflict> out = new ArrayList<>();
        for (Map.Entry<String, Conflict> e : found.entrySet()) {
            Conflict c = e.getValue();
            if (key.startsWith(PER_PLACE)) {
                // The group is one place, whatever else the first claim's sentence named.
                String place = places.display(key.substring(PER_PLACE.length()));
                c = new Conflict(c.id(), "how far " + place + " is from the front line", c.kind(), c.statements(),
                        c.revision());
            }
            conflicts.put(e.getKey(), c);
            out.add(c);
        }
        return out;
    }

    /**
     * Splits a key's claims into stories: documents linked by shared names, so a tsunami toll is compared with
     * other tsunami reports and not with a hurricane's.
     */
    private List<List<Claim>> stories(List<Claim> claims) {
        List<String> docs = new ArrayList<>();
        for (Claim c : claims) {
            if (!docs.contains(c.docId())) {
                docs.add(c.docId());
            }
        }
        int[] parent = new int[docs.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < docs.size(); i++) {
            for (int j = i + 1; j < docs.size(); j++) {
                if (Story.same(storyNames.get(docs.get(i)), storyNames.get(docs.get(j)))) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<Integer, List<Claim>> groups = new TreeMap<>();
        for (Claim c : claims) {
            groups.computeIfAbsent(root(parent, docs.indexOf(c.docId())), k -> new ArrayList<>()).add(c);
        }
        return new ArrayList<>(groups.values());
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The conflict a sentence's claims take part in, if any. */
    public synchronized Optional<Conflict> about(String docId, int ordinal) {
        for (Claim c : byDocument.getOrDefault(docId, List.of())) {
            if (c.sentence().ordinal() != ordinal) {
                continue;
            }
            for (String key : groupKeys(c)) {
                for (String k : List.of(key, key + Figures.UPDATE_SUFFIX)) {
                    Conflict conflict = conflicts.get(k);
                    if (conflict != null && conflict.statements().stream().anyMatch(s -> s.source().equals(docId))) {
                        return Optional.of(conflict);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The claims of one document (for diagnostics and tests). */
    List<Claim> claims(String docId) {
        return byDocument.getOrDefault(docId, List.of());
    }

    Gazetteer places() {
        return places;
    }

    static String id(String key) {
        return hash(key).substring(0, 12);
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One claim per source: a source that revises itself counts with its latest word. */
    static Map<String, Claim> perSource(List<Claim> claims) {
        Map<String, Claim> out = new LinkedHashMap<>();
        for (Claim c : claims) {
            Claim seen = out.get(c.docId());
            if (seen == null || c.revises() && !seen.revises()) {
                out.put(c.docId(), c);
            }
        }
        return out;
    }
}
