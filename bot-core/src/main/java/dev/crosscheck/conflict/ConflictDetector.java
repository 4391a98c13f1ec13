package dev.crosscheck.conflict;

import dev.crosscheck.cache.LruMap;
import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.Sentence;
import dev.crosscheck.corpus.StoryNames;
import dev.crosscheck.index.Embedder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Finds where sources disagree. Claims are grouped by key (same measure of the same thing in the same place);
 * a group whose sources state different values or states is a conflict. Adding or changing one article only
 * re-examines the groups its claims fall in, so a new article is checked without re-scanning the corpus.
 */
public final class ConflictDetector {
    private static final String PER_PLACE = "s:front-distance:";
    /** Sentence vectors kept: those of the figures a new report's may be compared with. */
    private static final int VECTORS = 4_096;
    /** Words that give a figure as the whole country's. */
    private static final Pattern WHOLE_COUNTRY = Pattern.compile(
            "(?i)\\b(?:across|throughout|around|all over) the (?:country|nation)\\b|\\bnation(?:wide|ally)\\b");
    private final Gazetteer places = new Gazetteer();
    private final WordKinds kinds = new WordKinds(dev.crosscheck.lexicon.RelatedWords.wordNet());
    private final ClaimExtractor extractor = new ClaimExtractor(places, kinds);
    /** Claims by document id. */
    private final Map<String, List<Claim>> byDocument = new HashMap<>();
    /** Claims by key, across documents. */
    private final Map<String, List<Claim>> byKey = new HashMap<>();
    /** The keys of each figure's measure whatever place it is tied to (see {@link #family}); others by themselves. */
    private final Map<String, Set<String>> byFamily = new HashMap<>();
    /** The names each document mentions mid-sentence, to tell whether two documents report the same story. */
    private final Map<String, Map<String, Integer>> storyNames = new HashMap<>();
    /** The places each article's headline and lead sentence name: where its report is about. */
    private final Map<String, Set<String>> leads = new HashMap<>();
    /** The articles indexed, to read again for what a new article denies. */
    private final Map<String, Document> documents = new HashMap<>();
    /** The things some article has denied, so far: a new denial sends the detector back to the other articles. */
    private final Set<String> deniedBefore = new HashSet<>();
    /** Current conflicts by group key. */
    private final Map<String, Conflict> conflicts = new TreeMap<>();
    /** What a sentence means, as the embedding model reads it; null to compare claims by their words alone. */
    private final Function<String, float[]> meaning;
    private final SameFact sameFact;
    /** Each report's own figures by {@link SameFact#measure}: where a new report's figure may meet its fact. */
    private final Map<String, List<Claim>> byMeasure = new HashMap<>();
    private final Map<String, float[]> vectors = new LruMap<>(VECTORS);

    private ConflictDetector(Function<String, float[]> meaning, SameFact sameFact) {
        this.meaning = meaning;
        this.sameFact = sameFact;
    }

    /** Detects the conflicts of a whole corpus, comparing claims by their words alone. */
    public static ConflictDetector of(Corpus corpus) {
        return of(corpus, null, SameFact.NONE);
    }

    /**
     * Detects the conflicts of a whole corpus as the bot does: by words, and two figures its reports word apart by
     * the meaning the embedding model gives their sentences, within the bounds fitted for it.
     */
    public static ConflictDetector of(Corpus corpus, Embedder embedder) {
        return of(corpus, embedder::embed, SameFact.forModel(embedder.modelId()));
    }

    /**
     * Detects the conflicts of a whole corpus; two figures its reports word apart are also compared when {@code
     * sameFact} finds them one fact by what {@code meaning} makes of their sentences.
     */
    public static ConflictDetector of(Corpus corpus, Function<String, float[]> meaning, SameFact sameFact) {
        ConflictDetector d = new ConflictDetector(meaning, sameFact);
        corpus.documents().parallelStream().map(Gazetteer::observe).toList()
                .forEach(d.places::learn);
        // Reading claims is most of the cost and each document is read on its own: in parallel, then indexed in
        // the corpus's order so that the result does not depend on the threads.
        List<Document> docs = corpus.documents();
        List<List<Claim>> claims = docs.parallelStream().map(d.extractor::extract).toList();
        // What some report denies is then looked for, affirmed, in the others; found in parallel too, since whether
        // a denial is comparable asks for its report's time, read lazily.
        Set<String> denied = claims.parallelStream().flatMap(l -> deniedIn(l).stream())
                .collect(java.util.stream.Collectors.toSet());
        if (!denied.isEmpty()) {
            Negations.Denied split = d.extractor.denied(denied);
            List<List<Claim>> affirmed = docs.parallelStream().map(doc -> d.extractor.affirmed(doc, split)).toList();
            for (int i = 0; i < docs.size(); i++) {
                claims.get(i).addAll(affirmed.get(i));
            }
        }
        List<Map<String, Integer>> names = docs.parallelStream().map(StoryNames::mentions).toList();
        for (int i = 0; i < docs.size(); i++) {
            d.index(docs.get(i), claims.get(i), names.get(i));
        }
        Set<String> examined = new HashSet<>();
        for (String key : new ArrayList<>(d.byKey.keySet())) {
            if (examined.add(family(key))) {
                d.examine(key);
            }
        }
        return d;
    }

