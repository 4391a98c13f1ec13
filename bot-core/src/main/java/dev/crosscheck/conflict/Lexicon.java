package dev.crosscheck.conflict;

import dev.crosscheck.quantity.Units;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The vocabulary of news figures: what is counted (people, missiles, households…) and what happened to it (killed,
 * launched, left without power…). Words of one class are the same measure whatever the outlet's wording.
 */
final class Lexicon {
    private static final Map<String, String> UNITS = new HashMap<>();
    /** A prison term, in years: a duration that is a measure of its own, unlike "three days of talks". */
    static final String TERM = "prison term (years)";
    /** Measures where what happened matters: nine people killed and nine people injured are different facts. */
    static final Set<String> EVENT_SENSITIVE = Set.of("people", "children", "troops", "missiles", "drones",
            "households", "percent", "buildings", "money", "jobs", TERM);
    /** Measures too common in other senses (prices, rates, currency conversions) to compare without an event. */
    static final Set<String> NEEDS_EVENT = Set.of("percent", "money", "jobs");

    static {
        unit("people", "people", "persons", "person", "civilians", "civilian", "residents", "inhabitants",
                "individuals", "victims", "passengers", "casualties", "dead", "injured", "wounded", "deaths", "fatalities");
        unit("children", "children", "child", "kids", "minors");
        unit("troops", "soldiers", "soldier", "troops", "servicemen", "fighters", "personnel");
        unit("missiles", "missiles", "missile", "rockets", "rocket");
        unit("drones", "drones", "drone", "uavs", "shaheds");
        unit("strikes", "strikes", "strike", "airstrikes", "airstrike", "attacks", "attack", "raids", "raid",
                "bombardments", "explosions", "blasts");
        // "Properties", as supply companies count what they cut off and reconnect.
        unit("households", "households", "household", "homes", "home", "consumers", "customers", "subscribers",
                "families", "apartments", "flats", "properties");
        unit("buildings", "buildings", "building", "houses", "house", "residences", "structures");
        unit("percent", "percent", "per", "%");
        unit("duration", "hours", "hour", "days", "day", "weeks", "week", "fortnights", "fortnight", "months", "month",
                "years", "year",
                "minutes", "minute", "seconds", "decades");
        unit("regions", "regions", "provinces", "oblasts");
        unit("jobs", "jobs", "workers", "employees", "staff");
    }

    private static void unit(String cls, String... words) {
        for (String w : words) {
            UNITS.put(w, cls);
        }
    }

    /** The class of a counted word, or null when it is not a known measure; a currency's word is money. */
    static String unit(String word) {
        return Units.currencyNamed(word).isPresent() ? "money" : UNITS.get(word);
    }

    /**
     * What happened, found near a figure, in the phrases that say it. This class's word patterns are lower-case and
     * case-sensitive, read from {@link dev.crosscheck.quantity.QuantityParser#lowerCased} text.
     */
    record Event(String name, List<String> phrases, Set<String> units, boolean ofUnnamed) {
        /**
         * Whether this event can happen to what is counted (jobs are cut; people are killed); a null unit is a figure
         * that names nothing it counts, or a thing the lexicon does not know, which {@code ofUnnamed} events fit.
         */
        boolean fits(String unit) {
            return units.isEmpty() || (unit == null ? ofUnnamed : units.contains(unit));
        }
    }

