package dev.crosscheck.conflict;

import dev.crosscheck.lexicon.RelatedWords;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What WordNet says a lower-case word is (a verb and its base form, a noun), looked up once per word and one lookup
 * at a time: articles are read in parallel, and WordNet's dictionary is not made for concurrent readers.
 */
class WordKinds { // not final: a test gives the claim reader a faulty lexicon (ClaimExtractorTest)
    private final RelatedWords related;
    /** Word to its verb base form, "" when it is not a verb. */
    private final Map<String, String> verbs = new ConcurrentHashMap<>();
    private final Map<String, Boolean> nouns = new ConcurrentHashMap<>();
    private final Map<String, Boolean> taggedNouns = new ConcurrentHashMap<>();
    private final Map<String, Boolean> things = new ConcurrentHashMap<>();
    private final Map<String, Boolean> persons = new ConcurrentHashMap<>();
    private final Map<String, Boolean> anyPersons = new ConcurrentHashMap<>();
    private final Map<String, Boolean> english = new ConcurrentHashMap<>();
    private final Map<String, Boolean> sayings = new ConcurrentHashMap<>();
    private final Map<String, String> facilities = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> senses = new ConcurrentHashMap<>();
    private final Map<String, String> actions = new ConcurrentHashMap<>();
    private final Map<String, Boolean> times = new ConcurrentHashMap<>();
    private final Map<String, Boolean> acts = new ConcurrentHashMap<>();
    private final Map<String, Boolean> agents = new ConcurrentHashMap<>();
    private final Map<String, Boolean> facilitySenses = new ConcurrentHashMap<>();
    private final Map<String, Boolean> recipients = new ConcurrentHashMap<>();
    private final Map<String, Boolean> adjectives = new ConcurrentHashMap<>();
    private final Map<String, Boolean> hospitals = new ConcurrentHashMap<>();
    private final Map<String, Boolean> injuries = new ConcurrentHashMap<>();
    private final Map<String, String> states = new ConcurrentHashMap<>();
    private final Map<String, List<String>> adverbSenses = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> cues = new ConcurrentHashMap<>();
    private final Map<String, Boolean> adverbs = new ConcurrentHashMap<>();
    private final Map<String, Boolean> mostlyVerbs = new ConcurrentHashMap<>();
    private final Map<String, Boolean> children = new ConcurrentHashMap<>();
    private final Map<String, Boolean> linking = new ConcurrentHashMap<>();
    private final Map<String, Boolean> transitive = new ConcurrentHashMap<>();
    private final Map<String, Boolean> built = new ConcurrentHashMap<>();
    private final Map<String, Boolean> plurals = new ConcurrentHashMap<>();
    private final Map<String, Boolean> directions = new ConcurrentHashMap<>();
    private final Map<String, Boolean> travels = new ConcurrentHashMap<>();
    private final Map<String, Boolean> extents = new ConcurrentHashMap<>();
    private final Map<String, Boolean> prices = new ConcurrentHashMap<>();
    private final Map<String, Boolean> transfers = new ConcurrentHashMap<>();
    private final Map<String, Boolean> sums = new ConcurrentHashMap<>();

    WordKinds(RelatedWords related) {
        this.related = related;
    }

    /** The verb a word is a form of ("derailed" → derail, "rule" → rule), or null. */
    String verbBase(String lower) {
        String base = remembered(verbs, lower, k -> related.verbBase(k).orElse(""));
        return base.isEmpty() ? null : base;
    }

    /** The senses of a verb, by its base form, as WordNet ids: verbs sharing one can say the same action. */
    Set<String> verbSenses(String base) {
        return remembered(senses, base, related::verbSenses);
    }

    /**
     * The verb that names a verb's usual sense, by its base form: "call off" and "cancel" both name cancelling, so
     * operations "called off" and operations "cancelled" are one count.
     */
    String action(String base) {
        return remembered(actions, base, related::firstSenseVerb);
    }

    /** The adjective that names an adjective's usual sense ("sick" and "unwell" → ill): one state, however worded. */
    String state(String lower) {
        return remembered(states, lower, related::firstSenseAdjective);
    }

