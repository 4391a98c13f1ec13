package dev.crosscheck.lexicon;

import dev.crosscheck.cache.LruMap;
import dev.crosscheck.index.Await;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerTarget;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.AbstractCachingDictionary;
import net.sf.extjwnl.dictionary.Dictionary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Words that say the same thing in other words, from WordNet 3.1 (read in process from its Maven artifact): a
 * word's base forms ("killed" → kill), the synonyms of its most frequent senses, its derivations (evacuation ↔
 * evacuate, death ↔ die), for verbs what they cause or entail, both ways (kill → die, die ← kill), and for
 * adjectives what they measure (fast → speed, old → age). General
 * English, nothing of any corpus: the answer scorer learns how much such a match is worth.
 */
public final class RelatedWords {
    private static final Logger LOG = LoggerFactory.getLogger(RelatedWords.class);
    /**
     * WordNet lists senses most frequent first; rarer senses bring more noise than matches (two chosen against one
     * and three on the development sets' tune halves, 2026-12-03: docs/experiments.md).
     */
    private static final int SENSES = 2;
    /** Hypernym steps searched when asking whether a name is a kind of thing ("Germany" is a country). */
    private static final int KIND_DEPTH = 6;
    private static final int CACHE = 20_000;
    /** Entries of each kind extJWNL keeps read (index words, synsets, exceptions). */
    private static final int CACHED_ENTRIES = 5_000;
    private static final PointerType[] WORD_LINKS = {PointerType.DERIVATION, PointerType.PERTAINYM,
        PointerType.PARTICIPLE_OF};
    private static final PointerType[] VERB_LINKS = {PointerType.CAUSE, PointerType.ENTAILMENT};

    private static volatile RelatedWords shared;

    /** WordNet read in the background once started: lookups wait for it. */
    private volatile java.util.concurrent.CompletableFuture<Loaded> loading;
    private final Map<String, Set<String>> cache = Collections.synchronizedMap(new LruMap<>(CACHE));

    private final Map<String, Boolean> kinds = Collections.synchronizedMap(new LruMap<>(CACHE));
    private final Map<String, Set<String>> places = Collections.synchronizedMap(new LruMap<>(CACHE));
    private final Map<String, Set<String>> placeNames = Collections.synchronizedMap(new LruMap<>(CACHE));
    private final Map<String, Set<String>> opposites = Collections.synchronizedMap(new LruMap<>(CACHE));
    private final Map<String, Set<String>> phrasalNouns = Collections.synchronizedMap(new LruMap<>(CACHE));
    private final Map<String, Set<String>> agentNouns = Collections.synchronizedMap(new LruMap<>(CACHE));

    /**
     * The dictionary and the verb links WordNet only stores forwards (what causes or entails a synset, by the
     * target's offset); no dictionary when WordNet could not be read.
     */
    private record Loaded(Dictionary dictionary, Map<Long, List<String>> causedBy,
                          Map<String, List<String>> irregularForms, Map<String, List<String>> verbForms) {
    }

    private RelatedWords(java.util.concurrent.CompletableFuture<Loaded> loading) {
        this.loading = loading;
    }

    /**
     * The shared instance. WordNet is read (about a second) when {@link #warmUp()} starts it in the background or
     * when the first lookup needs it; lookups find nothing when WordNet cannot be read.
     */
    public static RelatedWords wordNet() {
        RelatedWords r = shared;
        if (r == null) {
            synchronized (RelatedWords.class) {
                r = shared;
                if (r == null) {
                    r = new RelatedWords(null);
                    shared = r;
                }
            }
        }
        return r;
    }

    /** A lexicon that knows no relations, for when WordNet is unavailable. */
    public static RelatedWords none() {
        return new RelatedWords(java.util.concurrent.CompletableFuture.completedFuture(
                new Loaded(null, Map.of(), Map.of(), Map.of())));
    }

    /** Starts reading WordNet in the background, once the rest of a core is open and the CPU is free for it. */
    public void warmUp() {
        loaded();
    }

    private java.util.concurrent.CompletableFuture<Loaded> loaded() {
        java.util.concurrent.CompletableFuture<Loaded> l = loading;
        if (l == null) {
            synchronized (this) {
                l = loading;
                if (l == null) {
                    l = java.util.concurrent.CompletableFuture.supplyAsync(RelatedWords::load);
                    loading = l;
                }
            }
        }
        return l;
    }

    private Dictionary dictionary() {
        return Await.result(loaded()).dictionary();
    }