    static final List<Event> EVENTS = List.of(
            event("killed", List.of("killed", "kill", "kills", "killing", "died", "die", "dies", "dead", "death",
                    "deaths", "death toll", "lost their lives", "fatalities", "fatality", "perished")),
            event("injured", List.of("injured", "injuring", "injuries", "injury", "wounded", "wounding", "hurt")),
            // Made to leave one's home is how reports word an evacuation as often as by its verb.
            event("evacuated", List.of("evacuated", "evacuation", "evacuate", "out of their homes",
                    "leave their homes", "left their homes", "flee their homes", "fled their homes",
                    "fleeing their homes")),
            // Taken to, treated in, admitted to hospital: a count of its own, beside the injured.
            event("hospitalised", List.of("hospital", "hospitalised", "hospitalized", "hospitalisation",
                    "hospitalization")),
            // Each phrase with "power" has its twin with "electricity", as reports use the two alike.
            event("left without power", List.of("without power", "without electricity", "lost power",
                    "lost electricity", "no power", "no electricity", "in the dark", "power cuts", "power outage",
                    "power outages", "blackout", "blackouts", "cut power", "cut electricity", "cut off power",
                    "cut off electricity", "knocked out power", "knocked out electricity")),
            event("left without heat", List.of("without heat", "without heating", "no heat", "no heating")),
            event("power restored", List.of("power restored", "power was restored", "power has been restored",
                    "electricity restored", "electricity was restored", "electricity has been restored",
                    "restored power")),
            // What is fired is intercepted when "destroyed"; homes and buildings destroyed are damaged (a fresh
            // user's wildfire had "households intercepted").
            new Event("intercepted", List.of("destroyed", "shot down", "shooting down", "intercepted", "downed",
                    "neutralised", "neutralized"), Set.of("missiles", "drones"), true),
            event("launched", List.of("fired", "launched", "launching", "used", "fires", "launches")),
            event("arrested", List.of("arrested", "detained")),
            event("displaced", List.of("displaced", "fled", "homeless")),
            event("damaged", List.of("damaged", "destroyed")),
            event("in damage", List.of("damage", "damages", "losses", "cost of damage", "cost of the damage",
                    "cost of repair", "cost of repairs", "cost of the repair", "cost of the repairs")),
            event("cut", List.of("cut", "cuts", "axed", "shed", "lost", "lose", "losing", "redundancy",
                    "redundancies"), "jobs"),
            event("created", List.of("created", "create", "added", "adding", "new"), "jobs"),
            event("missing", List.of("missing", "unaccounted for")),
            // Brought out alive is the opposite of a toll: "pulled 12 people out alive" answers no "How many died?".
            event("rescued", List.of("rescued", "alive", "saved")),
            // What a sum is, for sums only: a fine and an aid package are two measures, whatever the wording. (Costs
            // and prices are left out: the price of gold and the cost of last year's hurricanes are in every
            // business report.)
            event("fined", List.of("fined", "fine", "penalty"), "money"),
            event("in aid", List.of("package", "fund", "funds", "funding", "aid", "relief"), "money"),
            // A sum asked for: a ransom, or what a kidnapper, a hacker or a claimant is "demanding".
            event("demanded", List.of("ransom", "demanding", "demanded", "demands"), "money"),
            // A sentence, for durations only: "jailed for nine years" and "sentenced to nine years in prison" are one
            // term, where "three years ago" or "a two-day strike" are times. Time served or asked for ("spent two
            // years in prison", "asked for 15 years in jail") is not the term a court gave.
            event("jailed", List.of("jailed", "sentenced", "imprisoned", "caged", "locked up", "jail term",
                    "prison term", "prison sentence", "jail sentence", "custodial sentence"), TERM));

    private static Event event(String name, List<String> phrases, String... units) {
        return new Event(name, phrases, Set.of(units), false);
    }

    /**
     * Any event's phrase, one group per event in {@link #EVENTS} order: where phrases of two events start at one
     * word ("destroyed"), the earlier event names it.
     */
    static final Pattern EVENT_PHRASE = Pattern.compile(EVENTS.stream()
            .map(e -> "(" + e.phrases().stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")")
            .collect(Collectors.joining("|", "\\b(?:", ")\\b")));
    /** The words an event's phrase starts with: other words are not tried. */
    static final Set<String> EVENT_STARTS = EVENTS.stream().flatMap(e -> e.phrases().stream())
            .map(p -> p.split(" ")[0]).collect(Collectors.toUnmodifiableSet());

    /** The event whose phrase an {@link #EVENT_PHRASE} match found. */
    static Event eventOf(java.util.regex.MatchResult m) {
        for (int g = 1; g <= EVENTS.size(); g++) {
            if (m.start(g) >= 0) {
                return EVENTS.get(g - 1);
            }
        }
        throw new IllegalStateException("not an event phrase match");
    }