    /** The words of an adverb's usual sense, the first naming it ("on board" → aboard, on board); else none. */
    List<String> adverbSense(String lower) {
        return remembered(adverbSenses, lower, related::firstSenseAdverbWords);
    }

    /** Whether a noun's usual sense is a person or a group of them ("family", "household", "victim"). */
    boolean isRecipient(String lower) {
        return remembered(recipients, lower, k -> related.isRole(k) || related.isMostlyKindOf(k, "social group"));
    }

    /** Whether a noun's usual sense is a time ("today", "morning", "week", "Monday"): when, not what. */
    boolean isTime(String lower) {
        return remembered(times, lower, k -> related.isMostlyKindOf(k, "time")
                || related.isMostlyKindOf(k, "time period") || related.isMostlyKindOf(k, "time unit"));
    }

    /** Words that open or run through a phrase of time: "on", "as of", "late on", "the", "this", "last". */
    /** The articles: "the", "a", "an". */
    static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> TIME_PHRASE_WORDS = Set.of("on", "by", "in", "at", "as", "of", "since", "until",
            "early", "late", "later", "last", "this", "the");

    /**
     * The index past a phrase of time opening at word {@code from} ("As of Wednesday morning", "In the morning",
     * "on Monday"): its openers, then WordNet's times; {@code from} when no time follows its openers ("On the
     * bridge").
     */
    int pastTimePhrase(Words words, int from) {
        int i = from;
        while (i < words.size() && TIME_PHRASE_WORDS.contains(words.get(i).lower())) {
            i++;
        }
        int timed = i;
        while (i < words.size() && (isTime(words.get(i).lower()) || i > timed
                && TIME_PHRASE_WORDS.contains(words.get(i).lower()))) {
            i++;
        }
        return i > timed ? i : from;
    }

    /**
     * The index of the word before a phrase of time ending at word {@code last} ("on Monday", "late on Tuesday",
     * "on Monday afternoon"), or {@code last} when none ends there.
     */
    int beforeTimePhrase(Words words, int last) {
        int k = last;
        while (k >= 0 && isTime(words.get(k).lower())) {
            k--;
        }
        if (k == last) {
            return last;
        }
        while (k >= 0 && TIME_PHRASE_WORDS.contains(words.get(k).lower())) {
            k--;
        }
        return k;
    }

    /**
     * Whether a noun's usual sense is someone who does something, a person or what WordNet files beside persons as
     * causal agents: "driver" (an operator of a vehicle), which WordNet does not file under persons.
     */
    boolean isAgent(String lower) {
        return isRecipient(lower) || remembered(agents, lower, k -> related.isMostlyKindOf(k, "causal agent"));
    }

    /**
     * Whether any sense of a noun is a kind of facility the lexicon lists: the word closing a name means that sense
     * ("Halden Avenue" is a road, though an avenue is first "a line of approach").
     */
    boolean namesFacility(String lower) {
        return remembered(facilitySenses, lower, k -> StateLexicon.FACILITY_KINDS.stream()
                .anyMatch(kind -> related.isKindOf(k, kind)));
    }

    /** Whether a noun's usual sense is an act ("treatment", "admission", "stay"): something done, not a thing. */
    boolean isAct(String lower) {
        return remembered(acts, lower, k -> related.isMostlyKindOf(k, "act"));
    }

    /** The verb a word is an inflected form of ("derailed", "carrying", "fled"), or null: base forms are often nouns. */
    String inflectedVerb(String lower) {
        String base = verbBase(lower);
        boolean inflected = base != null && (!base.equals(lower) || lower.endsWith("ed") || lower.endsWith("ing"));
        return inflected ? base : null;
    }

    /**
     * Whether a verb's past is its base form ("set", "shut", "hit", "put"): WordNet lists only its "-ing" form as
     * irregular ("setting"), where a verb with a past of its own lists that ("find": found).
     */
    boolean pastAsBase(String lower) {
        List<String> forms = related.verbForms(lower);
        return lower.equals(verbBase(lower)) && !forms.isEmpty() && forms.stream().allMatch(f -> f.endsWith("ing"));
    }

