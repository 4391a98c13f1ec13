package dev.crosscheck.quantity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The units written with a figure that both answers and conflict detection read: the currency a sum is in ("£4.50",
 * "EUR 75 million", "10,000 euros"), a speed ("90 km/h", "56 mph") and a physical measure ("a 500-metre cordon",
 * "40 tonnes", "five acres"), so "how much" and a conflict over a sum agree on what a sum is.
 */
public final class Units {
    /** The currency codes written before a figure ("EUR 4 million"), as a regex alternation. */
    public static final String CODES = "USD|EUR|GBP|CHF|JPY";
    /** A currency sign or code just before a figure, longest first so "US$" is not read as "$". */
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("(US\\$|A\\$|C\\$|HK\\$|[£$€¥₹₴]|"
            + "\\b(?:Rs\\.?|" + CODES + "))\\s?$");
    private static final Map<String, String> SIGNS = Map.ofEntries(Map.entry("$", "dollar"),
            Map.entry("US$", "dollar"), Map.entry("USD", "dollar"), Map.entry("A$", "Australian dollar"),
            Map.entry("C$", "Canadian dollar"), Map.entry("HK$", "Hong Kong dollar"), Map.entry("€", "euro"),
            Map.entry("EUR", "euro"), Map.entry("£", "pound"), Map.entry("GBP", "pound"), Map.entry("¥", "yen"),
            Map.entry("JPY", "yen"), Map.entry("₹", "rupee"), Map.entry("Rs", "rupee"), Map.entry("Rs.", "rupee"),
            Map.entry("₴", "hryvnia"), Map.entry("CHF", "franc"));
    /** Currency words written after a figure, each to its singular name. */
    private static final Map<String, String> WORDS = new HashMap<>();
    private static final Map<String, String> PLURALS = new HashMap<>();
    /** A speed after a figure ("90 km/h", "56 mph", "120 miles an hour"), its unit in the group. */
    private static final Pattern SPEED_AFTER = Pattern.compile("(?i)\\s*-?\\s*(km/h|kph|kmh|km an hour|km per hour|"
            + "kilomet(?:re|er)s? (?:per|an|a) hour|mph|miles (?:per|an|a) hour|knots|"
            + "(?:metres|meters) (?:per|a) second)\\b");
    /**
     * How far a figure converted from another unit may stray from one written in the unit it is compared in:
     * conversions are rounded when written (three miles is "5 km", 3.5 % off; five acres "2 hectares", 1.2 %). From
     * the arithmetic of common conversions at two significant figures, not fitted on any set.
     */
    public static final double CONVERSION = 0.05;
    private static final double KM_PER_MILE = 1.609344;
    private static final double KM_PER_NAUTICAL_MILE = 1.852;
    private static final double KM_H_PER_METRE_A_SECOND = 3.6;

    static {
        currency("euro", "euro", "euros");
        currency("dollar", "dollar", "dollars");
        currency("pound", "pounds");
        currency("penny", "pence", "p");
        currency("cent", "cent", "cents");
        currency("yen", "yen");
        currency("yuan", "yuan", "renminbi");
        currency("rupee", "rupee", "rupees");
        currency("rouble", "rouble", "roubles", "ruble", "rubles");
        currency("franc", "franc", "francs");
        currency("hryvnia", "hryvnia", "hryvnias");
        currency("peso", "peso", "pesos");
        currency("rand", "rand");
        currency("krona", "krona", "kronor", "kroner");
        currency("zloty", "zloty");
        currency("crown", "crown", "crowns", "koruna", "korun");
        currency("mark", "marks", "deutschmarks");
        currency("ducat", "ducats");
    }

    private Units() {
    }

    private static void currency(String name, String... words) {
        for (String w : words) {
            WORDS.put(w, name);
        }
        // The first word listed other than the name is how it is counted: pounds, pence, kronor; yen is yen.
        PLURALS.put(name, java.util.Arrays.stream(words).filter(w -> !w.equals(name)).findFirst().orElse(name));
    }

    /** How a currency is counted ("pence" for the penny, "euros", "yen"), by its singular name. */
    public static String currencyPlural(String name) {
        return PLURALS.getOrDefault(name, name + "s");
    }

    /** The currency whose sign or code stands just before {@code figureStart} ("£4.50", "EUR 75m"), by its name. */
    public static Optional<String> currencyBefore(String text, int figureStart) {
        Matcher m = signBefore(text, figureStart);
        return m.find() ? Optional.of(SIGNS.get(m.group(1))) : Optional.empty();
    }

