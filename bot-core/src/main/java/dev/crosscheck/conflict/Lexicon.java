package dev.crosscheck.conflict;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The vocabulary of news figures: what is counted (people, missiles, households…) and what happened to it (killed,
 * launched, left without power…). Words of one class are the same measure whatever the outlet's wording.
 */
final class Lexicon {
    private static final Map<String, String> UNITS = new HashMap<>();
    /** Measures where what happened matters: nine people killed and nine people injured are different facts. */
    static final Set<String> EVENT_SENSITIVE = Set.of("people", "children", "troops", "missiles", "drones",
            "households", "percent", "buildings", "money", "jobs");
    /** Measures too common in other senses (prices, rates, currency conversions) to compare without an event. */
    static final Set<String> NEEDS_EVENT = Set.of("percent", "money", "jobs");

    static {
        unit("people", "people", "persons", "person", "civilians", "civilian", "residents", "inhabitants",
                "individuals", "victims", "passengers", "casualties", "dead", "injured", "wounded");
        unit("children", "children", "child", "kids", "minors");
        unit("troops", "soldiers", "soldier", "troops", "servicemen", "fighters", "personnel");
        unit("missiles", "missiles", "missile", "rockets", "rocket");
        unit("drones", "drones", "drone", "uavs", "shaheds");
        unit("strikes", "strikes", "strike", "airstrikes", "airstrike", "attacks", "attack", "raids", "raid",
                "bombardments", "explosions", "blasts");
        unit("households", "households", "household", "homes", "home", "consumers", "customers", "subscribers",
                "families", "apartments", "flats");
        unit("buildings", "buildings", "building", "houses", "house", "residences", "structures");
        unit("percent", "percent", "per", "%");
        unit("km", "kilometres", "kilometers", "km", "kilometre", "kilometer");
        unit("miles", "miles", "mile");
        unit("duration", "hours", "hour", "days", "day", "weeks", "week", "months", "month", "years", "year",
                "minutes", "minute", "seconds", "decades");
        unit("regions", "regions", "provinces", "oblasts");
        unit("money", "euros", "dollars", "pounds", "hryvnias", "roubles", "rubles", "francs", "yen", "yuan");
        unit("jobs", "jobs", "workers", "employees", "staff");
    }

    private static void unit(String cls, String... words) {
        for (String w : words) {
            UNITS.put(w, cls);
        }
    }

    /** The class of a counted word, or null when it is not a known measure. */
    static String unit(String word) {
        return UNITS.get(word);
    }

    /**
     * What happened, found near a figure; the first pattern of a list that matches names it. This class's word
     * patterns are lower-case and case-sensitive, read from
     * {@link dev.crosscheck.quantity.QuantityParser#lowerCased} text.
     */
    record Event(String name, Pattern pattern, Set<String> units) {
        /** Whether this event can happen to what is counted (jobs are cut; people are killed). */
        boolean fits(String unit) {
            return units.isEmpty() || unit != null && units.contains(unit);
        }
    }

    static final List<Event> EVENTS = List.of(
            event("killed", "killed|kill|kills|killing|died|die|dies|dead|deaths?|death toll|lost their lives"
                    + "|fatalities|fatality|perished"),
            event("injured", "injured|injuring|injuries|injury|wounded|wounding|hurt"),
            event("evacuated", "evacuated|evacuation|evacuate"),
            event("left without power", "without (?:power|electricity)|lost power|no (?:power|electricity)"
                    + "|in the dark|power (?:cuts|outages?)|blackouts?"),
            event("left without heat", "without (?:heat|heating)|no heat(?:ing)?"),
            event("power restored", "(?:power|electricity) (?:was |has been )?restored|restored power"),
            event("intercepted", "destroyed|shot down|shooting down|intercepted|downed|neutrali[sz]ed"),
            event("launched", "fired|launched|launching|used|fires|launches"),
            event("arrested", "arrested|detained"),
            event("displaced", "displaced|fled|homeless"),
            event("damaged", "damaged|destroyed"),
            event("in damage", "damages?|losses|cost of (?:the )?(?:damage|repairs?)"),
            event("cut", "cut|cuts|axed|shed|lost|lose|losing|redundanc(?:y|ies)", "jobs"),
            event("created", "created|create|added|adding|new", "jobs"),
            event("missing", "missing"));

    private static Event event(String name, String regex, String... units) {
        return new Event(name, Pattern.compile("\\b(?:" + regex + ")\\b"), Set.of(units));
    }

    /** A clause that forecasts, plans or supposes ("will die", "aims to create") reports no figure yet. */
    static final Pattern PROJECTION = Pattern.compile("\\b(will|would|could|may|might|expected|expects?|"
            + "forecasts?|forecasting|predicted|predicts?|aims?|plans?|planned|needs? to|target|targets|hopes?|expectations?|"
            + "estimates? that|if)\\b");
    /** "one in four homes", "7.5 per 100 people": ratios, not counts. */
    static final Pattern RATIO_BEFORE = Pattern.compile("(?i)\\b(?:one|\\d+) (?:in|out of)\\s*$");
    static final Pattern RATIO_AFTER = Pattern.compile("(?i)^\\s*(?:in|out of|per) (?:\\d|one|two|three|four|five|six|"
            + "seven|eight|nine|ten|every)");
    /** When a figure is dated, the date is part of what it measures: January's jobs are not October's. */
    static final Pattern TIME_ANCHOR = Pattern.compile("\\b(january|february|march|april|may|june|july|august|"
            + "september|october|november|december|(?:19|20)\\d\\d|last (?:week|month|year|quarter)|this (?:week|"
            + "month|year|quarter)|(?:first|second|third|fourth) quarter)\\b");

    /** Words that report a change: a figure or state worded like this revises an earlier report. */
    static final Pattern REVISION = Pattern.compile("\\b(rose|risen|rises|rising|climbed|climbs|increased|"
            + "revised|revising|updated|now stands|has grown|up from|later|re-?connected|restored|restarted|"
            + "reopened|resumed|back (?:on|online)|again)\\b");

    private Lexicon() {
    }
}
