package dev.crosscheck.conflict;

import dev.crosscheck.index.NameVariants;
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
    private static final String NAME = "(\\p{Lu}[\\p{L}\\p{M}\\-]+)(?:['’]s)?";
    private static final String COMPASS = "(?:(?:far |north-?|south-?)?(?:north|south|east|west|central|northern|"
            + "southern|eastern|western|north-eastern|north-western|south-eastern|south-western|northeastern|"
            + "northwestern|southeastern|southwestern) )?";
    private static final String AREA = "(?i:region|oblast|province|district|city|county|state|town|village|"
            + "municipality|republic)";
    private static final Pattern AFTER_PREPOSITION = Pattern.compile(
            "\\b(?:in|near|at|outside|from|into|towards?|around) (?:the )?" + COMPASS
                    + "(?:(?:port )?(?:city|town|village|region|province|district|capital) of )?" + NAME);
    private static final Pattern BEFORE_AREA = Pattern.compile(NAME + " " + AREA + "s?\\b");
    private static final Pattern AREA_OF = Pattern.compile("\\b" + AREA + " of " + NAME);
    private static final Pattern CONTAINER = Pattern.compile(
            "(\\p{Lu}[\\p{L}\\p{M}\\-]+)['’]s (?:[\\p{L}\\-]+ ){0,3}?(?:" + AREA
                    + "s?|capital|regions|cities|areas|port|territory)\\b|\\bacross (\\p{Lu}[\\p{L}\\p{M}\\-]+)");
    private static final Pattern CONTAINS = Pattern.compile(
            "(\\p{Lu}[\\p{L}\\p{M}\\-]+) in the (?:" + COMPASS + ")?(\\p{Lu}[\\p{L}\\p{M}\\-]+) "
                    + "(?i:region|oblast|province|district|county|state)");
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
    private final Set<String> containers = ConcurrentHashMap.newKeySet();
    /** Child key to parent key. */
    private final Map<String, String> parents = new ConcurrentHashMap<>();

    /** Learns the places one text names. */
    void learn(String text) {
        for (Pattern p : List.of(AFTER_PREPOSITION, BEFORE_AREA, AREA_OF)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                place(m.group(1));
            }
        }
        Matcher c = CONTAINER.matcher(text);
        while (c.find()) {
            String name = c.group(1) != null ? c.group(1) : c.group(2);
            if (isName(name)) {
                String key = key(name);
                places.putIfAbsent(key, name);
                containers.add(key);
            }
        }
        Matcher in = CONTAINS.matcher(text);
        while (in.find()) {
            if (isName(in.group(1)) && isName(in.group(2))) {
                place(in.group(1));
                place(in.group(2));
                parents.put(key(in.group(1)), key(in.group(2)));
            }
        }
    }

    private void place(String name) {
        if (isName(name)) {
            places.putIfAbsent(key(name), name);
        }
    }

    private static boolean isName(String name) {
        return name != null && name.length() > 2 && !NOT_PLACES.contains(name.toLowerCase(java.util.Locale.ROOT));
    }

    /** The canonical key of a name: the first-seen spelling of which it is a variant, else itself (now known). */
    synchronized String key(String name) {
        String plain = plain(name);
        String known = lookup(plain);
        if (known != null) {
            return known;
        }
        blocks.computeIfAbsent(NameVariants.key(plain), k -> new ArrayList<>()).add(plain);
        return plain;
    }

    private static String plain(String name) {
        return name.replaceAll("['’]s$", "").toLowerCase(java.util.Locale.ROOT);
    }

    private String lookup(String plain) {
        List<String> block = blocks.get(NameVariants.key(plain));
        if (block == null) {
            return null;
        }
        synchronized (this) {
            for (String known : block) {
                if (known.equals(plain) || NameVariants.areVariants(known, plain)) {
                    return known;
                }
            }
        }
        return null;
    }

    /** The known places named in a stretch of text, by key, in order of appearance. */
    List<String> placesIn(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}\\-]+").matcher(text);
        while (m.find()) {
            String k = lookup(plain(m.group()));
            if (k != null && places.containsKey(k) && !out.contains(k)) {
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