    /**
     * Where the currency sign or code just before {@code figureStart} starts ("EUR 4 million", "US$5m"), so a figure
     * is quoted with it; {@code figureStart} when none stands there.
     */
    public static int currencyStart(String text, int figureStart) {
        Matcher m = signBefore(text, figureStart);
        return m.find() ? m.start() : figureStart;
    }

    /** A matcher for a sign or code ending just before {@code figureStart}, over the few characters it may take. */
    private static Matcher signBefore(String text, int figureStart) {
        return CURRENCY_BEFORE.matcher(text).region(Math.max(0, figureStart - 5), figureStart);
    }

    /** The currency whose sign is written against the figure's end ("410p"), if one is. */
    public static Optional<String> currencyGlued(String text, int figureEnd) {
        Matcher m = CURRENCY_GLUED.matcher(text).region(figureEnd, text.length());
        return m.lookingAt() ? currencyNamed(m.group(1)) : Optional.empty();
    }

    /** Currency signs written against a figure's end: pence ("410p"); {@link QuantityParser} reads them as units. */
    static final String GLUED_SIGNS = "p";
    /** Degrees written glued to a figure, in capitals as weather reports write them: "41.3C", "104F". */
    static final String GLUED_DEGREES = "C|F";
    private static final Pattern CURRENCY_GLUED = Pattern.compile("(" + GLUED_SIGNS + ")(?![\\p{L}\\d])");

    /** A currency's name joined to a figure by a hyphen: "500,000-crown", "15-million-euro". */
    private static final Pattern CURRENCY_JOINED = Pattern.compile("-(\\p{L}+)(?![\\p{L}\\d-])");

    /** A currency written joined to a figure by a hyphen, and where it ends. */
    public record Joined(String currency, int end) {
    }

    /**
     * The currency joined by a hyphen to the figure ending at {@code figureEnd}, as a sum written before its noun is
     * ("a 500,000-crown emergency fund", "a 15-million-euro package"), if one is.
     */
    public static Optional<Joined> currencyJoined(String text, int figureEnd) {
        Matcher m = CURRENCY_JOINED.matcher(text).region(figureEnd, text.length());
        return m.lookingAt() ? currencyNamed(m.group(1)).map(name -> new Joined(name, m.end())) : Optional.empty();
    }

    /** The currency a word names ("euros" is the euro), by its singular name, if it names one. */
    public static Optional<String> currencyNamed(String word) {
        return Optional.ofNullable(WORDS.get(word.toLowerCase(Locale.ROOT)));
    }

    /** A speed written from {@code figureEnd} on: how many km/h one of its units is, and where it ends. */
    public static Optional<Speed> speedAfter(String text, int figureEnd) {
        Matcher m = SPEED_AFTER.matcher(text).region(figureEnd, text.length());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String unit = m.group(1).toLowerCase(Locale.ROOT);
        double kmH = unit.startsWith("mi") || unit.equals("mph") ? KM_PER_MILE
                : unit.equals("knots") ? KM_PER_NAUTICAL_MILE
                : unit.startsWith("met") ? KM_H_PER_METRE_A_SECOND : 1;
        return Optional.of(new Speed(kmH, m.end()));
    }

    /**
     * A length, area, volume or weight written from {@code figureEnd} on ("-metre", " tonnes"): its kind, how many
     * of the kind's base unit one of it is, and where it ends. Not a speed: read {@link #speedAfter} first.
     */
    public static Optional<Measure> measureAfter(String text, int figureEnd) {
        Matcher m = MEASURE_AFTER.matcher(text).region(figureEnd, text.length());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String unit = m.group(1).replaceAll("\\s+", " ");
        for (MeasureUnit u : MEASURE_UNITS) {
            if (u.words().matcher(unit).matches()) {
                return Optional.of(new Measure(u.kind(), u.perBase(), m.end()));
            }
        }
        throw new IllegalStateException("a unit the pattern reads has no entry: " + unit);
    }

    /** A unit's words (in any case, spaces single) and how many of its kind's base unit one of it is. */
    private record MeasureUnit(Pattern words, Measure.Kind kind, double perBase) {
    }

    private static MeasureUnit unit(String words, Measure.Kind kind, double perBase) {
        return new MeasureUnit(Pattern.compile(words, Pattern.CASE_INSENSITIVE), kind, perBase);
    }