    /** Every event with the phrase an {@link #EVENT_PHRASE} match found, the one that names it first. */
    static List<Event> eventsOf(java.util.regex.MatchResult m) {
        Event first = eventOf(m);
        List<Event> out = new java.util.ArrayList<>(List.of(first));
        EVENTS.stream().filter(e -> e != first && e.phrases().contains(m.group())).forEach(out::add);
        return out;
    }

    /**
     * The first event whose phrase an {@link #EVENT_PHRASE} match found that can happen to what is counted
     * ({@link Event#fits}), or null: "destroyed" missiles are intercepted, "destroyed" homes damaged.
     */
    static Event eventOf(java.util.regex.MatchResult m, String unit) {
        return eventsOf(m).stream().filter(e -> e.fits(unit)).findFirst().orElse(null);
    }

    /**
     * A clause that forecasts, plans or supposes ("will die", "aims to create") reports no figure yet; nor does one
     * giving what something was made to withstand ("designed to cope with gusts of around 90mph", beside a fresh
     * user's "gusts of up to 70mph" on the day).
     */
    static final Pattern PROJECTION = Pattern.compile("\\b(will|would|could|may|might|expected|expects?|designed to|"
            + "forecasts?|forecasting|predicted|predicts?|aims?|plans?|planned|needs? to|target|targets|hopes?|expectations?|"
            + "estimates? that|if)\\b");
    /**
     * Words before a state in its clause that make it a plan or a forecast ("will close", "is expected to … shut"):
     * the part of {@link #PROJECTION} that speaks of the future without doubting the present, since "could not be
     * shot down" states an ability now.
     */
    static final Pattern FORECAST = Pattern.compile("\\b(?:will|would|shall|'ll|’ll|expected to|set to|due to|"
            + "plans? to|planned to|going to|likely to)\\b");
    /** "one in four homes", "7.5 per 100 people": ratios, not counts. */
    static final Pattern RATIO_BEFORE = Pattern.compile("(?i)\\b(?:one|\\d+) (?:in|out of)\\s*$");
    // "in 2029" after a figure is its year, not "one in four": "fined £45,000 in 2029" had read as a ratio.
    static final Pattern RATIO_AFTER = Pattern.compile("(?i)^\\s*(?:in (?!(?:1[89]|20)\\d\\d\\b)|out of |per )"
            + "(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten|every)");
    /** When a figure is dated, the date is part of what it measures: January's jobs are not October's. */
    static final Pattern TIME_ANCHOR = Pattern.compile("\\b(january|february|march|april|may|june|july|august|"
            + "september|october|november|december|(?:19|20)\\d\\d|last (?:week|month|year|quarter)|this (?:week|"
            + "month|year|quarter)|(?:first|second|third|fourth) quarter)\\b");

    /**
     * Wording of a count that is still so ("still missing", "remain in hospital"): a current count, which falls as
     * people are found or go home, not how many it ever was.
     */
    static final Pattern STILL = Pattern.compile("(?i)\\b(?:still|remains?|remained|remaining)\\b");

    /**
     * Wording of a running total, counted up to a time ("by mid-morning", "so far", "since the flooding began", "have
     * now rescued"): a higher one in a later report is an update, whatever is counted.
     */
    static final Pattern CUMULATIVE = Pattern.compile("\\b(?:so far|to date|in total|(?:has|have|had) now"
            + "|since (?:then|last \\w+|early \\w+|" + ReportTime.WEEKDAYS + "|\\d)"
            + "|since the [a-z\\- ]{1,30}? (?:began|started|struck|hit|broke out)"
            + "|by (?:mid-?morning|morning|midday|noon|the afternoon|the evening|evening|nightfall|"
            + ReportTime.WEEKDAYS + "|\\d{1,2}(?:[:.]\\d\\d)? ?[ap]\\.?m))\\b");

    /** Words that report a change: a figure or state worded like this revises an earlier report. */
    static final Pattern REVISION = Pattern.compile("\\b(rose|risen|rises|rising|climbed|climbs|increased|"
            + "revised|revising|improved|updated|now stands|has grown|up from|later|re-?connected|restored|restarted|"
            + "reopened|resumed|back (?:on|online)|again)\\b");

    private Lexicon() {
    }
}