    /**
     * Whether a word can be what a statement is about ("sabotage", "the plan"): a noun in use that is not a count
     * ("has not won one"), a possessive or a contraction ("we're").
     */
    boolean isThing(String lower) {
        if (dev.crosscheck.quantity.QuantityParser.isNumberWord(lower) || lower.indexOf('\'') >= 0
                || lower.indexOf('’') >= 0) {
            return false;
        }
        return remembered(things, lower, related::isUsedAsNoun);
    }

    /** Whether WordNet's tagged texts use the word as a noun: "junction", not the preposition "at". */
    boolean isTaggedNoun(String lower) {
        return remembered(taggedNouns, lower, related::isTaggedNoun);
    }

    boolean isNoun(String lower) {
        return remembered(nouns, lower, related::isNoun);
    }

    /** A verb's form that is mostly used as one: "remains" ends a subject, where "lines" and "schools" name it. */
    boolean isMostlyVerb(String lower) {
        return inflectedVerb(lower) != null && usedMoreAsVerb(lower);
    }

    /** Whether WordNet's tagged texts use the word more as a verb than as a noun: "take", not "cost". */
    boolean usedMoreAsVerb(String lower) {
        return remembered(mostlyVerbs, lower, related::isMostlyVerbThanNoun);
    }

    /** Whether a noun is written as another's plural, as WordNet reads it ("schools", not "accident" or "news"). */
    boolean isPlural(String lower) {
        return remembered(plurals, lower, k -> {
            List<String> bases = related.nounBases(k);
            return !bases.isEmpty() && !bases.contains(k);
        });
    }

    /** A plural noun's singular, as WordNet reads it ("prisoners" → prisoner); any other word as it is. */
    String singular(String lower) {
        return isPlural(lower) ? related.nounBases(lower).stream().filter(b -> !b.equals(lower)).findFirst()
                .orElse(lower) : lower;
    }

    /** Whether a word is a compass point, as WordNet files it ("north", "south-east"). */
    boolean isDirection(String lower) {
        return remembered(directions, lower, k -> related.isKindOf(k, "compass point"));
    }

    /** Whether a noun is a kind of hospital, as WordNet files it ("infirmary"). */
    boolean isHospital(String lower) {
        return remembered(hospitals, lower, k -> related.isKindOf(k, "hospital"));
    }

    /** Whether a noun is a kind of travel, in its usual sense: a journey, a trip, a ride, a walk, a crossing. */
    boolean isTravel(String lower) {
        return remembered(travels, lower, k -> related.isMostlyKindOf(k, "travel"));
    }

    /** Whether a noun is, in its usual sense, an extent in space: a height, a depth, an altitude, a radius. */
    boolean isExtent(String lower) {
        return remembered(extents, lower, k -> related.isMostlyKindOf(k, "magnitude")
                || related.isMostlyKindOf(k, "distance"));
    }

    /** Whether a noun is, in its usual sense, a sum of money: a cost, a fee, a salary, a budget. */
    boolean isSumOfMoney(String lower) {
        return remembered(sums, lower, related::isSumOfMoney);
    }

    /** Whether a noun is, in its usual sense, a monetary value: a price, which markets move from day to day. */
    boolean isPrice(String lower) {
        return remembered(prices, lower, k -> related.isMostlyKindOf(k, "monetary value"));
    }

    /** Whether a noun is a kind of injury in one of its senses, as WordNet files it ("burns", "fractures"). */
    boolean isInjury(String lower) {
        return remembered(injuries, singular(lower), k -> related.isKindOf(k, "injury"));
    }

    /** Whether a word is used mostly as an adjective, as WordNet counts its senses ("total", not "hospital"). */
    boolean isMostlyAdjective(String lower) {
        return remembered(adjectives, lower, related::isMostlyAdjective);
    }

    /** Whether a word is used more as an adverb than as an adjective, as WordNet counts ("through", "over"). */
    boolean isMostlyAdverb(String lower) {
        return remembered(adverbs, lower, related::isMostlyAdverb);
    }

    /**
     * The letters any form of a verb holds, by its base ("rule out" → rul; "find" → find, found): its base, less a
     * final "e" or "y" that its regular forms drop ("ruling", "denied"), and its irregular forms.
     */
    Set<String> verbCues(String verb) {
        return remembered(cues, verb, v -> {
            String base = v.indexOf(' ') < 0 ? v : v.substring(0, v.indexOf(' '));
            Set<String> out = new java.util.HashSet<>(related.verbForms(base));
            out.add(base.length() > 3 && (base.endsWith("e") || base.endsWith("y"))
                    ? base.substring(0, base.length() - 1) : base);
            return Set.copyOf(out);
        });
    }