    // Factors from the units' definitions (SI, the international yard and pound, the US gallon, the oil barrel); a
    // square unit is its length's factor squared, in hectares (100 per square km). Tried in this order, so a unit
    // that holds another's word ("square miles", "nautical miles", "metric tons") comes before it.
    private static final double KM_PER_FOOT = 0.0003048;
    private static final String SQUARE = "sq(?:uare)?\\.? ?";
    private static final List<MeasureUnit> MEASURE_UNITS = List.of(
            unit(SQUARE + "(?:km|kilomet(?:re|er)s?)|km[2²]", Measure.Kind.AREA, 100),
            unit(SQUARE + "miles?", Measure.Kind.AREA, KM_PER_MILE * KM_PER_MILE * 100),
            unit(SQUARE + "(?:metres?|meters?)|m[2²]", Measure.Kind.AREA, 1e-4),
            unit(SQUARE + "(?:feet|ft)", Measure.Kind.AREA, KM_PER_FOOT * KM_PER_FOOT * 100),
            unit("hectares?", Measure.Kind.AREA, 1),
            unit("acres?", Measure.Kind.AREA, 0.40468564224),
            unit("cubic (?:metres?|meters?)|m[3³]", Measure.Kind.VOLUME, 1000),
            unit("litres?|liters?", Measure.Kind.VOLUME, 1),
            unit("millilit(?:re|er)s?|ml", Measure.Kind.VOLUME, 0.001),
            unit("gallons?", Measure.Kind.VOLUME, 3.785411784),
            unit("barrels?", Measure.Kind.VOLUME, 158.987294928),
            unit("tonnes?|metric tons?|tons?", Measure.Kind.WEIGHT, 1),
            unit("kg|kilogra(?:m|mme)s?|kilos?", Measure.Kind.WEIGHT, 0.001),
            unit("grams?", Measure.Kind.WEIGHT, 1e-6),
            unit("lbs?", Measure.Kind.WEIGHT, 0.00045359237),
            unit("ounces?|oz", Measure.Kind.WEIGHT, 2.8349523125e-5),
            unit("nautical miles?", Measure.Kind.LENGTH, KM_PER_NAUTICAL_MILE),
            unit("km|kilomet(?:re|er)s?", Measure.Kind.LENGTH, 1),
            unit("miles?", Measure.Kind.LENGTH, KM_PER_MILE),
            unit("metres?|meters?", Measure.Kind.LENGTH, 0.001),
            unit("cm|centimet(?:re|er)s?", Measure.Kind.LENGTH, 1e-5),
            unit("mm|millimet(?:re|er)s?", Measure.Kind.LENGTH, 1e-6),
            unit("feet|foot|ft", Measure.Kind.LENGTH, KM_PER_FOOT),
            unit("yards?", Measure.Kind.LENGTH, 0.0009144),
            unit("inch(?:es)?", Measure.Kind.LENGTH, 0.0000254),
            // Celsius only: Fahrenheit is no multiple of it, and figures are compared by scaling.
            unit("[°º] ?c|degrees? (?:celsius|centigrade)|(?-i:C)", Measure.Kind.TEMPERATURE, 1));
    /**
     * Any of those units after a figure ("12 km", "a 500-metre cordon", "five acres", "3.5 million litres", "40
     * tonnes"), in the group. A bare "m" or "g" is none: "5m" is five million to the figure reader.
     */
    private static final Pattern MEASURE_AFTER = Pattern.compile("(?i)\\s*-?\\s*(" + String.join("|",
            MEASURE_UNITS.stream().map(u -> u.words().pattern()).toList()) + ")(?![\\p{L}\\d])");

    /** A measure's kind, as how many of its base unit one of its unit is, and where it ends in the text. */
    public record Measure(Kind kind, double perBase, int end) {
        /** What a measure measures, with the base unit figures of it are compared in. */
        public enum Kind {
            LENGTH("distance", "km"), AREA("area", "hectares"), VOLUME("volume", "litres"),
            WEIGHT("weight", "tonnes"), TEMPERATURE("temperature", "°C");

            private final String noun;
            private final String base;

            Kind(String noun, String base) {
                this.noun = noun;
                this.base = base;
            }

            /** How a topic names it: "distance (km)". */
            public String label() {
                return noun + " (" + base + ")";
            }
        }
    }

    /** A speed's unit, as the km/h one of it is, and where it ends in the text. */
    public record Speed(double kmPerHour, int end) {
    }
}