    private static Loaded load() {
        long start = System.nanoTime();
        try {
            Dictionary d = Dictionary.getDefaultResourceInstance();
            Map<Long, List<String>> causedBy = new HashMap<>();
            for (Iterator<Synset> it = d.getSynsetIterator(POS.VERB); it.hasNext(); ) {
                Synset s = it.next();
                for (PointerType type : VERB_LINKS) {
                    for (Pointer p : s.getPointers(type)) {
                        List<String> causes = causedBy.computeIfAbsent(p.getTargetOffset(),
                                k -> new java.util.ArrayList<>());
                        addWords(s, causes);
                    }
                }
            }
            // WordNet lists irregular forms by form ("said" → say); answers need them by verb too (say → said), for
            // the verbs that attribute what is reported: those whose most frequent sense is one of communication.
            Map<String, List<String>> forms = new HashMap<>();
            for (Iterator<Exc> it = d.getExceptionIterator(POS.VERB); it.hasNext(); ) {
                Exc exc = it.next();
                for (String base : exc.getExceptions()) {
                    forms.computeIfAbsent(base, k -> new java.util.ArrayList<>()).add(exc.getLemma());
                }
            }
            Map<String, List<String>> irregular = new HashMap<>();
            for (Map.Entry<String, List<String>> verb : forms.entrySet()) {
                if (isCommunication(d.getIndexWord(POS.VERB, verb.getKey()))) {
                    irregular.put(verb.getKey(), verb.getValue());
                }
            }
            if (d instanceof AbstractCachingDictionary caching) {
                // The scan read every verb; later lookups need only what questions ask about.
                caching.clearCache();
                caching.setCacheCapacity(CACHED_ENTRIES);
            }
            LOG.debug("WordNet loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
            return new Loaded(d, causedBy, irregular, forms);
        } catch (JWNLException | RuntimeException e) {
            LOG.warn("WordNet could not be read ({}); answers match words by their stems only", e.getMessage());
            return new Loaded(null, Map.of(), Map.of(), Map.of());
        }
    }

    /**
     * Lower-case single words related to {@code word} (its base forms included, the word itself not); empty for
     * words WordNet does not know.
     */
    public Set<String> of(String word) {
        return lookedUp(cache, word, this::lookUp);
    }

    /** A word's answer from a cache of lookups, lower case; empty for a word of fewer than three letters. */
    private Set<String> lookedUp(Map<String, Set<String>> answers, String word,
                                 java.util.function.Function<String, Set<String>> lookUp) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 3 || !w.chars().allMatch(Character::isLetter) || dictionary() == null) {
            return Set.of();
        }
        return answers.computeIfAbsent(w, lookUp);
    }

    /**
     * The words WordNet gives as an adjective's opposites in its most frequent senses, lower case ("open" → closed,
     * "safe" → dangerous, unsafe): either answers a question whether the thing is so. Empty for other words.
     */
    public Set<String> opposites(String word) {
        return lookedUp(opposites, word, this::lookUpOpposites);
    }

    private Set<String> lookUpOpposites(String w) {
        Set<String> out = new TreeSet<>();
        try {
            IndexWord index = dictionary().getIndexWord(POS.ADJECTIVE, w);
            if (index == null) {
                return Set.of();
            }
            List<Synset> senses = index.getSenses();
            for (Synset sense : senses.subList(0, Math.min(SENSES, senses.size()))) {
                for (Pointer p : memberPointers(sense, w, PointerType.ANTONYM)) {
                    addWords(p.getTargetSynset(), out);
                }
            }
        } catch (JWNLException | RuntimeException e) {
            LOG.debug("WordNet lookup of opposites of {} failed: {}", w, e.getMessage());
        }
        return singleWords(out);
    }

    /**
     * The nouns WordNet derives from a phrasal verb, as one word, lower case: "turned" and "out" → turnout, "shut
     * down" → shutdown, "took over" → takeover; empty when the verb and particle are no entry of it.
     */
    public Set<String> phrasalNouns(String verb, String particle) {
        if (dictionary() == null || verb.length() < 2 || !verb.chars().allMatch(Character::isLetter)
                || !particle.chars().allMatch(Character::isLetter)) {
            return Set.of();
        }
        String base = verbBase(verb).orElse(verb.toLowerCase(Locale.ROOT));
        return phrasalNouns.computeIfAbsent(base + " " + particle.toLowerCase(Locale.ROOT), this::lookUpPhrasalNouns);
    }

    private Set<String> lookUpPhrasalNouns(String lemma) {
        Set<String> out = derivedNouns(lemma);
        out.removeIf(noun -> noun.indexOf('-') >= 0);
        return singleWords(out);
    }

    /** The nouns WordNet derives from a verb's entry (a word or a phrase), lower case, in a fresh set. */
    private Set<String> derivedNouns(String lemma) {
        Set<String> out = new TreeSet<>();
        try {
            IndexWord index = dictionary().getIndexWord(POS.VERB, lemma);
            if (index == null) {
                return out;
            }
            for (Synset sense : index.getSenses()) {
                for (Pointer p : memberPointers(sense, lemma, PointerType.DERIVATION)) {
                    if (p.getTarget() instanceof Word w && w.getPOS() == POS.NOUN) {
                        out.add(w.getLemma().toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (JWNLException | RuntimeException e) {
            LOG.debug("WordNet lookup of nouns of {} failed: {}", lemma, e.getMessage());
        }
        return out;
    }

    /**
     * The nouns for one who does what a verb in its base form says, by WordNet's derivations, lower case: "lead" →
     * leader, "own" → owner; only nouns for a person ({@link #isRole}).
     */
    public Set<String> agentNouns(String verb) {
        return lookedUp(agentNouns, verb, this::lookUpAgentNouns);
    }

    private Set<String> lookUpAgentNouns(String base) {
        Set<String> out = derivedNouns(base);
        out.removeIf(noun -> !isRole(noun));
        return singleWords(out);
    }

    /** The pointers of one type from the member of a sense written as {@code lemma}: links between words. */
    private static List<Pointer> memberPointers(Synset sense, String lemma, PointerType type) {
        List<Pointer> out = new ArrayList<>();
        for (Word member : sense.getWords()) {
            if (member.getLemma().equalsIgnoreCase(lemma)) {
                out.addAll(member.getPointers(type));
            }
        }
        return out;
    }

    /**
     * The single words of a lookup's answer, unmodifiable: no phrase, nor a letter or two ("century" → c, "one" → i,
     * "users" → us match a text's "C", "I" and "US").
     */
    private static Set<String> singleWords(Set<String> words) {
        words.removeIf(x -> x.indexOf(' ') >= 0 || x.length() < 3);
        return Collections.unmodifiableSet(words);
    }

    /**
     * The irregular forms of a verb of saying given in its base form, lower case, as a question asks with "did" and
     * a report answers ("say" → said, "tell" → told, "speak" → spoke, spoken); empty for any other word. Only verbs
     * whose most frequent sense is one of communication: every verb's forms ("take" → took, "win" → won) also
     * matched "took sixth place" for a film's takings and another band's "won", and lost answers on the tune halves
     * (docs/experiments.md, 2026-12-03 and 2026-12-04). Only the base form: a form a question already inflects
     * ("told") is as a report writes it.
     */
    public Set<String> irregularForms(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 2 || dictionary() == null) {
            return Set.of();
        }
        List<String> forms = Await.result(loaded()).irregularForms().getOrDefault(w, List.of());
        return forms.stream().filter(x -> x.indexOf(' ') < 0 && !x.equals(w))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * The irregular forms of any verb given in its base form, lower case ("find" → found, "make" → made); empty for a
     * regular verb or any other word.
     */
    public List<String> verbForms(String base) {
        if (base.isBlank() || dictionary() == null) {
            return List.of();
        }
        return Await.result(loaded()).verbForms().getOrDefault(base.toLowerCase(Locale.ROOT), List.of());
    }

    /**
     * Whether a verb's usual sense is a change of possession, as WordNet files its first sense ("pay", "receive",
     * "get", "give"; not "cost" or "reach").
     */
    public boolean isTransfer(String verb) {
        return verbBase(verb).flatMap(base -> firstSense(POS.VERB, base))
                .filter(sense -> sense.getLexFileName().equals("verb.possession")).isPresent();
    }

    private static boolean isCommunication(IndexWord verb) {
        return verb != null && !verb.getSenses().isEmpty()
                && verb.getSenses().get(0).getLexFileName().equals("verb.communication");
    }

    private Set<String> lookUp(String w) {
        Set<String> out = new TreeSet<>();
        List<IndexWord> found = new ArrayList<>();
        Dictionary dictionary = dictionary();
        try {
            for (POS pos : POS.getAllPOS()) {
                // A word WordNet has as it is written is that word, not a form of another: "boss" is no plural of
                // "bos", the genus of cattle. Unless its tagged texts never use it so and the form is another's:
                // "findings" (a haberdasher's word) in the news are what an inquiry found.
                IndexWord written = dictionary.getIndexWord(pos, w);
                List<String> bases = written != null && uses(written) > 0
                        ? List.of(w) : dictionary.getMorphologicalProcessor().lookupAllBaseForms(pos, w);
                for (String base : bases) {
                    IndexWord index = dictionary.getIndexWord(pos, base);
                    if (index != null) {
                        found.add(index);
                    }
                }
            }
            // Only the parts of speech WordNet has seen the word used in, when it has seen it used at all: "come"
            // as a noun, "boss" as a verb ("brag", "stamp") and "blame" as an adjective ("damned") are in no
            // tagged text.
            boolean anyUsed = found.stream().anyMatch(i -> uses(i) > 0);
            for (IndexWord index : found) {
                if (anyUsed && uses(index) == 0) {
                    continue;
                }
                String base = index.getLemma();
                out.add(base);
                List<Synset> senses = index.getSenses();
                for (Synset sense : senses.subList(0, Math.min(SENSES, senses.size()))) {
                    addSense(sense, base, out);
                }
            }
        } catch (JWNLException | RuntimeException e) {
            LOG.debug("WordNet lookup of {} failed: {}", w, e.getMessage());
        }
        out.remove(w);
        return singleWords(out);
    }

    private void addSense(Synset sense, String base, Set<String> out) throws JWNLException {
        addWords(sense, out);
        for (PointerType type : WORD_LINKS) {
            for (Pointer p : memberPointers(sense, base, type)) {
                PointerTarget target = p.getTarget();
                if (target instanceof Word linked) {
                    out.add(linked.getLemma().toLowerCase(Locale.ROOT));
                }
            }
        }
        for (PointerType type : VERB_LINKS) {
            for (Pointer p : sense.getPointers(type)) {
                addWords(p.getTargetSynset(), out);
            }
        }
        if (sense.getPOS() == POS.VERB) {
            out.addAll(Await.result(loaded()).causedBy().getOrDefault(sense.getOffset(), List.of()));
        }
        if (sense.getPOS() == POS.ADJECTIVE) {
            // What the adjective measures: "how fast" is answered by a speed, "how tall" by a height, "how far" by a
            // distance. Only this way: a noun's attributes are both poles ("speed": fast and slow).
            for (Pointer p : sense.getPointers(PointerType.ATTRIBUTE)) {
                addWords(p.getTargetSynset(), out);
            }
        }
    }

    private static void addWords(Synset synset, java.util.Collection<String> out) {
        for (Word x : synset.getWords()) {
            out.add(x.getLemma().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * WordNet's broad category of a noun's most frequent sense, its lexicographer file without the "noun."
     * prefix ("person", "location", "time", "quantity", "group", "artifact"…); empty when it is not a noun it knows.
     */
    public Optional<String> category(String noun) {
        if (noun.isBlank() || dictionary() == null) {
            return Optional.empty();
        }
        try {
            IndexWord index = dictionary().lookupIndexWord(POS.NOUN, noun);
            if (index == null || index.getSenses().isEmpty()) {
                return Optional.empty();
            }
            String file = index.getSenses().get(0).getLexFileName();
            return Optional.of(file.startsWith("noun.") ? file.substring("noun.".length()) : file);
        } catch (JWNLException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the word is a thing one can name: WordNet has seen it used as a noun (its tagged senses count uses), or
     * knows it as nothing else. "there", "like" and "same" have noun senses that no one uses.
     */
    public boolean isUsedAsNoun(String word) {
        if (word.isBlank() || dictionary() == null) {
            return false;
        }
        try {
            IndexWord noun = dictionary().lookupIndexWord(POS.NOUN, word);
            if (noun == null || noun.getSenses().isEmpty()) {
                return false;
            }
            if (uses(noun) > 0) {
                return true;
            }
            for (POS other : List.of(POS.VERB, POS.ADJECTIVE, POS.ADVERB)) {
                if (dictionary().lookupIndexWord(other, word) != null) {
                    return false;
                }
            }
            return true;
        } catch (JWNLException | RuntimeException e) {
            return false;
        }
    }

    /**
     * How often WordNet's tagged texts use the index word, as written in lower case, in any of its senses ("May" the
     * month is not a use of "may").
     */
    private static int uses(IndexWord index) {
        int uses = 0;
        for (Synset sense : index.getSenses()) {
            for (Word w : sense.getWords()) {
                if (w.getLemma().equals(index.getLemma())) {
                    uses += w.getUseCount();
                }
            }
        }
        return uses;
    }

    /** Whether WordNet knows the word (or a base form of it: "won" is "win") as a verb. */
    public boolean isVerb(String word) {
        if (word.isBlank() || dictionary() == null) {
            return false;
        }
        try {
            return !dictionary().getMorphologicalProcessor().lookupAllBaseForms(POS.VERB, word).isEmpty();
        } catch (JWNLException | RuntimeException e) {
            return false;
        }
    }

    /** The verb a word is a form of ("derailed" → derail, "carrying" → carry), or empty when it is not a verb. */
    public Optional<String> verbBase(String word) {
        if (word.isBlank() || dictionary() == null) {
            return Optional.empty();
        }
        try {
            List<String> bases = dictionary().getMorphologicalProcessor()
                    .lookupAllBaseForms(POS.VERB, word.toLowerCase(Locale.ROOT));
            if (bases.size() < 2) {
                return bases.stream().findFirst();
            }
            // Of two bases the more used one, the first of equals: "felt" is mostly feel, not to felt; "found" find.
            String best = null;
            int most = -1;
            for (String b : bases) {
                IndexWord index = dictionary().getIndexWord(POS.VERB, b);
                int used = index == null ? 0 : uses(index);
                if (used > most) {
                    best = b;
                    most = used;
                }
            }
            return Optional.of(best);
        } catch (JWNLException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The base forms of a noun other than itself, as WordNet's morphology reads it: "men" → man, "findings" →
     * finding; empty for a noun written in its base form.
     */
    public List<String> nounBases(String word) {
        if (word.isBlank() || dictionary() == null) {
            return List.of();
        }
        String w = word.toLowerCase(Locale.ROOT);
        try {
            return dictionary().getMorphologicalProcessor().lookupAllBaseForms(POS.NOUN, w).stream()
                    .filter(b -> !b.equals(w)).toList();
        } catch (JWNLException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * The senses WordNet gives a verb (by its base form), as ids: two verbs that share one can say the same action
     * ("leak" and "escape", of a liquid). Empty when WordNet does not know it as a verb.
     */
    public Set<String> verbSenses(String base) {
        if (base.isBlank() || dictionary() == null) {
            return Set.of();
        }
        try {
            IndexWord index = dictionary().getIndexWord(POS.VERB, base);
            if (index == null) {
                return Set.of();
            }
            Set<String> out = new TreeSet<>();
            for (Synset sense : index.getSenses()) {
                out.add("v" + sense.getOffset());
            }
            return Collections.unmodifiableSet(out);
        } catch (JWNLException | RuntimeException e) {
            return Set.of();
        }
    }

    /**
     * The verb that names a verb's most frequent sense, as WordNet lists that sense's words first ("call off" →
     * cancel, "cancel" → cancel): two verbs with one such name say the same action in their usual sense. The base
     * itself when WordNet does not know it as a verb.
     */
    public String firstSenseVerb(String base) {
        return firstSense(POS.VERB, base).map(sense -> firstWord(sense, base)).orElse(base);
    }

    /**
     * The adjective that names an adjective's most frequent sense, as WordNet lists that sense's words first, and of a
     * satellite sense the head it is similar to ("sick" → ill, "unwell" → ill): two adjectives with one such name say
     * one state in their usual sense. The word itself when WordNet does not know it as an adjective.
     */
    public String firstSenseAdjective(String word) {
        return firstSense(POS.ADJECTIVE, word).flatMap(RelatedWords::headOf).map(sense -> firstWord(sense, word))
                .orElse(word);
    }

    /**
     * The words of an adverb's most frequent sense, lower-cased, the first naming the sense ("on board" → aboard, on
     * board): a place said in one word or two. Empty when WordNet does not know the word or phrase as an adverb.
     */
    public List<String> firstSenseAdverbWords(String word) {
        return firstSense(POS.ADVERB, word).map(sense -> sense.getWords().stream()
                .map(w -> w.getLemma().toLowerCase(Locale.ROOT)).toList()).orElse(List.of());
    }

    /** A word's most frequent sense as the part of speech; empty when WordNet does not know it so, or cannot be read. */
    private Optional<Synset> firstSense(POS pos, String word) {
        if (word.isBlank() || dictionary() == null) {
            return Optional.empty();
        }
        try {
            IndexWord index = dictionary().getIndexWord(pos, word);
            return index == null || index.getSenses().isEmpty() ? Optional.empty()
                    : Optional.of(index.getSenses().get(0));
        } catch (JWNLException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** An adjective sense's head: itself, or for a satellite the one sense it is similar to; empty if unreadable. */
    private static Optional<Synset> headOf(Synset sense) {
        try {
            List<Pointer> similar = sense.getPointers(PointerType.SIMILAR_TO);
            // extjwnl calls a satellite sense an adjective cluster; its one "similar to" pointer is its head.
            return Optional.of(sense.isAdjectiveCluster() && similar.size() == 1 ? similar.get(0).getTargetSynset()
                    : sense);
        } catch (JWNLException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The word a sense lists first, lower-cased; {@code otherwise} when it lists none. */
    private static String firstWord(Synset sense, String otherwise) {
        return sense.getWords().isEmpty() ? otherwise : sense.getWords().get(0).getLemma().toLowerCase(Locale.ROOT);
    }

    /** Whether the verb (in any form: "says", "claimed") is first of all one of saying, as WordNet files it. */
    public boolean isSaying(String verb) {
        Optional<String> base = verbBase(verb);
        if (base.isEmpty()) {
            return false;
        }
        try {
            return isCommunication(dictionary().getIndexWord(POS.VERB, base.get()));
        } catch (JWNLException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether a verb (in any form) links its subject, or its object, to an adjective in one of its senses, by
     * WordNet's sentence frames ("Somebody ----s Adjective": "fell ill", "became sick", "left homeless"); "trapped" and
     * "rescued" do not.
     */
    public boolean linksAdjective(String verb) {
        return frames(verb, false).stream().anyMatch(frame -> frame.contains("Adjective"));
    }

    /** WordNet's sentence frames of a verb (in any form): of its usual sense, or of all of them. */
    private List<String> frames(String verb, boolean usualSenseOnly) {
        Optional<String> base = verbBase(verb);
        if (base.isEmpty()) {
            return List.of();
        }
        try {
            IndexWord index = dictionary().getIndexWord(POS.VERB, base.get());
            if (index == null) {
                return List.of();
            }
            List<Synset> senses = index.getSenses();
            List<String> out = new ArrayList<>();
            for (Synset sense : usualSenseOnly ? senses.subList(0, Math.min(1, senses.size())) : senses) {
                out.addAll(Arrays.asList(sense.getVerbFrames()));
            }
            return out;
        } catch (JWNLException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * Whether a verb's usual sense takes an object, by WordNet's sentence frames ("Somebody ----s something": "burned
     * 4,200 hectares"); "sits 400 metres from" and "lies 8 km from" do not.
     */
    public boolean takesObject(String verb) {
        return frames(verb, true).stream()
                .anyMatch(frame -> frame.contains("----s something") || frame.contains("----s somebody"));
    }

    /** Whether WordNet knows the word (or a base form of it) as an adjective. */
    public boolean isAdjective(String word) {
        if (word.isBlank() || dictionary() == null) {
            return false;
        }
        try {
            String w = word.toLowerCase(Locale.ROOT);
            return !dictionary().getMorphologicalProcessor().lookupAllBaseForms(POS.ADJECTIVE, w).isEmpty();
        } catch (JWNLException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether the word (or a base form of it) is English to WordNet, in any part of speech. True when WordNet cannot
     * be read: a word is taken for a misspelling only when the lexicon says it is none.
     */
    public boolean isEnglish(String word) {
        return anyBaseForm(word, true, (pos, base) -> true);
    }

    /**
     * Whether WordNet writes the word, or a base form of it, in lowercase in some sense: an ordinary word ("mayor",
     * "hits"), not only a name ("Scotland", "Thursday"). False for a word it does not know, and when WordNet could
     * not be read.
     */
    public boolean isOrdinaryWord(String word) {
        return anyBaseForm(word, false, (pos, base) -> writesInLowercase(dictionary().getIndexWord(pos, base), base));
    }

    /** Some sense of the index word writes it as {@code base}, in lowercase: a common word, not only a name. */
    private static boolean writesInLowercase(IndexWord index, String base) {
        return index != null && index.getSenses().stream().flatMap(x -> x.getWords().stream())
                .anyMatch(x -> x.getLemma().equals(base));
    }

    /**
     * Whether WordNet has the words, two or more, as a common noun ("grand slam", "prime minister", "home office"),
     * not only as a name ("White House", "Red Cross") nor at all ("Marat Safin").
     */
    public boolean isCommonNounPhrase(String phrase) {
        String p = phrase.strip().toLowerCase(Locale.ROOT);
        if (p.indexOf(' ') < 0 || dictionary() == null) {
            return false;
        }
        try {
            for (String base : dictionary().getMorphologicalProcessor().lookupAllBaseForms(POS.NOUN, p)) {
                if (base.indexOf(' ') > 0 && writesInLowercase(dictionary().getIndexWord(POS.NOUN, base), base)) {
                    return true;
                }
            }
            return false;
        } catch (JWNLException | RuntimeException e) {
            return false;
        }
    }

    /** A test of one base form of a word in one part of speech. */
    private interface BaseFormTest {
        boolean test(POS pos, String base) throws JWNLException;
    }

    /** Whether some base form of the word passes the test; {@code unread} when WordNet cannot be read. */
    private boolean anyBaseForm(String word, boolean unread, BaseFormTest test) {
        if (dictionary() == null) {
            return unread;
        }
        String w = word.toLowerCase(Locale.ROOT);
        try {
            for (POS pos : POS.getAllPOS()) {
                for (String base : dictionary().getMorphologicalProcessor().lookupAllBaseForms(pos, w)) {
                    if (test.test(pos, base)) {
                        return true;
                    }
                }
            }
            return false;
        } catch (JWNLException | RuntimeException e) {
            return unread;
        }
    }

    /**
     * Whether WordNet knows the word as an adjective made from a place's name ("German" of Germany, "Welsh" of
     * Wales): one of its adjective senses pertains to a noun of a location. "Brown" is an adjective of no place.
     */
    public boolean isDemonym(String word) {
        return !placesOf(word).isEmpty();
    }

    /**
     * The names of the places an adjective pertains to, as WordNet writes them ("American": "United States",
     * "America", "US", "U.S.", "USA"…; "British": "Britain", "UK", "United Kingdom"…); empty for any other word.
     */
    public Set<String> placesOf(String adjective) {
        if (adjective.isBlank() || dictionary() == null) {
            return Set.of();
        }
        return places.computeIfAbsent(adjective.toLowerCase(Locale.ROOT), this::lookUpPlaces);
    }

    /**
     * Whether WordNet writes the two as names of one place ("America" and "US", "Britain" and "UK"): a lemma of one
     * of the first's most frequent location senses is the second.
     */
    public boolean namesOnePlace(String a, String b) {
        if (a.isBlank() || b.isBlank() || dictionary() == null) {
            return false;
        }
        String other = b.toLowerCase(Locale.ROOT);
        return placeNames.computeIfAbsent(a.toLowerCase(Locale.ROOT), this::lookUpPlaceNames).contains(other);
    }

    private Set<String> lookUpPlaceNames(String name) {
        Set<String> out = new HashSet<>();
        try {
            IndexWord index = dictionary().lookupIndexWord(POS.NOUN, name);
            if (index == null) {
                return Set.of();
            }
            List<Synset> senses = index.getSenses();
            for (int i = 0; i < Math.min(SENSES, senses.size()); i++) {
                if ("noun.location".equals(senses.get(i).getLexFileName())) {
                    for (Word w : senses.get(i).getWords()) {
                        out.add(w.getLemma().toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (JWNLException | RuntimeException e) {
            LOG.debug("WordNet lookup of {} failed: {}", name, e.getMessage());
        }
        return Set.copyOf(out);
    }

    private Set<String> lookUpPlaces(String adjective) {
        Set<String> out = new java.util.LinkedHashSet<>();
        try {
            IndexWord index = dictionary().lookupIndexWord(POS.ADJECTIVE, adjective);
            if (index == null) {
                return Set.of();
            }
            // Iterated, not forEach: extJWNL's lazily loaded sense list yields nothing to forEach.
            for (Synset sense : index.getSenses()) {
                for (Pointer p : sense.getPointers(PointerType.PERTAINYM)) {
                    Synset place = p.getTargetSynset();
                    if ("noun.location".equals(place.getLexFileName())) {
                        for (Word w : place.getWords()) {
                            out.add(w.getLemma().replace('_', ' '));
                        }
                    }
                }
            }
        } catch (JWNLException | RuntimeException e) {
            LOG.debug("WordNet lookup of {} failed: {}", adjective, e.getMessage());
        }
        return Set.copyOf(out);
    }

    /** Whether WordNet knows the word as a noun at all. */
    public boolean isNoun(String word) {
        return category(word).isPresent();
    }

    /**
     * Whether WordNet knows {@code name} (a proper name such as "Germany" or a noun such as "bank") as a kind or an
     * instance of {@code kind} ("country"), within a few steps up its hypernyms.
     */
    public boolean isKindOf(String name, String kind) {
        return kindOf(name, kind, false, false);
    }

    /**
     * Whether a figure's noun counts what a "how many" question's noun counts: a kind of it, or of its members
     * ("passengers" and "civilians" are people, whose members WordNet gives as persons).
     */
    public boolean countsAs(String noun, String counted) {
        return kindOf(noun, counted, false, true);
    }

    /**
     * Whether the noun's most frequent sense is a kind of {@code kind}: "salary" is an expenditure, while "discount"
     * is no charge, although one of its senses is.
     */
    public boolean isMostlyKindOf(String noun, String kind) {
        return kindOf(noun, kind, true, false);
    }

    /**
     * WordNet's concepts whose kinds are sums of money, by the noun's most frequent sense: profit, income, earnings
     * (financial gain), salary, wage, fine, cost (expenditure), fee, tax (charge), price (monetary value), budget.
     */
    private static final List<String> MONEY_KINDS = List.of("money", "monetary value", "financial gain",
            "expenditure", "charge");

    /** Whether the noun, in its most frequent sense, is a sum of money ({@link #MONEY_KINDS}). */
    public boolean isSumOfMoney(String noun) {
        return MONEY_KINDS.stream().anyMatch(kind -> isMostlyKindOf(noun, kind));
    }

    /**
     * Whether a noun names what a person is ("chairman", "governor", "donor"): its first sense is a person, as its
     * hypernyms or its lexicographer file say; the file also says so of a person many steps below "person" (a
     * captain is an officer, a serviceman, a skilled worker, a worker: seven).
     */
    public boolean isRole(String noun) {
        return isMostlyKindOf(noun, "person") || category(noun).filter("person"::equals).isPresent();
    }

    /**
     * Whether WordNet's tagged texts use the word more as an adjective than as a noun ("federal", "major"), or, for a
     * word they never use ("unwell"), whether WordNet knows it as an adjective and not as a noun.
     */
    public boolean isMostlyAdjective(String word) {
        int adjective = uses(word, POS.ADJECTIVE);
        int noun = uses(word, POS.NOUN);
        if (adjective == 0 && noun == 0) {
            return isAdjective(word) && !isNoun(word);
        }
        return adjective > noun;
    }

    /** Whether WordNet's tagged texts use the word more as an adverb than as an adjective ("through", "over"). */
    public boolean isMostlyAdverb(String word) {
        return uses(word, POS.ADVERB) > uses(word, POS.ADJECTIVE);
    }

    /** Whether WordNet's tagged texts use the word as a noun at all ("junction"; not "at", an element's symbol). */
    public boolean isTaggedNoun(String word) {
        return uses(word, POS.NOUN) > 0;
    }

    /** Whether WordNet's tagged texts use the word more as an adverb than as a noun ("now", "today"; not "home"). */
    public boolean isMostlyAdverbThanNoun(String word) {
        return uses(word, POS.ADVERB) > uses(word, POS.NOUN);
    }

    /** Whether WordNet's tagged texts use the word more as a verb than as a noun ("remains"; not "lines"). */
    public boolean isMostlyVerbThanNoun(String word) {
        return uses(word, POS.VERB) > uses(word, POS.NOUN);
    }

    /** How often WordNet's tagged texts use the word, or a base form of it, as the part of speech. */
    private int uses(String word, POS pos) {
        if (word.isBlank() || dictionary() == null) {
            return 0;
        }
        try {
            int uses = 0;
            for (String base : dictionary().getMorphologicalProcessor().lookupAllBaseForms(pos,
                    word.toLowerCase(Locale.ROOT))) {
                IndexWord index = dictionary().getIndexWord(pos, base);
                uses += index == null ? 0 : uses(index);
            }
            return uses;
        } catch (JWNLException | RuntimeException e) {
            return 0;
        }
    }

    /** {@link #lookUpKind}, remembered: questions and candidates ask the same pairs again. */
    private boolean kindOf(String name, String kind, boolean firstSense, boolean members) {
        if (name.isBlank() || kind.isBlank() || dictionary() == null) {
            return false;
        }
        return kinds.computeIfAbsent(name.toLowerCase(Locale.ROOT) + "\u0000" + kind.toLowerCase(Locale.ROOT)
                + (firstSense ? "\u0000first" : "") + (members ? "\u0000members" : ""),
                k -> lookUpKind(name, kind, firstSense, members));
    }

    private boolean lookUpKind(String name, String kind, boolean firstSense, boolean members) {
        try {
            IndexWord target = dictionary().lookupIndexWord(POS.NOUN, kind);
            IndexWord named = dictionary().lookupIndexWord(POS.NOUN, name);
            if (target == null || named == null) {
                return false;
            }
            Set<Long> wanted = new HashSet<>();
            // Iterated, not forEach: extJWNL's lazily loaded sense list yields nothing to forEach.
            for (Synset s : target.getSenses()) {
                wanted.add(s.getOffset());
                if (members) {
                    for (Pointer p : s.getPointers(PointerType.MEMBER_MERONYM)) {
                        wanted.add(p.getTargetSynset().getOffset());
                    }
                }
            }
            Set<Long> seen = new HashSet<>();
            List<Synset> frontier = new java.util.ArrayList<>(named.getSenses());
            if (firstSense && frontier.size() > 1) {
                frontier = new java.util.ArrayList<>(frontier.subList(0, 1));
            }
            for (int depth = 0; depth <= KIND_DEPTH && !frontier.isEmpty(); depth++) {
                List<Synset> next = new java.util.ArrayList<>();
                for (Synset s : frontier) {
                    if (wanted.contains(s.getOffset())) {
                        return true;
                    }
                    if (!seen.add(s.getOffset())) {
                        continue;
                    }
                    for (Pointer p : s.getPointers(PointerType.HYPERNYM)) {
                        next.add(p.getTargetSynset());
                    }
                    for (Pointer p : s.getPointers(PointerType.INSTANCE_HYPERNYM)) {
                        next.add(p.getTargetSynset());
                    }
                }
                frontier = next;
            }
        } catch (JWNLException | RuntimeException e) {
            LOG.debug("WordNet lookup of {} failed: {}", name, e.getMessage());
        }
        return false;
    }
}