    /** Every current conflict, in a stable order. */
    public synchronized List<Conflict> conflicts() {
        return new ArrayList<>(conflicts.values());
    }

    /**
     * Takes in a new or changed article (or a removal) and returns the conflicts that are new or changed by it, and
     * those it ended as {@link Conflict.Kind#RESOLVED}.
     */
    public synchronized List<Conflict> update(List<Document> upserted, List<String> removed) {
        Set<String> touched = new HashSet<>();
        Set<String> deniedEarlier = new HashSet<>(deniedBefore);
        for (String id : removed) {
            touched.addAll(unindex(id));
        }
        boolean learned = false;
        for (Document doc : upserted) {
            learned |= places.learn(Gazetteer.observe(doc));
        }
        if (learned) {
            // What the new articles taught the gazetteer changes what the others lead with, as reading them all at
            // once would have: a fresh user's eighth report, added while the bot ran, had raised a toll's update only
            // after a restart.
            leads.replaceAll((id, lead) -> Set.copyOf(places.placesIn(lead(documents.get(id)))));
        }
        for (Document doc : upserted) {
            touched.addAll(unindex(doc.id()));
            touched.addAll(index(doc));
        }
        touched.addAll(affirmationsOfNewDenials(upserted, deniedEarlier));
        List<Conflict> changed = new ArrayList<>();
        Set<String> examined = new HashSet<>();
        for (String key : touched) {
            if (!examined.add(family(key))) {
                continue;
            }
            Map<String, Conflict> before = new HashMap<>();
            for (String k : familyKeys(key)) {
                for (String ck : conflictKeys(k)) {
                    Conflict c = conflicts.get(ck);
                    if (c != null) {
                        before.put(c.id(), c);
                    }
                }
            }
            Set<String> standing = new HashSet<>();
            for (Conflict after : examine(key)) {
                standing.add(after.id());
                Conflict was = before.get(after.id());
                if (was == null || !after.revision().equals(was.revision())) {
                    changed.add(after);
                }
            }
            // A conflict the change ended is reported as resolved, so the chats alerted of it are told.
            before.values().stream().filter(c -> !standing.contains(c.id())).map(Conflict::resolved)
                    .forEach(changed::add);
        }
        changed.sort(Comparator.comparing(Conflict::id));
        return changed;
    }

    private Set<String> index(Document doc) {
        List<Claim> claims = extractor.extract(doc);
        Set<String> denied = new HashSet<>(deniedBefore);
        denied.addAll(deniedIn(claims));
        if (!denied.isEmpty()) {
            claims.addAll(extractor.affirmed(doc, extractor.denied(denied)));
        }
        return index(doc, claims, StoryNames.mentions(doc));
    }