    /** Whether a counted word names people, as WordNet files its most frequent sense ("survivors", "patients"). */
    boolean isPerson(String lower) {
        // Counted people are plural, and a plural WordNet also has as a word of its own is still its singular's:
        // "Four men had been brought out alive" counts men, not a workforce (a fresh user's mine collapse).
        return remembered(persons, lower, k -> related.isRole(k) || related.nounBases(k).stream()
                .anyMatch(related::isRole));
    }

    /** Whether WordNet knows the word in any part of speech: a capitalised word it does not know is a name. */
    boolean isEnglish(String lower) {
        return remembered(english, lower, related::isEnglish);
    }

    /** Whether a noun's usual sense is a person, any person ("person", "individual"), not a kind of one ("child"). */
    boolean isAnyPerson(String lower) {
        return remembered(anyPersons, lower, k -> related.isMostlyKindOf(k, "person")
                && related.isMostlyKindOf("person", k));
    }

    /** Whether a noun's usual sense is a kind of child, as WordNet files it ("infants", "babies", "tots"). */
    boolean isChild(String lower) {
        return remembered(children, lower, k -> related.isMostlyKindOf(k, "child"));
    }

    /**
     * Whether a verb's form may stand between the counted and the state they are in: a verb of saying ("reported
     * ill") or one linking an adjective ("fell ill", "left homeless"), not one of its own ("trapped underground").
     */
    boolean linksState(String lower) {
        return remembered(linking, lower, k -> related.isSaying(k) || related.linksAdjective(k));
    }

    /**
     * Whether any sense of a noun is a structure or a facility ("hall", "library", "bridge", "museum"): what a
     * facility's name may end in.
     */
    boolean isBuilt(String lower) {
        return remembered(built, lower, k -> related.isKindOf(k, "structure") || related.isKindOf(k, "facility"));
    }

    /** Whether a verb's usual sense takes an object ("burn" does, "sit" does not), by its base form. */
    boolean takesObject(String base) {
        return remembered(transitive, base, related::takesObject);
    }

    /** Whether the word is a form of a verb of a change of possession, by its first sense ("receive", "paid"). */
    boolean isTransfer(String lower) {
        return remembered(transfers, lower, related::isTransfer);
    }

    /** Whether the word is a form of a verb of saying, as WordNet files its first sense ("said", "told", "claims"). */
    boolean isSaying(String lower) {
        return remembered(sayings, lower, related::isSaying);
    }

    /**
     * The first of the lexicon's facility words the noun's most frequent sense is a kind of ("harbour" → port,
     * "motorway" → road), else the noun itself.
     */
    String facilityKind(String noun) {
        return remembered(facilities, noun, k -> StateLexicon.FACILITY_KINDS.stream().filter(kind -> !kind.equals(k)
                && related.isMostlyKindOf(k, kind)).findFirst().orElse(k));
    }

    /**
     * Whether two words can name one body as subjects do: the same word, or one a kind of the other's members as
     * WordNet has them ("officers" are police, "detectives" too; a union's members are not).
     */
    boolean sameBody(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        synchronized (related) {
            return related.countsAs(a, b) || related.countsAs(b, a);
        }
    }

    /** What WordNet said of the word before, else its answer now, asked one lookup at a time. */
    private <T> T remembered(Map<String, T> answers, String lower, Function<String, T> lookUp) {
        T known = answers.get(lower);
        if (known != null) {
            return known;
        }
        // Not computeIfAbsent: a lookup that asks another remembered question would hold one map's entry while
        // waiting for the lexicon, and a thread holding the lexicon could wait for that entry (a lookup of a word's
        // kind through its singular had deadlocked the claim reader). Two threads may look one word up twice.
        T answer;
        synchronized (related) {
            answer = lookUp.apply(lower);
        }
        if (answer == null) {
            return null;
        }
        T raced = answers.putIfAbsent(lower, answer);
        return raced != null ? raced : answer;
    }
}
