package dev.crosscheck.quantity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The units written with a figure that both answers and conflict detection read: the currency a sum is in ("£4.50",
 * "EUR 75 million", "10,000 euros") and a speed ("90 km/h", "56 mph"), so "how much" and a conflict over a sum agree
 * on what a sum is.
 */
public final class Units {
    /** A currency sign or code just before a figure, longest first so "US$" is not read as "$". */
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("(US\\$|A\\$|C\\$|HK\\$|[£$€¥₹₴]|"
            + "\\b(?:Rs\\.?|USD|EUR|GBP|CHF|JPY))\\s?$");
    private static final Map<String, String> SIGNS = Map.ofEntries(Map.entry("$", "dollar"),
            Map.entry("US$", "dollar"), Map.entry("USD", "dollar"), Map.entry("A$", "Australian dollar"),
            Map.entry("C$", "Canadian dollar"), Map.entry("HK$", "Hong Kong dollar"), Map.entry("€", "euro"),
            Map.entry("EUR", "euro"), Map.entry("£", "pound"), Map.entry("GBP", "pound"), Map.entry("¥", "yen"),
            Map.entry("JPY", "yen"), Map.entry("₹", "rupee"), Map.entry("Rs", "rupee"), Map.entry("Rs.", "rupee"),
            Map.entry("₴", "hryvnia"), Map.entry("CHF", "franc"));
    /** Currency words written after a figure, each to its singular name. */
    private static final Map<String, String> WORDS = new HashMap<>();
    /** A speed after a figure ("90 km/h", "56 mph", "120 miles an hour"), its unit in the group. */
    private static final Pattern SPEED_AFTER = Pattern.compile("(?i)\\s*-?\\s*(km/h|kph|kmh|km an hour|km per hour|"
            + "kilomet(?:re|er)s? (?:per|an|a) hour|mph|miles (?:per|an|a) hour|knots|"
            + "(?:metres|meters) (?:per|a) second)\\b");
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
    }

    /** The currency whose sign or code stands just before {@code figureStart} ("£4.50", "EUR 75m"), by its name. */
    public static Optional<String> currencyBefore(String text, int figureStart) {
        Matcher m = CURRENCY_BEFORE.matcher(text.substring(Math.max(0, figureStart - 5), figureStart));
        return m.find() ? Optional.of(SIGNS.get(m.group(1))) : Optional.empty();
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

    /** A speed's unit, as the km/h one of it is, and where it ends in the text. */
    public record Speed(double kmPerHour, int end) {
    }
}