    /**
     * When new articles deny something no report denied before, the other articles are read for its affirmation
     * (only those whose text names it); returns the keys that gained claims.
     */
    private Set<String> affirmationsOfNewDenials(List<Document> upserted, Set<String> deniedEarlier) {
        Set<String> fresh = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Document doc : upserted) {
            ids.add(doc.id());
            fresh.addAll(deniedIn(byDocument.getOrDefault(doc.id(), List.of())));
        }
        fresh.removeAll(deniedEarlier);
        Set<String> keys = new HashSet<>();
        if (fresh.isEmpty()) {
            return keys;
        }
        boolean doers = fresh.stream().anyMatch(o -> Negations.objectOf(o).startsWith(Negations.DOER));
        Negations.Denied split = extractor.denied(fresh);
        for (Document other : documents.values()) {
            if (ids.contains(other.id())) {
                continue;
            }
            // A doer is named in any case ("Ms Okafor"), an object as the denial wrote it.
            String lower = doers ? other.text().toLowerCase(java.util.Locale.ROOT) : null;
            if (fresh.stream().noneMatch(o -> Negations.mayName(other.text(), lower, o))) {
                continue;
            }
            for (Claim c : extractor.affirmed(other, split)) {
                byDocument.get(other.id()).add(c);
                keys.addAll(file(c));
            }
        }
        return keys;
    }

    /**
     * A denial that can meet an affirmation: one in a report whose day is known (see {@link States}); others need no
     * search of the corpus.
     */
    private static boolean isComparableDenial(Claim c) {
        return c.key().startsWith(Negations.PREFIX) && c.polarity() < 0 && c.time().known() && !c.time().fromFile();
    }

    /**
     * A denial's verb and what it is about ("p:rule out:sabotage" → rule out:sabotage), or the verb denied of anyone;
     * see {@link Negations#denied}.
     */
    private static String denial(Claim c) {
        String object = c.key().substring(c.key().lastIndexOf(':') + 1);
        // A verb denied of anyone is looked for by the verb, since anyone it was done to affirms it.
        return object.equals(Negations.ANYONE) ? Negations.deniedOfAnyone(
                c.key().substring(Negations.PREFIX.length(), c.key().lastIndexOf(':'))) : Negations.denial(c.key());
    }

    /** The comparable denials among some claims. */
    private static Set<String> deniedIn(List<Claim> claims) {
        Set<String> out = new HashSet<>();
        for (Claim c : claims) {
            if (isComparableDenial(c)) {
                out.add(denial(c));
            }
        }
        return out;
    }

    private Set<String> index(Document doc, List<Claim> claims, Map<String, Integer> names) {
        // The list is the extractor's own, fresh for each read: affirmations found later are added to it.
        byDocument.put(doc.id(), claims);
        storyNames.put(doc.id(), names);
        leads.put(doc.id(), Set.copyOf(places.placesIn(lead(doc))));
        documents.put(doc.id(), doc);
        deniedBefore.addAll(deniedIn(claims));
        List<Claim> inOtherWords = inOtherWords(claims, names);
        claims.replaceAll(c -> alsoWorded(c, names));
        for (Claim c : claims) {
            if (c.isFigure()) {
                byMeasure.computeIfAbsent(SameFact.measure(c.key()), k -> new ArrayList<>()).add(c);
            }
        }
        claims.addAll(inOtherWords);
        Set<String> keys = new HashSet<>();
        claims.forEach(c -> keys.addAll(file(c)));
        return keys;
    }

    /**
     * A new report's figures that state, in other words, a fact another report of its story keys otherwise, each
     * copied under the other's key so that the two are compared there (and removed with the report).
     */
    private List<Claim> inOtherWords(List<Claim> claims, Map<String, Integer> names) {
        List<Claim> copies = new ArrayList<>();
        if (meaning == null) {
            return copies;
        }
        for (Claim c : claims) {
            if (!c.isFigure() || !SameFact.dated(c)) {
                // Most of a large folder of undated files: no figure of theirs is set beside another's by meaning.
                continue;
            }
            Set<String> keys = new HashSet<>();
            for (Claim other : byMeasure.getOrDefault(SameFact.measure(c.key()), List.of())) {
                // The dates first: of a large folder's figures of one measure, few are of days near.
                if (!sameFact.near(c, other) || keys.contains(other.key()) || !SameFact.mayBeOneFact(c, other)) {
                    continue;
                }
                if (oneFact(c, other, names)) {
                    keys.add(other.key());
                    copies.add(c.restating(other));
                }
            }
        }
        return copies;
    }

    /**
     * A new report's figure with the clause words of another report's figure of the same key whose words do not meet
     * its own, when the embedding finds their sentences one fact within the fitted bounds (else the figure as it is).
     */
    private Claim alsoWorded(Claim c, Map<String, Integer> names) {
        if (meaning == null || !c.isFigure() || !SameFact.dated(c) || c.inHeadline() || !c.takesWords()) {
            return c;
        }
        for (Claim other : byMeasure.getOrDefault(SameFact.measure(c.key()), List.of())) {
            if (other.key().equals(c.key()) && SameFact.ofTwoReports(c, other) && !other.inHeadline()
                    && other.takesWords() && !c.comparableWith(other) && sameFact.near(c, other)
                    && !c.interval().overlaps(other.interval()) && oneFact(c, other, names)) {
                return c.alsoWorded(other);
            }
        }
        return c;
    }

    /**
     * Whether two figures of one story, near enough in time, are one fact by the fitted bounds: their values near
     * enough, and their sentences, embedded last, for the pairs every other bound lets through.
     */
    private boolean oneFact(Claim c, Claim other, Map<String, Integer> names) {
        double ratio = SameFact.ratio(c.interval(), other.interval());
        return ratio <= sameFact.ratio() && StoryNames.same(names, storyNames.get(other.docId()))
                && sameFact.same(similarity(c, other), ratio);
    }

    /** The cosine of two claims' sentences. */
    private double similarity(Claim a, Claim b) {
        return Embedder.dot(vector(a.sentence().text()), vector(b.sentence().text()));
    }

    private float[] vector(String text) {
        return vectors.computeIfAbsent(text, meaning);
    }

    /** Files a claim under its group keys, which it returns. */
    private List<String> file(Claim c) {
        List<String> keys = groupKeys(c);
        keys.forEach(key -> {
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            byFamily.computeIfAbsent(family(key), k -> new HashSet<>()).add(key);
        });
        return keys;
    }

    private Set<String> unindex(String docId) {
        List<Claim> old = byDocument.remove(docId);
        storyNames.remove(docId);
        leads.remove(docId);
        documents.remove(docId);
        Set<String> keys = new HashSet<>();
        if (old == null) {
            return keys;
        }
        for (Claim c : old) {
            List<Claim> measure = c.isFigure() ? byMeasure.get(SameFact.measure(c.key())) : null;
            if (measure != null) {
                measure.remove(c);
            }
            for (String key : groupKeys(c)) {
                List<Claim> list = byKey.get(key);
                if (list != null) {
                    list.remove(c);
                    if (list.isEmpty()) {
                        byKey.remove(key);
                        Set<String> members = byFamily.get(family(key));
                        if (members != null && members.remove(key) && members.isEmpty()) {
                            byFamily.remove(family(key));
                        }
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

    /**
     * A figure's key without the places it is tied to ("n:people|killed@springfield" → "n:people|killed@"): the
     * measure whatever the place. Any other key is its own family, and so is a figure compared only in its report.
     */
    static String family(String key) {
        int at = key.indexOf('@');
        if (!key.startsWith("n:") || at < 0 || key.contains(Claim.LOCAL)) {
            return key;
        }
        int end = key.indexOf('#', at);
        return key.substring(0, at + 1) + (end < 0 ? "" : key.substring(end));
    }

    /** The places a figure's key ties it to, as the extractor joined them ("lviv+dnipro"); {""} for none. */
    private static Set<String> placesOf(String key) {
        return Set.of(SameFact.places(key).split("\\+"));
    }

    /** The keys filed in a key's family (the key itself when none is). */
    private List<String> familyKeys(String key) {
        Set<String> members = byFamily.get(family(key));
        return members == null || members.isEmpty() ? List.of(key) : new ArrayList<>(new TreeSet<>(members));
    }

    /** Where a group's conflicts are kept: its key, and beside it the update of a measure that also contradicts. */
    private static List<String> conflictKeys(String key) {
        return List.of(key, key + Figures.UPDATE_SUFFIX);
    }

    /**
     * Examines the groups of a key's family, each the claims of a measure tied to one place (or to none). A figure
     * tied to none whose sentence names the place, in another clause, is that place's when its story ties the
     * measure to no other place: "killing three people" in a clause naming Springfield and "seven people were killed
     * when the bridge in Springfield collapsed" are one toll. Beside Lviv's and Kharkiv's tolls, or in a sentence
     * that does not name the place, an untied figure stays the overall.
     */
    private List<Conflict> examine(String key) {
        List<String> members = familyKeys(key);
        Map<String, List<Claim>> groups = new TreeMap<>();
        members.forEach(k -> groups.put(k, new ArrayList<>(byKey.getOrDefault(k, List.of()))));
        List<Claim> overall = groups.get(family(key));
        if (overall != null && members.size() > 1) {
            for (Claim c : new ArrayList<>(overall)) {
                placeOf(c, members).ifPresent(tied -> {
                    overall.remove(c);
                    groups.get(tied).add(c);
                });
            }
            ofTheSubjectPlace(groups, overall);
            alsoUntied(groups, overall);
        }
        members.forEach(k -> conflictKeys(k).forEach(conflicts::remove));
        List<Conflict> out = new ArrayList<>();
        groups.forEach((k, claims) -> out.addAll(examine(k, stories(claims))));
        return withoutRepeats(out);
    }

    /**
     * The conflicts less those that repeat an earlier one's statements (the same values from the same reports) under
     * another place of the family: a report whose headline and lead tie one count to two places ("…in Graymere
     * National Park", "GRAYMERE, Vestral") disagrees with another's once, not once per place. A repeat is dropped from
     * the current conflicts too.
     */
    private List<Conflict> withoutRepeats(List<Conflict> found) {
        Set<Set<String>> said = new HashSet<>();
        List<Conflict> out = new ArrayList<>();
        for (Conflict c : found) {
            Set<String> statements = new HashSet<>();
            c.statements().forEach(s -> statements.add(s.source() + "\u0000" + s.value().toLowerCase(Locale.ROOT)));
            statements.add(c.kind().name());
            if (said.add(statements)) {
                out.add(c);
            } else {
                conflicts.values().removeIf(kept -> kept == c);
            }
        }
        return out;
    }

    /**
     * Moves to the overall group the figures tied to the place every report of the family is about, which each
     * report names in its headline or lead, when the figure's own lead names all its places: in reports that all lead
     * with Pellham, "treated in hospital … in the English town of Pellham has risen to 57" is the overall count the
     * others give untied. A place only some reports lead with (Lviv, in reports on all of Ukraine) stays apart.
     */
    private void ofTheSubjectPlace(Map<String, List<Claim>> groups, List<Claim> overall) {
        if (overall.stream().anyMatch(c -> WHOLE_COUNTRY.matcher(c.sentence().text()).find())) {
            // "At least 20 people were killed across the country": the overall is the nation's, not the region's
            // every report leads with.
            return;
        }
        Set<String> subject = null;
        for (List<Claim> group : groups.values()) {
            for (Claim c : group) {
                Set<String> lead = leads.getOrDefault(c.docId(), Set.of());
                if (lead.isEmpty() && group == overall) {
                    // A report that leads with no place at all (an operator's statement naming only the tram stop)
                    // says nothing of where the others are: "33 people have now been treated for injuries" is the
                    // count the others tie to the town they all lead with.
                    continue;
                }
                subject = subject == null ? new HashSet<>(lead) : subject;
                subject.retainAll(lead);
            }
        }
        if (subject == null || subject.isEmpty()) {
            return;
        }
        for (Map.Entry<String, List<Claim>> group : groups.entrySet()) {
            Set<String> tied = placesOf(group.getKey());
            if (group.getValue() == overall || Collections.disjoint(tied, subject)) {
                continue;
            }
            for (Claim c : new ArrayList<>(group.getValue())) {
                if (leads.getOrDefault(c.docId(), Set.of()).containsAll(tied)) {
                    group.getValue().remove(c);
                    overall.add(c);
                }
            }
        }
    }

    /**
     * Adds to the overall group the figures a report ties to a place when the same report gives the same figure untied:
     * a headline's "death toll rises to five" and its text's "killed … in eastern Lestrania rose to five" are one
     * figure, and the text, which says when and where, is what a side quotes. The tied claim stays in its place's
     * group too, where it still meets that place's other figures.
     */
    private static void alsoUntied(Map<String, List<Claim>> groups, List<Claim> overall) {
        List<Claim> untied = List.copyOf(overall);
        for (List<Claim> group : groups.values()) {
            if (group == overall) {
                continue;
            }
            for (Claim c : group) {
                if (untied.stream().anyMatch(o -> o.docId().equals(c.docId()) && o.interval().equals(c.interval()))) {
                    overall.add(c);
                }
            }
        }
    }

    /** A report's headline and its first sentence closed as a sentence is: where it says what it is about. */
    private static String lead(Document doc) {
        StringBuilder lead = new StringBuilder(doc.title());
        for (Sentence s : doc.sentences()) {
            if (!doc.isHeadline(s) && s.closes()) {
                return lead.append('\n').append(s.text()).toString();
            }
        }
        return lead.toString();
    }

    /**
     * The one key of the family whose places an untied figure's sentence names, and no others, when the figure's
     * story ties the measure to those places and to no others; else empty.
     */
    private Optional<String> placeOf(Claim c, List<String> members) {
        Set<String> named = Set.copyOf(places.placesIn(c.sentence().text()));
        if (named.isEmpty() || members.stream().noneMatch(k -> named.equals(placesOf(k)))) {
            return Optional.empty();
        }
        Map<String, Integer> story = storyNames.get(c.docId());
        List<String> tiedInStory = new ArrayList<>();
        for (String k : members) {
            if (k.equals(family(k))) {
                continue;
            }
            boolean inStory = byKey.getOrDefault(k, List.of()).stream().anyMatch(o -> o.docId().equals(c.docId())
                    || StoryNames.same(story, storyNames.get(o.docId())));
            if (inStory) {
                tiedInStory.add(k);
            }
        }
        // Only the very places: "25,000 dead, with Sri Lanka, Thailand, India and Indonesia worst hit" is not the
        // toll of Sri Lanka and Thailand that another report gives.
        return tiedInStory.size() == 1 && named.equals(placesOf(tiedInStory.get(0)))
                ? Optional.of(tiedInStory.get(0)) : Optional.empty();
    }

    /** Compares one group's stories: of several disagreeing on the same key, the one with most sources speaks. */
    private List<Conflict> examine(String key, List<List<Claim>> stories) {
        Map<String, Conflict> found = Map.of();
        int size = 0;
        for (List<Claim> story : stories) {
            Map<String, Conflict> candidate = story.get(0).isFigure() ? Figures.compare(key, story)
                    : States.compare(key, story, kinds);
            int statements = candidate.values().stream().mapToInt(c -> c.statements().size()).sum();
            if (statements > size) {
                found = candidate;
                size = statements;
            }
        }
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
        Map<String, Integer> docs = new LinkedHashMap<>();
        for (Claim c : claims) {
            docs.putIfAbsent(c.docId(), docs.size());
        }
        List<Map<String, Integer>> names = new ArrayList<>(docs.size());
        docs.keySet().forEach(id -> names.add(storyNames.get(id)));
        int[] parent = new int[docs.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        // A common key gathers hundreds of reports: pairs already joined through others need no comparing.
        for (int i = 0; i < parent.length; i++) {
            for (int j = i + 1; j < parent.length; j++) {
                if (root(parent, i) != root(parent, j) && StoryNames.same(names.get(i), names.get(j))) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<Integer, List<Claim>> groups = new TreeMap<>();
        for (Claim c : claims) {
            groups.computeIfAbsent(root(parent, docs.get(c.docId())), k -> new ArrayList<>()).add(c);
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

    /**
     * The conflicts a sentence's claims take part in, in the order of its claims: "six passengers were killed and
     * around 40 injured" takes part in the toll's and the injured's.
     */
    public synchronized List<Conflict> about(String docId, int ordinal) {
        List<Conflict> out = new ArrayList<>();
        for (Claim c : byDocument.getOrDefault(docId, List.of())) {
            if (c.sentence().ordinal() != ordinal) {
                continue;
            }
            for (String key : groupKeys(c)) {
                addConflicts(List.of(key), s -> s.source().equals(docId), out);
                if (c.isFigure() && key.equals(family(key))) {
                    // An untied figure may have joined its place's group (see examine), which quotes its sentence.
                    addConflicts(familyKeys(key), s -> s.quotes(docId, c.sentence().text()), out);
                } else if (c.isFigure()) {
                    // A tied figure may have joined the overall group (the place every report leads with), where
                    // its report's text speaks for it: "Three killed in Portaskel blast" is the side of "Three people
                    // were killed when a fireworks warehouse exploded in Portaskel".
                    addConflicts(familyKeys(key), s -> s.source().equals(docId) && sameValue(s, c), out);
                }
            }
        }
        return out;
    }

    /** Whether the statement gives the claim's figure ("Three people" for "Three killed"). */
    private static boolean sameValue(Conflict.Statement s, Claim c) {
        return dev.crosscheck.quantity.QuantityParser.parse(s.value()).stream()
                .anyMatch(q -> Interval.of(q).sameAs(c.interval()));
    }

    /** Adds the conflicts kept under the groups' keys that have a statement {@code taking part}, each once. */
    private void addConflicts(List<String> groups, java.util.function.Predicate<Conflict.Statement> takingPart,
                              List<Conflict> out) {
        for (String group : groups) {
            for (String k : conflictKeys(group)) {
                Conflict conflict = conflicts.get(k);
                if (conflict != null && !out.contains(conflict) && conflict.statements().stream().anyMatch(takingPart)) {
                    out.add(conflict);
                }
            }
        }
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
