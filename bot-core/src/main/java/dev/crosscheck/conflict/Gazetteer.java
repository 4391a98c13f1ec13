package dev.crosscheck.conflict;

import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.WordStarts;
import dev.crosscheck.index.NameVariants;
import dev.crosscheck.lexicon.RelatedWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places a corpus names, learnt from how it writes them ("in Kharkiv", "the Lviv region", "the city of
 * Solochiv"), which of them contain others ("Solochiv in the Lviv Oblast") and which are whole countries or
 * settings ("across Ukraine", "Ukraine's Odesa region"). Keys are spelling-independent, so Kiev and Kyiv are one place.
 */
final class Gazetteer {
    // Possessive: a name never gives back letters, so a failed match costs one pass over it, not one per letter.
    // A capitalised word with a digit right after it is a code ("at EF-3", a tornado's rating), not a place; nor is a
    // currency's code ("put at EUR 11 million").
    private static final String NAME = "(\\p{Lu}[\\p{L}\\p{M}\\-]++)(?<!\\b(?:" + dev.crosscheck.quantity.Units.CODES
            + "))(?!\\p{N})(?:['’]s)?";
    // The lookahead skips the alternation for the many words that start with no compass letter ("in the city").
    private static final String COMPASS = "(?:(?=[fnsewc])(?:far |north-?|south-?)?(?:north|south|east|west|central|northern|"
            + "southern|eastern|western|north-eastern|north-western|south-eastern|south-western|northeastern|"
            + "northwestern|southeastern|southwestern) )?";
    /** Words for an area a place can be; a sentence without one needs no area pattern. */
    private static final List<String> AREA_WORDS = List.of("region", "oblast", "province", "district", "city",
            "county", "state", "town", "village", "municipality", "republic");
    private static final String AREA = "(?i:" + String.join("|", AREA_WORDS) + ")";
    // "at the Pellicott's factory": a name with an article before its possessive is a firm's or a brand's, as no
    // place is written so.
    private static final Pattern AFTER_PREPOSITION = Pattern.compile(
            "\\b(?:in|near|at|outside|from|into|towards?|around) (?:the (?!\\p{Lu}[\\p{L}\\p{M}\\-]++['’]s\\b))?"
                    + COMPASS
                    + "(?:(?:port )?(?:city|town|village|region|province|district|capital) of )?" + NAME);
    private static final Pattern BEFORE_AREA = Pattern.compile(NAME + " " + AREA + "s?\\b");
    private static final Pattern AREA_OF = Pattern.compile("\\b" + AREA + " of " + NAME);
    private static final Pattern CONTAINER = Pattern.compile(
            "(\\p{Lu}[\\p{L}\\p{M}\\-]++)['’]s (?:[\\p{L}\\-]+ ){0,3}?(?:" + AREA
                    + "s?|capital|regions|cities|areas|port|territory)\\b|\\bacross (\\p{Lu}[\\p{L}\\p{M}\\-]++)");
    private static final Pattern CONTAINS = Pattern.compile(
            "(\\p{Lu}[\\p{L}\\p{M}\\-]++) in the (?:" + COMPASS + ")?(\\p{Lu}[\\p{L}\\p{M}\\-]++) "
                    + "(?i:region|oblast|province|district|county|state)");
    /**
     * A place named by its part ("in eastern Lestrania", "the Orvan Highlands of northern Kestria"): a country or
     * region the story happens in, not one of its places. "The western Lviv region" names the region itself.
     */
    private static final Pattern PART_OF = Pattern.compile("\\b(?:north-?|south-?)?(?:northern|southern|eastern|"
            + "western|central) (\\p{Lu}[\\p{L}\\p{M}\\-]++)(?!['’]s\\b)(?! (?:\\p{Lu}|" + AREA + "s?\\b))");
    /** The other words {@link #CONTAINER} can turn on. */
    private static final List<String> CONTAINER_WORDS = List.of("capital", "cities", "areas", "port", "territory",
            "across");
    private static final String[][] AREA_WORDS_BY_LENGTH = byLength(AREA_WORDS);
    private static final String[][] CONTAINER_WORDS_BY_LENGTH = byLength(CONTAINER_WORDS);
    /** More distinct names than a large corpus has: past it, the lookups start again rather than grow. */
    private static final int MAX_LOOKUPS = 100_000;
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}\\-]+");
    private static final Set<String> NOT_PLACES = Set.of("the", "a", "an", "this", "that", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "telegram", "facebook",
            "twitter", "mr", "mrs", "ms", "dr", "president", "governor", "mayor", "minister", "his", "her", "their",
            "its", "our", "my", "russian", "ukrainian", "european", "western", "eastern", "northern", "southern");

    /** Place key to the first spelling seen, for topics. */
    private final Map<String, String> places = new ConcurrentHashMap<>();
    /**
     * Spelling-skeleton block to the canonical keys in it. The skeleton only narrows the search ("The" and
     * "Huatai" share one); a name is the same place only when it is a true variant of one in the block.
     */
    private final Map<String, List<String>> blocks = new ConcurrentHashMap<>();
    /**
     * Names looked up since a name was last learnt, to their keys ("" for none): a corpus names the same places
     * over and over, and telling a variant from another name is dear.
     */
    private final Map<String, String> lookups = new ConcurrentHashMap<>();
    private final Set<String> containers = ConcurrentHashMap.newKeySet();
    /** Keys of names a weather system goes by ("Storm Odalys"), however a text places them ("damage from Odalys"). */
    private final Set<String> things = ConcurrentHashMap.newKeySet();
    private static final String WEATHER = "atmospheric phenomenon";
    /**
     * Capitalised words already looked up as weather or not: articles are read in parallel, and the lexicon's own
     * cache is shared under a lock (the lookups had cost 5 % of detection over 8,900 articles).
     */
    private static final Map<String, Boolean> WEATHER_WORDS = new ConcurrentHashMap<>();
    private static final int WEATHER_WORDS_KEPT = 100_000;

    /**
     * The names a capitalised word WordNet files under the weather goes before: "Storm Odalys", "Hurricane Katrina"
     * name storms, no places. Read off the text's word starts, as most sentences hold no such pair.
     */
    private static List<String> weatherNames(String text, WordStarts starts) {
        List<String> out = List.of();
        for (int k = 0; k + 1 < starts.count(); k++) {
            int a = starts.start(k);
            int b = starts.start(k + 1);
            if (starts.end(k) + 1 != b || text.charAt(starts.end(k)) != ' ' || !Character.isUpperCase(text.charAt(a))
                    || !Character.isUpperCase(text.charAt(b)) || !lowerAfterFirst(text, a, starts.end(k))) {
                continue;
            }
            if (isWeather(text.substring(a, starts.end(k)))) {
                out = out.isEmpty() ? new ArrayList<>() : out;
                out.add(text.substring(b, starts.end(k + 1)));
            }
        }
        return out;
    }

    private static boolean lowerAfterFirst(String text, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (!Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return to - from > 1;
    }

    private static boolean isWeather(String word) {
        Boolean known = WEATHER_WORDS.get(word);
        if (known != null) {
            return known;
        }
        if (WEATHER_WORDS.size() >= WEATHER_WORDS_KEPT) {
            WEATHER_WORDS.clear();
        }
        boolean weather = RelatedWords.wordNet().isMostlyKindOf(word.toLowerCase(java.util.Locale.ROOT), WEATHER);
        WEATHER_WORDS.put(word, weather);
        return weather;
    }
    /** Child key to parent key. */
    private final Map<String, String> parents = new ConcurrentHashMap<>();

    /** Learns the places one text names. */
    void learn(String text) {
        learn(observe(List.of(text)));
    }

    /** What one text says about places, read without touching the gazetteer (so texts can be read in parallel). */
    record Observed(List<String> places, List<String> containers, List<String[]> parents, List<String> things) {
    }

    /** What an article says about places, read sentence by sentence. */
    static Observed observe(Document doc) {
        return observe(doc.sentences().stream().map(dev.crosscheck.corpus.Sentence::text).toList());
    }

    private static Observed observe(List<String> texts) {
        List<String> named = new ArrayList<>();
        List<String> containing = new ArrayList<>();
        List<String[]> inside = new ArrayList<>();
        List<String> things = new ArrayList<>();
        for (String text : texts) {
            WordStarts starts = WordStarts.of(text);
            things.addAll(weatherNames(text, starts));
            // Patterns that need an area word run only where one is: a word test spares most sentences.
            boolean areas = hasWord(text, starts, AREA_WORDS_BY_LENGTH, true);
            findNames(text, starts, AFTER_PREPOSITION, named, false);
            if (areas) {
                findNames(text, starts, BEFORE_AREA, named, true);
                findNames(text, starts, AREA_OF, named, true);
            }
            if (areas || hasWord(text, starts, CONTAINER_WORDS_BY_LENGTH, false)) {
                Matcher c = CONTAINER.matcher(text);
                for (int at = 0; starts.find(c, at, text.length()); at = c.end()) {
                    String name = c.group(1) != null ? c.group(1) : c.group(2);
                    if (isName(name)) {
                        containing.add(name);
                    }
                }
            }
            if (text.contains("ern ") || text.contains("central ")) {
                Matcher part = PART_OF.matcher(text);
                while (part.find()) {
                    if (isName(part.group(1))) {
                        containing.add(part.group(1));
                    }
                }
            }
            Matcher in = CONTAINS.matcher(text);
            while (areas && in.find()) {
                if (isName(in.group(1)) && isName(in.group(2)) && !closesLongerName(text, in.start(1))) {
                    inside.add(new String[] {in.group(1), in.group(2)});
                }
            }
        }
        return new Observed(named, containing, inside, things);
    }

    /** Whether the text has one of the lower-case words as a whole word, in any case, or in "s" when asked. */
    private static boolean hasWord(String text, WordStarts starts, String[][] wordsByLength, boolean plurals) {
        for (int k = 0; k < starts.count(); k++) {
            int start = starts.start(k);
            int length = starts.end(k) - start;
            if (matchesOne(text, start, length, wordsByLength)) {
                return true;
            }
            char last = text.charAt(start + length - 1);
            if (plurals && (last == 's' || last == 'S') && matchesOne(text, start, length - 1, wordsByLength)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesOne(String text, int start, int length, String[][] wordsByLength) {
        if (length >= wordsByLength.length) {
            return false;
        }
        char first = Character.toLowerCase(text.charAt(start));
        for (String w : wordsByLength[length]) {
            if (w.charAt(0) == first && text.regionMatches(true, start, w, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /** The words by length: a sentence's words are most often of a length none of them has. */
    private static String[][] byLength(List<String> words) {
        int longest = words.stream().mapToInt(String::length).max().orElse(0);
        String[][] out = new String[longest + 1][];
        for (int n = 0; n <= longest; n++) {
            int length = n;
            out[n] = words.stream().filter(w -> w.length() == length).toArray(String[]::new);
        }
        return out;
    }

    /**
     * Adds the names a place pattern finds; {@code possessives}: whether a name's possessive is a place too. After a
     * preposition it is not: the owner of what follows is a firm as often as a place ("Shares in Veltrane's parent
     * company", "at Tesco's stores"), and a place is learnt from its other mentions (a fresh user's chemical firm had
     * its counts tied to "Veltrane").
     */
    private static void findNames(String text, WordStarts starts, Pattern p, List<String> named, boolean possessives) {
        Matcher m = p.matcher(text);
        for (int at = 0; starts.find(m, at, text.length()); at = m.end()) {
            if (!possessives && m.end() > m.end(1)) {
                continue;
            }
            if (isName(m.group(1)) && !opensLongerName(text, m.end(1))
                    && !namesAnInstitution(text, m.start(1), m.end(1))) {
                named.add(m.group(1));
            }
        }
    }


    /** Words for a natural feature a place's name can end with: "Brackwood Forest", "the Halvern Basin". */
    private static final String FEATURE = "(?i:forest|lake|river|bay|hills?|mountains?|valley|strait|islands?|coast|"
            + "sea|basin|peninsula|gulf|moor|heights)";
    /** A capitalised word after a name, other than an area's or a feature's ("Lviv Oblast"): the name goes on. */
    private static final Pattern NAME_GOES_ON = Pattern.compile("^ (?!(?:" + AREA + "|" + FEATURE + ")s?\\b)\\p{Lu}");

    /** "the University of Dunmarrow", "the Bank of England": a name after "the" and before "of" and a name. */
    private static final Pattern INSTITUTION_AFTER = Pattern.compile("^ of (?:the )?\\p{Lu}");
    private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\bthe $");
    private static final Pattern FEATURE_OR_AREA = Pattern.compile("(?:" + FEATURE + "|(?i:isle)|" + AREA + ")");

    /**
     * Whether the name at [start, end) is an institution's first word, "the University" of "at the University of
     * Dunmarrow" (a fresh user's campus gas leak had "University" as a place, splitting one count's reports into two
     * places); "the Gulf of Mexico" and "the City of London" stay places.
     */
    private static boolean namesAnInstitution(String text, int start, int end) {
        return THE_BEFORE.matcher(text).region(Math.max(0, start - 4), start).find()
                && INSTITUTION_AFTER.matcher(text).region(end, text.length()).lookingAt()
                && !FEATURE_OR_AREA.matcher(text.substring(start, end)).matches();
    }

    /**
     * Whether the name ending at {@code end} is the first word of a longer one: "from the Chief Returning Officer",
     * "outside City Hall" name an office and a building, not places called Chief and City (a fresh user's election
     * story had its counts tied to both).
     */
    private static boolean opensLongerName(String text, int end) {
        return NAME_GOES_ON.matcher(text).region(end, text.length()).lookingAt();
    }

    /** A capitalised word right before a name, after a word (not a sentence's first): "Quarry" of "Quarry Lane". */
    private static final Pattern NAME_BEFORE = Pattern.compile("[\\p{L}\\p{M},] \\p{Lu}[\\p{L}\\p{M}\\-]*+ $");

    /**
     * Whether the name starting at {@code start} is the last word of a longer one: "Quarry Lane in the Vennick
     * district" names a street in Vennick, not a place called Lane (a fresh user's gas explosion had every figure and
     * state near the street tied to "Lane", apart from the same figures elsewhere).
     */
    private static boolean closesLongerName(String text, int start) {
        return NAME_BEFORE.matcher(text).region(Math.max(0, start - 40), start).find();
    }

    /**
     * Learns what a text was observed to say, in the order of the corpus (first spellings win); returns whether it
     * taught anything new.
     */
    boolean learn(Observed o) {
        int known = places.size() + containers.size();
        boolean moved = false;
        o.things().forEach(name -> things.add(key(name)));
        o.places().forEach(this::place);
        for (String name : o.containers()) {
            String key = key(name);
            places.putIfAbsent(key, name);
            containers.add(key);
        }
        for (String[] pair : o.parents()) {
            place(pair[0]);
            place(pair[1]);
            String parent = key(pair[1]);
            moved |= !parent.equals(parents.put(key(pair[0]), parent));
        }
        return moved || places.size() + containers.size() != known;
    }

    private void place(String name) {
        if (isName(name)) {
            places.putIfAbsent(key(name), name);
        }
    }

    /** A word of a place's name: not one of the words that never are, nor a number ("Nine villages emptied"). */
    private static boolean isName(String name) {
        String lower = name == null ? null : name.toLowerCase(java.util.Locale.ROOT);
        return lower != null && lower.length() > 2 && !NOT_PLACES.contains(lower)
                && !dev.crosscheck.quantity.QuantityParser.isNumberWord(lower);
    }

    /** The canonical key of a name: the first-seen spelling of which it is a variant, else itself (now known). */
    synchronized String key(String name) {
        String plain = plain(name);
        String known = lookup(plain);
        if (known != null) {
            return known;
        }
        blocks.computeIfAbsent(NameVariants.key(plain), k -> new java.util.concurrent.CopyOnWriteArrayList<>())
                .add(plain);
        lookups.clear();
        return plain;
    }

    private static String plain(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith("'s") || lower.endsWith("’s") ? lower.substring(0, lower.length() - 2) : lower;
    }

    private String lookup(String plain) {
        String looked = lookups.get(plain);
        if (looked != null) {
            return looked.isEmpty() ? null : looked;
        }
        String found = null;
        List<String> block = blocks.get(NameVariants.key(plain));
        // Blocks are copy-on-write: claims are read in parallel while nothing is learnt.
        for (String known : block == null ? List.<String>of() : block) {
            if (known.equals(plain) || NameVariants.areVariants(known, plain)) {
                found = known;
                break;
            }
        }
        if (lookups.size() >= MAX_LOOKUPS) {
            lookups.clear();
        }
        lookups.put(plain, found == null ? "" : found);
        return found;
    }

    /** The known places named in a stretch of text, by key, in order of appearance. */
    List<String> placesIn(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            String k = lookup(plain(m.group()));
            if (k != null && places.containsKey(k) && !things.contains(k) && !out.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * A claim's place: settings ("Ukraine") dropped, and a place inside another named beside it reduced to the
     * outer one, so "Solochiv in the Lviv Oblast" and "the Lviv region" are one scope. Empty means country-wide or
     * unsaid.
     */
    Set<String> scope(List<String> named) {
        Set<String> out = new TreeSet<>();
        for (String k : named) {
            if (containers.contains(k)) {
                continue;
            }
            String outer = k;
            for (int guard = 0; guard < 5 && parents.containsKey(outer) && named.contains(parents.get(outer)); guard++) {
                outer = parents.get(outer);
            }
            out.add(outer);
        }
        return out;
    }

    String display(String key) {
        return places.getOrDefault(key, key);
    }

    String display(Set<String> scope) {
        List<String> names = new ArrayList<>();
        for (String k : scope) {
            names.add(display(k).replaceAll("['’]s$", ""));
        }
        return String.join(" and ", names);
    }

    /** For tests and diagnostics: every place key with its spelling. */
    Map<String, String> places() {
        return new TreeMap<>(places);
    }

    boolean isContainer(String key) {
        return containers.contains(key);
    }
}
