package dev.crosscheck.quantity;

import dev.crosscheck.corpus.WordStarts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds figures in news text, in digits or in words: "81", "150,000", "1.2 billion", "fifteen", "a quarter of a million", "40 percent", "sixth". */
public final class QuantityParser {
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("a dozen", 12), Map.entry("dozen", 12));
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("twentieth", 20));
    private static final Map<String, Double> SCALES = Map.of(
            "dozen", 12.0, "hundred", 1e2, "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12,
            "m", 1e6, "bn", 1e9, "k", 1e3);
    private static final Map<String, Double> FRACTIONS = Map.of(
            "half", 0.5, "quarter", 0.25, "third", 1 / 3.0, "three quarters", 0.75, "two thirds", 2 / 3.0);

    private static final String UNITS_BELOW_100 = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]"
            + "(?:one|two|three|four|five|six|seven|eight|nine)|zero|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
            + "|sixty|seventy|eighty|ninety)";
    private static final String WORD_NUMBER = "(?:" + UNITS_BELOW_100 + "|a dozen|dozen)";
    /** Words that multiply the number before them: "two dozen" is 24 (it had been read as a 2 and a 12). */
    private static final String SCALE = "(?:dozen|hundred|thousand|million|billion|trillion)";
    /**
     * What a figure in words adds after its scale: "two hundred and fifty", "eight thousand four hundred" (a fresh
     * user's "a town of about eight thousand four hundred people" had been 8,000 and 400 people). Less than the scale
     * before it, so "between four hundred and five hundred" stays two figures.
     */
    private static final String WORDS_AFTER_SCALE = "(?<wrest>(?<=hundred)(?: and)? " + UNITS_BELOW_100 + "\\b(?! "
            + SCALE + "\\b)|(?<=thousand|million|billion|trillion)(?: and)? " + UNITS_BELOW_100 + "(?: hundred(?: and "
            + UNITS_BELOW_100 + ")?)?\\b(?! " + SCALE + "\\b))?";
    private static final List<String> QUALIFIERS = List.of("at least", "at most", "no fewer than", "no less than",
            "more than", "over", "fewer than", "less than", "under", "up to", "as many as", "about", "around",
            "approximately", "roughly", "nearly", "almost", "some", "an estimated", "estimated", "close to",
            "just over", "just under", "well over");
    private static final String QUALIFIER = "(?<qual>" + String.join("|", QUALIFIERS) + ")\\s+";

    // Tried only at the start of a word that can begin a figure (see mayStartFigure): trying every alternative at
    // every character was most of the cost of ranking answers and of extracting claims.
    private static final Pattern NUMBER = Pattern.compile(
            "\\b(?:" + QUALIFIER + ")?"
                    + "(?<body>"
                    // "the quarter of a million euros released": the article before a fraction may be any.
                    + "(?<fraction>half|(?:a )?quarter|(?:a )?third|three quarters|two thirds)(?: of)? an? (?<fscale>"
                    + SCALE + ")"
                    + "|(?<half>half an?)(?= )"
                    // "a 15-million-euro package": a scale joined by a hyphen to the figure and to its currency.
                    + "|(?<digits>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:(?:\\s|-(?=" + SCALE
                    + "-\\p{L}))?(?<dscale>" + SCALE + "|bn|m|k)\\b)?"
                    + "|(?<vague>dozens|hundreds|thousands|millions)\\b(?: of (?<vscale>thousands|millions)\\b)?"
                    + "|(?<ordinal>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
                    + "|twelfth|thirteenth|fourteenth|fifteenth|twentieth|\\d+(?:st|nd|rd|th))\\b"
                    + "|(?<words>" + WORD_NUMBER + ")\\b(?<andhalf> and a half\\b)?(?:\\s(?<wscale>" + SCALE + ")\\b"
                    + WORDS_AFTER_SCALE + ")?"
                    // "a million euros", "a thousand people": the article is the figure's one.
                    + "|an? (?<ascale>hundred|thousand|million|billion|trillion)\\b"
                    + "|(?<one>an?)(?= )"
                    + ")(?<pct>\\s?(?:%|per ?cent|percent))?");

    // Compiled once: these run for every figure in every sentence read.
    private static final Pattern CLOCK = Pattern.compile("\\s?(am|pm|a\\.m|p\\.m)\\b");
    /** A time of day written with a colon, "08:19", "16:05": its hour and its minutes are no figures of anything. */
    private static final Pattern MINUTES_AFTER = Pattern.compile(":[0-5]\\d(?!\\d)");
    /**
     * A day of the month after its month's name: "March 14", "Feb. 16". (Before it, "5 May", it stays a figure: read
     * as a date it cost an unanswerable SQuAD check question its "not found", docs/experiments.md.)
     */
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)";
    private static final Pattern MONTH_BEFORE = Pattern.compile("\\b" + MONTH + "\\.? $");
    /**
     * After "March 14", a word of content says the number counts it ("In March 14 people died"); a date is followed
     * by punctuation, a year, a name, or a word of grammar ("On March 14 the army…").
     */
    private static final Pattern COUNTED = Pattern.compile(" (?!(?:the|a|an|at|in|on|by|and|or|but|when|as|to|for|"
            + "from|of|after|before|with|that|this|it|he|she|they|we|was|were|is|are|had|has|have|will|would)\\b)"
            + "\\p{Ll}");
    /** A number after a code in capitals names something: "RE 714", "FTSE 100". */
    private static final Pattern CODE_BEFORE = Pattern.compile("\\b\\p{Lu}{2,} $");
    /**
     * A number after a capitalised word that follows a word in lower case or an article names something with it:
     * "an inbound Line 2 tram", "The Line 2 tram" (a fresh user's tram collision had "2 tram" and "5 tram" as
     * counts). A headline in title case ("Death Toll Rises To 13") has no word in lower case before; a month or
     * weekday before the number makes it a date's, read as such above.
     */
    private static final Pattern NAME_BEFORE = Pattern.compile("(?<!\\p{L})(?:\\p{Ll}+|The|A|An) (?!" + MONTH
            + "\\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b)\\p{Lu}\\p{Ll}+ $");
    /** A result after a team's name, "beat Scotland 16–9": the number is a score, no name's. */
    private static final Pattern SCORE_AFTER = Pattern.compile("\\s*[-–]\\s*\\d");
    /** A verb of calling right before digits: a telephone number ("call 999", "dial 112"). */
    private static final Pattern CALL_BEFORE = Pattern.compile("(?i)\\b(?:call|calls|calling|dial|dialled|dialed|ring|"
            + "phone|text) (?:on )?$");
    private static final Pattern HOUR_BEFORE = Pattern.compile("(?<![\\d:])\\d{1,2}:$");
    private static final Pattern YEAR_DIGITS = Pattern.compile("(1[89]|20)\\d\\d");
    private static final Pattern COUNTED_AFTER = Pattern.compile(
            "\\s(people|civilians|troops|soldiers|homes|households|missiles|drones|km|kilomet)");
    private static final Pattern YEAR_BEFORE = Pattern.compile("\\b(in|of|since|by|until|year)\\s$");

    private QuantityParser() {
    }

    /**
     * The text lower-cased char by char, so that every offset stays the text's (String.toLowerCase may change the
     * length): for lower-case, case-sensitive patterns, several times cheaper than case-insensitive ones.
     */
    public static String lowerCased(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            // Most characters are ASCII, and most of those are not capitals: Character's tables are for the rest.
            chars[i] = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) : Character.toLowerCase(c);
        }
        return new String(chars);
    }

    /**
     * Whether a lower-cased word can start or carry a figure: digits, number words, scales, fractions, "dozens".
     * A text with no such word holds no figure, which spares the pattern most sentences.
     */
    public static boolean isNumberWord(String lower) {
        if (lower.isEmpty()) {
            return false;
        }
        if (Character.isDigit(lower.charAt(0))) {
            return true;
        }
        int hyphen = lower.indexOf('-');
        return NUMBER_WORDS.contains(hyphen > 0 ? lower.substring(0, hyphen) : lower);
    }

    /** Every word a figure in words can start with or carry (see {@link #isNumberWord}). */
    private static final java.util.Set<String> NUMBER_WORDS = numberWords();

    private static java.util.Set<String> numberWords() {
        java.util.Set<String> out = new java.util.HashSet<>(java.util.List.of("dozens", "hundreds", "thousands",
                "millions", "quarters", "thirds"));
        for (java.util.Set<String> words : java.util.List.of(UNITS.keySet(), ORDINALS.keySet(), FRACTIONS.keySet())) {
            for (String w : words) {
                out.addAll(java.util.List.of(w.split(" ")));
            }
        }
        SCALES.keySet().stream().filter(w -> w.length() > 2).forEach(out::add);
        out.remove("a");
        return java.util.Set.copyOf(out);
    }

    /** Whether a figure or its qualifier can start with this (lower-case) word: others are not tried. */
    private static boolean mayStartFigure(String word) {
        return Character.isDigit(word.charAt(0)) || FIGURE_STARTS.contains(word);
    }

    private static final java.util.Set<String> FIGURE_STARTS = figureStarts();

    /** The number words (which hold every word of a figure in words) and the first word of each qualifier. */
    private static java.util.Set<String> figureStarts() {
        java.util.Set<String> out = new java.util.HashSet<>(NUMBER_WORDS);
        QUALIFIERS.forEach(q -> out.add(q.split(" ")[0]));
        // "a quarter of a million", "a dozen": the article the number words leave out leads these.
        out.add("a");
        return java.util.Set.copyOf(out);
    }

    /** Every figure in the text, left to right. Years and times of day are not figures and are skipped. */
    public static List<Quantity> parse(String text) {
        return parse(text, lowerCased(text));
    }

    /** {@link #parse(String)} for a caller that has the text's {@link #lowerCased} form at hand. */
    public static List<Quantity> parse(String text, String lowerCased) {
        return parse(text, lowerCased, WordStarts.of(lowerCased));
    }

    /** {@link #parse(String, String)} for a caller that also has the lower-cased text's {@link WordStarts}. */
    public static List<Quantity> parse(String text, String lowerCased, WordStarts starts) {
        List<Quantity> out = new ArrayList<>();
        // The pattern is lower-case and case-sensitive, read from the lower-cased text (offsets stay the text's): a
        // case-insensitive alternation this size costs several times more, on every sentence. Every figure starts
        // a word, so only word starts are tried.
        Matcher m = NUMBER.matcher(lowerCased);
        for (int at = 0; starts.find(m, at, lowerCased.length(), QuantityParser::mayStartFigure); at = m.end()) {
            if (!wordBoundaries(text, m.start("body"), m.end("body"))) {
                continue;
            }
            Double value = value(m);
            if (value == null || isYearOrTime(text, m) || isNoOne(lowerCased, m)
                    || (m.group("half") != null || m.group("one") != null)
                    && Units.measureAfter(text, m.end()).isEmpty()) {
                // "half a mile" and "nearly a kilometre" are measures; "half a dozen", "half an hour" and any other
                // "a" are left to the words that say them.
                continue;
            }
            boolean ordinal = m.group("ordinal") != null;
            Quantity.Qualifier q = qualifier(m.group("qual"));
            if (m.group("vague") != null && q == Quantity.Qualifier.EXACT) {
                q = Quantity.Qualifier.RANGE_VAGUE;
            }
            int start = m.group("qual") != null ? m.start("qual") : m.start("body");
            int end = m.end();
            out.add(new Quantity(value, q, m.group("pct") != null, ordinal, start, end, text.substring(start, end)));
        }
        return out;
    }

    /** "No one" is nobody: a fresh user's "No one was killed." had been a toll of one. */
    private static boolean isNoOne(String lowerCased, Matcher m) {
        int at = m.start("body");
        return "one".equals(m.group("words")) && m.group("wscale") == null && at >= 3
                && lowerCased.startsWith("no ", at - 3) && (at == 3 || !Character.isLetter(lowerCased.charAt(at - 4)));
    }

    private static boolean wordBoundaries(String text, int start, int end) {
        boolean before = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
        // "MiG-29", "COVID-19" are names and "35-nation", "five-month-old" are adjectives, not figures; a measure
        // joined to its unit ("a 500-metre cordon", "a 12-tonne truck") or a sum to its currency ("a 500,000-crown
        // fund") is one.
        boolean modelName = start >= 2 && text.charAt(start - 1) == '-' && Character.isLetter(text.charAt(start - 2));
        boolean compound = end + 1 < text.length() && text.charAt(end) == '-'
                && Character.isLetter(text.charAt(end + 1)) && Units.measureAfter(text, end).isEmpty()
                && Units.currencyJoined(text, end).isEmpty();
        if (modelName || compound) {
            return false;
        }
        boolean after = end >= text.length() || !Character.isLetter(text.charAt(end))
                || text.charAt(end) == '%' || GLUED_UNIT.matcher(text).region(end, text.length()).lookingAt();
        return before && after;
    }

    /**
     * A unit's abbreviation written against its figure, "10km", "5kg", "120mph", "2Mbps", "410p" (pence, as every
     * such figure in the BBC set is): the figure is the number, the unit is read after it as after "10 km". A scale
     * ("5m", "2bn") is the figure's own; other letters make a code or a name ("4G", "PS2", "B52").
     */
    private static final Pattern GLUED_UNIT = Pattern.compile("(?:(?i:km/h|kmh|kph|mph|km|kg|cm|mm|ft|lbs?|mw|gw|kw|"
            + "kwh|[kmg]bps|[kmgt]b|mhz|ghz)|" + Units.GLUED_SIGNS + "|" + Units.GLUED_DEGREES + ")(?![\\p{L}\\d])");

    private static Double value(Matcher m) {
        if (m.group("half") != null) {
            return 0.5;
        }
        if (m.group("one") != null) {
            return 1.0;
        }
        if (m.group("ascale") != null) {
            return SCALES.get(m.group("ascale"));
        }
        if (m.group("fraction") != null) {
            String f = m.group("fraction").toLowerCase(Locale.ROOT).replaceFirst("^a ", "");
            return FRACTIONS.get(f) * SCALES.get(m.group("fscale").toLowerCase(Locale.ROOT));
        }
        if (m.group("digits") != null) {
            double v = Double.parseDouble(m.group("digits").replace(",", ""));
            String scale = m.group("dscale");
            return scale == null ? v : v * SCALES.get(scale.toLowerCase(Locale.ROOT));
        }
        if (m.group("words") != null) {
            // "five and a half years", "two and a half million": the half is the figure's own.
            double v = wordValue(m.group("words").toLowerCase(Locale.ROOT)) + (m.group("andhalf") != null ? 0.5 : 0);
            String scale = m.group("wscale");
            return scale == null ? v : v * SCALES.get(scale.toLowerCase(Locale.ROOT)) + restValue(m.group("wrest"));
        }
        if (m.group("vague") != null) {
            double base = switch (m.group("vague").toLowerCase(Locale.ROOT)) {
                case "dozens" -> 24;
                case "hundreds" -> 200;
                case "thousands" -> 2_000;
                default -> 2_000_000;
            };
            String scale = m.group("vscale");
            if (scale != null) {
                base *= scale.equalsIgnoreCase("thousands") ? 1_000 : 1_000_000;
            }
            return base;
        }
        String ord = m.group("ordinal").toLowerCase(Locale.ROOT);
        Integer named = ORDINALS.get(ord);
        return named != null ? named.doubleValue() : Double.parseDouble(ord.replaceAll("\\D", ""));
    }

    /** The value of what a figure in words adds after its scale ("and fifty", "four hundred and two"); 0 for none. */
    private static double restValue(String rest) {
        if (rest == null) {
            return 0;
        }
        String[] parts = rest.trim().replaceFirst("^and ", "").split(" hundred(?: and )?", -1);
        return parts.length == 1 ? wordValue(parts[0])
                : wordValue(parts[0]) * 100 + (parts[1].isEmpty() ? 0 : wordValue(parts[1]));
    }

    private static double wordValue(String words) {
        Integer direct = UNITS.get(words);
        if (direct != null) {
            return direct;
        }
        String[] parts = words.split("[- ]");
        return UNITS.get(parts[0]) + UNITS.get(parts[1]);
    }

    private static boolean isYearOrTime(String text, Matcher m) {
        String digits = m.group("digits");
        if (digits == null) {
            return false;
        }
        int end = m.end("body");
        String after = text.substring(end, Math.min(text.length(), end + 5)).toLowerCase(Locale.ROOT);
        if (CLOCK.matcher(after).lookingAt() || MINUTES_AFTER.matcher(after).lookingAt()
                || digits.length() == 2 && HOUR_BEFORE.matcher(text.substring(Math.max(0, m.start("body") - 4),
                m.start("body"))).find()) {
            return true;
        }
        if (m.group("dscale") == null && m.group("pct") == null) {
            String lead = text.substring(Math.max(0, m.start("body") - 12), m.start("body"));
            String trail = text.substring(end, Math.min(text.length(), end + 12));
            boolean day = digits.matches("\\d{1,2}") && Integer.parseInt(digits) <= 31
                    && MONTH_BEFORE.matcher(lead).find() && !COUNTED.matcher(trail).lookingAt();
            // "RE 714" names a train; "call 999" is a number to call, no count (a fresh user's hospital hack had
            // "should still call 999" as a toll of the injured).
            boolean codeOrCall = CODE_BEFORE.matcher(lead).find() || CALL_BEFORE.matcher(lead).find()
                    || NAME_BEFORE.matcher(text.substring(Math.max(0, m.start("body") - 24), m.start("body"))).find()
                    && !SCORE_AFTER.matcher(trail).lookingAt();
            if (day || codeOrCall && !digits.contains(",")) {
                return true;
            }
        }
        boolean looksLikeYear = YEAR_DIGITS.matcher(digits).matches() && m.group("dscale") == null
                && m.group("pct") == null;
        if (!looksLikeYear) {
            return false;
        }
        // "in 2022", "February 2023" are years; "2,000 kilometres" is written with a comma, and "1900 people" is rare.
        String before = text.substring(Math.max(0, m.start("body") - 12), m.start("body")).toLowerCase(Locale.ROOT);
        return !COUNTED_AFTER.matcher(after).lookingAt() || YEAR_BEFORE.matcher(before).find();
    }

    private static Quantity.Qualifier qualifier(String q) {
        if (q == null) {
            return Quantity.Qualifier.EXACT;
        }
        return switch (q.toLowerCase(Locale.ROOT)) {
            case "at least", "no fewer than", "no less than" -> Quantity.Qualifier.AT_LEAST;
            case "more than", "over", "just over", "well over" -> Quantity.Qualifier.MORE_THAN;
            case "at most", "up to", "as many as" -> Quantity.Qualifier.AT_MOST;
            case "fewer than", "less than", "under", "just under" -> Quantity.Qualifier.FEWER_THAN;
            default -> Quantity.Qualifier.ABOUT;
        };
    }
}
