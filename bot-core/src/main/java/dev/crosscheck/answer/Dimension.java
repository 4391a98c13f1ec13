package dev.crosscheck.answer;

import dev.crosscheck.lexicon.RelatedWords;
import dev.crosscheck.quantity.Quantity;
import dev.crosscheck.quantity.Units;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a figure measures, read from its unit ("£4.50", "2,000 kilometers", "10 days", "aged 92"), and what a
 * question asks to be measured ("how far", "how much", "how old"): "How far can it fly?" is answered by the
 * distance in a sentence, not by the count before it ("several dozen Kinzhals … a range of 2,000 kilometers").
 */
enum Dimension {
    MONEY, PERCENT, DISTANCE, DURATION, SPEED, AGE, MASS, AREA, MULTIPLE, SCORE, TEMPERATURE,
    /** A figure in another unit WordNet knows as one: "three gigabytes", "500 megawatts", "20 litres". */
    MEASURE,
    COUNT;

    /**
     * What may stand between the figure and its unit: a scale word the parser left. (A compound, "10-day" or
     * "53-year-old", is no figure to the parser at all.)
     */
    private static final String GAP = "\\s?(?:(?:hundred|thousand|million|billion|trillion|bn|m|k)\\b\\s?)?";
    private static final Pattern AGE_AFTER = Pattern.compile("^ (?:years?|months?) old\\b");
    private static final Pattern AGE_BEFORE = Pattern.compile("\\b(?:aged|age of|age)\\s$");
    /** A news report's age of a person: "Mr Boateng, 53, is to step down". */
    private static final Pattern APPOSITION_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}'’-]+, $");
    /** The word after a figure and its scale, which may name a currency ("12 million euros"). */
    private static final Pattern WORD_AFTER = Pattern.compile("^" + GAP + "(\\p{L}+)");
    /** The units of time, singular or plural, as an alternation: what a duration or a time counted from now is in. */
    static final String TIME_UNITS = "seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|fortnights?|months?|"
            + "years?|decades?|centuries|century";
    private static final Pattern DURATION_AFTER = Pattern.compile("^" + GAP + "(?:" + TIME_UNITS + ")\\b");
    /** A share written as a ratio: "one in ten", "three out of four". */
    private static final Pattern SHARE_AFTER = Pattern.compile("^ (?:in|out of) (?:every )?(?:\\d|(?:two|three|four|"
            + "five|six|seven|eight|nine|ten|twenty|hundred|thousand)\\b)");
    /** A result in sport: "16-9", "6-3 6-1", "won 2–1" (not a range of shares, "20-25%"). */
    private static final Pattern SCORE_AFTER = Pattern.compile("^ ?[-–] ?\\d{1,3}(?![\\d%]|[.,]\\d| ?per ?cent)");
    /** The second half of a result: the "1" of "a 3-1 win". */
    private static final Pattern SCORE_BEFORE = Pattern.compile("(?<![\\d.,])\\d{1,3} ?[-–] ?$");
    /** Degrees: "41.3C", "42 °C", "104F", "39 degrees Celsius" (read from lower-cased text). */
    private static final Pattern TEMPERATURE_AFTER = Pattern.compile("^(?:[cf]\\b|\\s?[°º]\\s?[cf]?|\\s(?:degrees?|"
            + "celsius|fahrenheit|centigrade)\\b)");
    /** A multiple: "six times more", "three times as many", "twice". */
    private static final Pattern MULTIPLE_AFTER = Pattern.compile("^ times (?:more|less|fewer|as|bigger|larger|"
            + "higher|greater|faster|the|over)\\b");

    /** The dimension of the unit written from {@code at} on (after a scale word the parser left), if any. */
    private static Optional<Dimension> unitAt(String text, int at) {
        String after = text.substring(at, Math.min(text.length(), at + 40)).toLowerCase(Locale.ROOT);
        for (Map.Entry<Pattern, Dimension> unit : UNITS_AFTER) {
            if (unit.getKey().matcher(after).find()) {
                return Optional.of(unit.getValue());
            }
        }
        Matcher gap = GAP_AFTER.matcher(text).region(at, text.length());
        return Units.measureAfter(text, gap.lookingAt() ? gap.end() : at).map(m -> switch (m.kind()) {
            case LENGTH -> DISTANCE;
            case AREA -> AREA;
            case WEIGHT -> MASS;
            case VOLUME -> MEASURE;
            case TEMPERATURE -> TEMPERATURE;
        });
    }

    /** A scale word the parser left between a figure and its unit. */
    private static final Pattern GAP_AFTER = Pattern.compile(GAP);

    /**
     * The units written after a figure, in the order they are tried, after a speed ("miles an hour" is no distance)
     * and a currency, and before a length, area, volume or weight ({@link Units}).
     */
    private static final List<Map.Entry<Pattern, Dimension>> UNITS_AFTER = List.of(Map.entry(SCORE_AFTER, SCORE),
            Map.entry(SHARE_AFTER, PERCENT), Map.entry(MULTIPLE_AFTER, MULTIPLE), Map.entry(AGE_AFTER, AGE),
            Map.entry(DURATION_AFTER, DURATION), Map.entry(TEMPERATURE_AFTER, TEMPERATURE));

    /** The nouns a "what" or "which" question names a measure with, singular or plural ("what speeds…"). */
    private static final String MEASURE_NOUNS = "percentages?|proportions?|shares?|per ?cent|fractions?|ages?|speeds?|"
            + "distances?|weights?|prices?|sums?|amounts?|temperatures?";
    /** A question asking for a figure by the measure's noun: "What speed…?", "Which distances…?". */
    static final Pattern MEASURE_ASKED = Pattern.compile("(?i)\\b(?:what|which) (?:" + MEASURE_NOUNS + ")\\b");

    /** What a question measuring something in a named way accepts. */
    private static final Pattern HOW = Pattern.compile("(?i)\\b(?:how (far|long|old|fast|quick|quickly|much|heavy|big|"
            + "large|tall|high|deep|wide|expensive|hot|cold|warm)|(?:what|which) (" + MEASURE_NOUNS + "))\\b");

    /** A figure asked for by its noun: "What was the death toll?", "What is the total?" ("toll", "total"). */
    private static final Pattern FIGURE_NOUN = Pattern.compile("(?i)\\bwhat (?:is|was|are|were|will be) the "
            + "(?:death )?(number|total|toll|tally)\\b");

    /** A question for a result in sport: "What was the score…?", "What was the final scoreline?", "By what score?". */
    static final Pattern SCORE_ASKED = Pattern.compile("(?i)\\b(?:what (?:is|was|were) the (?:[\\p{L}-]+ )?"
            + "(score|scoreline)|by what (score))\\b");

    /** "How far ahead", "how far behind": a lead or a gap, not a distance travelled. */
    private static final Pattern MARGIN = Pattern.compile("(?i)^\\s+(?:ahead|behind|clear|adrift|ahead of|off)\\b");

    /** "How many" and the word after it, which may be a unit ("how many miles"). */
    private static final Pattern HOW_MANY = Pattern.compile("(?i)\\bhow many\\s+([\\p{L}/]+)");
    /** "How much" and the words after it, up to three, which may name what it asks about ("how much net profit"). */
    private static final Pattern HOW_MUCH_NOUN = Pattern.compile("(?i)\\bhow much\\s+((?:\\p{L}+\\s*){1,3})");
    /**
     * "How much" and a verb, closing with "for" or "worth": the price or value construction ("How much was the
     * satellite insured for?", "How much did they sell it for?", "How much is the deal worth?") asks for a sum.
     */
    private static final Pattern HOW_MUCH_FOR = Pattern.compile("(?i)\\bhow much\\s+(?:is|was|are|were|did|does|do|"
            + "has|had|have|will|would|could)\\b.*\\b(?:for|worth)\\W*$");
    /** A "how much" question's closing word: "How much will the repairs cost?" closes with the verb it measures. */
    private static final Pattern HOW_MUCH_CLOSING_VERB = closingWordAfter("\\bhow much\\b");

    /** The noun phrase opening {@code words} ends in a noun WordNet knows as a kind of money. */
    private static boolean endsInMoney(String words, RelatedWords lexicon) {
        return openingNoun(words, lexicon).filter(lexicon::isSumOfMoney).isPresent();
    }

    /**
     * A question's closing word in its base form (no "-s", "-ed" or "-ing"), after {@code opener} ("what", "how
     * much"): the verb whose object the question asks for ("What will it cost?").
     */
    static Pattern closingWordAfter(String opener) {
        return Pattern.compile("(?i)" + opener + ".*?\\b(\\p{L}+(?<!s|ed|ing))\\W*$");
    }

    /**
     * Whether the closing word a {@link #closingWordAfter} pattern finds is the verb of a sum ("cost", "pay"): "How
     * much did it cost?", "What will they pay?" ask for the sum, not for whatever else a sentence measures ("80
     * kilometres north of Lima").
     */
    static boolean closesWithVerbOfASum(Pattern closingWord, String question, RelatedWords lexicon) {
        Matcher closing = closingWord.matcher(question);
        return closing.find() && lexicon.isVerb(closing.group(1)) && lexicon.isSumOfMoney(closing.group(1));
    }

    /** The thing a "how big" asks the size of, after its verb ("was the crowd at…"), is a group WordNet knows. */
    private static boolean isGroup(String after, RelatedWords lexicon) {
        return subjectNoun(after, lexicon).filter(noun -> lexicon.isMostlyKindOf(noun, "group")).isPresent();
    }

    /**
     * Whether "how long" asks how long something goes on rather than how long a thing is: an auxiliary of a verb
     * after it ("How long will the strike last?", "how long did they take"), a closing "for" ("How long is Kerrow
     * banned for?") or a closing verb's form ("How long was the road closed?"). A fresh user's "how long will the
     * M47 be shut for" had been answered with a 12-mile queue; "How long is the Veltmark Canal?" still asks a length.
     */
    private static boolean asksHowLongSomethingLasts(String after, RelatedWords lexicon) {
        Matcher auxiliary = ACTION_AUXILIARY.matcher(after);
        if (auxiliary.lookingAt()) {
            return true;
        }
        Matcher closing = CLOSING_WORD.matcher(after);
        if (!closing.find()) {
            return false;
        }
        String word = closing.group(1).toLowerCase(Locale.ROOT);
        return word.equals("for") || !lexicon.isNoun(word) && lexicon.verbBase(word).isPresent();
    }

    /** An auxiliary of an action right after "how long": not "is" or "was", which ask what a thing measures too. */
    private static final Pattern ACTION_AUXILIARY = Pattern.compile("(?i)^\\s+(?:do|does|did|will|would|might|may|can|"
            + "could|should|must|has|have|had)\\b");
    /** The last word of a question. */
    private static final Pattern CLOSING_WORD = Pattern.compile("(\\p{L}+)\\W*$");

    /**
     * Whether the words after "how old" open with a common noun that is not mostly a person ("the water main"); a
     * person many steps below "person" is one too: "how old is the captain" asked a fresh user's pilot's age, and was
     * answered with his "17 years" of flying.
     */
    private static boolean isThing(String after, RelatedWords lexicon) {
        return subjectNoun(after, lexicon).filter(noun -> !lexicon.isRole(noun)).isPresent();
    }

    /** The noun of the subject after a measure's word: "crowd" in "big was the crowd at…". */
    private static Optional<String> subjectNoun(String after, RelatedWords lexicon) {
        String subject = after.replaceFirst("(?i)^\\s*(?:(?:is|are|was|were|will be)\\s+)?(?:the|a|an|his|her|its|"
                + "their)\\s+", "");
        // "the man who was charged": the relative clause is no part of the noun ("WHO" is a noun to WordNet).
        return openingNoun(RELATIVE_CLAUSE.matcher(subject).replaceFirst(""), lexicon);
    }

    /** A relative clause and all after it. */
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile("(?i)\\s+(?:who|whom|whose|which|that)\\b.*$");

    /**
     * The last of the nouns that open {@code words} ("money did…" → money, "the crowd at…" → crowd). Stricter than
     * the head of a "which" phrase ({@link QuestionAnalyzer#askedNoun}), which may sit past adjectives and names:
     * here the words follow "how much" or a verb, where the first word that is no noun ends the phrase.
     */
    private static Optional<String> openingNoun(String words, RelatedWords lexicon) {
        String head = null;
        for (String w : words.trim().toLowerCase(Locale.ROOT).split("\\s+")) {
            // "at" is WordNet's Laotian coin, "in" its inch: "the crowd at Norman Cook's party" is a crowd.
            if (QuestionAnalyzer.NOT_FOCUS.contains(w) || QuestionAnalyzer.ACTION.contains(w) || !lexicon.isNoun(w)) {
                break;
            }
            head = w;
        }
        return Optional.ofNullable(head);
    }

    /**
     * What a unit the patterns do not list measures, as WordNet files the word in its most frequent sense: a
     * duration, a distance, a mass or an area where it is a time, linear, mass or area unit ("milliseconds",
     * "furlongs"), another unit of measurement otherwise ("gigabytes"); empty for a word that is no unit ("point").
     */
    private static Optional<Dimension> ofUnit(String word, RelatedWords lexicon) {
        if (word.length() < 3) {
            // "a" is WordNet's ampere and angstrom: "15,000 a year" counts.
            return Optional.empty();
        }
        // WordNet files time units apart; the others are units of measurement, which most words after a figure are not,
        // so one lookup settles those (every figure of every candidate asks).
        if (lexicon.isMostlyKindOf(word, "time unit")) {
            return Optional.of(DURATION);
        }
        if (!lexicon.isMostlyKindOf(word, "unit of measurement")) {
            return Optional.empty();
        }
        return Optional.of(MEASURE_KINDS.entrySet().stream().filter(kind -> lexicon.isMostlyKindOf(word, kind.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(MEASURE));
    }

    /** WordNet's kinds of unit of measurement, by the dimension they measure. */
    private static final Map<String, Dimension> MEASURE_KINDS = Map.of("linear unit", DISTANCE, "mass unit", MASS,
            "area unit", AREA);

    /** A noun and the "of" after it: "number of complaints", "the size of the crowd". */
    private static final Pattern NOUN_OF = Pattern.compile("(?i)\\b(\\p{L}+) of\\b");

    /** The first noun a question joins to what it measures with "of" that is a magnitude ("number of …"). */
    private static Optional<String> magnitudeOf(String asked, RelatedWords lexicon) {
        Matcher m = NOUN_OF.matcher(asked);
        while (m.find()) {
            String noun = m.group(1).toLowerCase(Locale.ROOT);
            if (isMagnitude(noun, lexicon)) {
                return Optional.of(noun);
            }
        }
        return Optional.empty();
    }

    /**
     * WordNet knows the noun, in its most frequent sense, as a magnitude ("size", "height", "length", "number",
     * "majority"): a property news gives as a figure.
     */
    static boolean isMagnitude(String noun, RelatedWords lexicon) {
        return lexicon.isMostlyKindOf(noun, "magnitude");
    }

    /**
     * The dimensions a question asks a figure in, from its "how far", "how much", "what percentage", "how many"
     * (a count or a share, or the unit it names: "how many years"); none for a question that measures nothing.
     */
    static Set<Dimension> asked(String question) {
        return asked(QuestionAnalyzer.typedBy(question), RelatedWords.none());
    }

    /**
     * As {@link #asked(String)} for the words that type a question ({@link QuestionAnalyzer#typedBy}), with
     * WordNet telling what "how much" asks of a noun: "how much profit" and "how much compensation" ask for a sum of
     * money, "how much land" for any measure.
     */
    static Set<Dimension> asked(String asked, RelatedWords lexicon) {
        return asked(asked, QuestionAnalyzer.askedNoun(asked, lexicon), lexicon);
    }

    /** As {@link #asked(String, RelatedWords)}, given the noun the question asks for ("what salary"). */
    static Set<Dimension> asked(String asked, Optional<String> noun, RelatedWords lexicon) {
        if (SCORE_ASKED.matcher(asked).find()) {
            return EnumSet.of(SCORE);
        }
        Matcher many = HOW_MANY.matcher(asked);
        if (many.find()) {
            // "How many years" asks a duration, or an age ("36 years old"); "how many people" a count, or a share of
            // them ("40 %").
            String unit = " " + many.group(1).toLowerCase(Locale.ROOT);
            // "how many are in hospital now?": a verb after "how many" names no unit, though WordNet's "are" is one
            // of area (a fresh user's medicine recall had its six in hospital read as no answer).
            String word = unit.trim();
            boolean verb = QuestionAnalyzer.NOT_FOCUS.contains(word) || QuestionAnalyzer.ACTION.contains(word);
            Optional<Dimension> measured = verb ? Optional.empty()
                    : unitAt(unit, 0).or(() -> ofUnit(word, lexicon));
            return measured.map(d -> d == DURATION ? EnumSet.of(DURATION, AGE)
                    : d == MEASURE ? EnumSet.of(MEASURE, COUNT) : EnumSet.of(d)).orElse(EnumSet.of(COUNT, PERCENT));
        }
        Matcher much = HOW_MUCH_NOUN.matcher(asked);
        if (much.find() && endsInMoney(much.group(1), lexicon)
                || noun.filter(lexicon::isSumOfMoney).isPresent()
                || closesWithVerbOfASum(HOW_MUCH_CLOSING_VERB, asked, lexicon)
                || HOW_MUCH_FOR.matcher(asked).find()) {
            return EnumSet.of(MONEY);
        }
        if (much.find(0) && openingNoun(much.group(1), lexicon)
                .flatMap(lexicon::category).filter("substance"::equals).isPresent()) {
            // "How much oil has been spilled?": a substance comes in weights and volumes (or a share of it), not in
            // the kilometres of shore it fouled (a fresh user's oil spill was answered with them).
            return EnumSet.of(MASS, MEASURE, PERCENT);
        }
        Matcher m = HOW.matcher(asked);
        if (!m.find()) {
            return Set.of();
        }
        // A measure's noun in the plural asks as in the singular ("what speeds" → speed).
        String how = m.group(1) != null ? m.group(1).toLowerCase(Locale.ROOT)
                : m.group(2).toLowerCase(Locale.ROOT).replaceAll("s$", "");
        if (how.equals("far") && MARGIN.matcher(asked.substring(m.end())).find()) {
            // "How far ahead are Chelsea?": a margin, in points, seconds, lengths or per cent.
            return EnumSet.of(COUNT, DISTANCE, DURATION, PERCENT);
        }
        return switch (how) {
            case "far", "distance", "tall", "high", "deep", "wide" -> EnumSet.of(DISTANCE);
            case "long" -> asksHowLongSomethingLasts(asked.substring(m.end()), lexicon) ? EnumSet.of(DURATION)
                    : EnumSet.of(DURATION, DISTANCE);
            // A person's age is never a duration: "How old is Priya Halloran?" is not answered by her sentence of "four
            // years, eight months" (a fresh user's fraud trial), while a thing's may be ("How old was the water main?").
            case "old", "age" -> isThing(asked.substring(m.end()), lexicon) ? EnumSet.of(AGE, DURATION)
                    : EnumSet.of(AGE);
            case "fast", "quick", "quickly", "speed" -> EnumSet.of(SPEED, DURATION);
            case "heavy", "weight" -> EnumSet.of(MASS);
            case "hot", "cold", "warm", "temperature" -> EnumSet.of(TEMPERATURE);
            case "expensive", "price", "sum" -> EnumSet.of(MONEY);
            // "How big was the crowd?": the size of a group is how many are in it ("a crowd of 360,000").
            case "big", "large" -> isGroup(asked.substring(m.end()), lexicon) ? EnumSet.complementOf(EnumSet.of(SCORE))
                    : EnumSet.complementOf(EnumSet.of(COUNT, SCORE));
            case "percentage", "proportion", "share", "percent", "per cent", "fraction" -> EnumSet.of(PERCENT);
            // "How much", "what amount": a quantity in some unit, never a bare count ("50,000 sold") nor a score.
            default -> EnumSet.complementOf(EnumSet.of(COUNT, SCORE));
        };
    }

    /**
     * The word a question names its measure with ("fast" in "How fast was the train going?", "share" in "what share
     * of…", "score"), which a figure in that measure answers rather than repeats; empty for "how much" and "how many".
     */
    static Optional<String> measuringWord(String asked) {
        return measuringWord(asked, RelatedWords.none());
    }

    /**
     * As {@link #measuringWord(String)}, with WordNet telling the noun of "how much" that is money itself ("How much
     * money did the government want?" is answered by "$280bn", which names no money): not a kind of sum ("how much
     * profit"), which a sum answers only where the report says what it is.
     */
    static Optional<String> measuringWord(String asked, RelatedWords lexicon) {
        Matcher much = HOW_MUCH_NOUN.matcher(asked);
        if (much.find()) {
            return openingNoun(much.group(1), lexicon).filter(noun -> lexicon.isMostlyKindOf(noun, "money"));
        }
        Matcher score = SCORE_ASKED.matcher(asked);
        if (score.find()) {
            return Optional.of((score.group(1) != null ? score.group(1) : score.group(2)).toLowerCase(Locale.ROOT));
        }
        Matcher m = HOW.matcher(asked);
        if (!m.find()) {
            Matcher noun = FIGURE_NOUN.matcher(asked);
            // "What's the size of the gap?" is answered by "a £36.8m gap", which says no size, and "number of
            // complaints so far?" by "11,500 complaints".
            return noun.find() ? Optional.of(noun.group(1).toLowerCase(Locale.ROOT))
                    : QuestionAnalyzer.askedNoun(asked, lexicon).filter(n -> isMagnitude(n, lexicon))
                    .or(() -> magnitudeOf(asked, lexicon));
        }
        String how = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
        return how.equals("much") ? Optional.empty() : Optional.of(how);
    }

    /** What a figure in a sentence measures, by the unit written with it; a bare number counts. */
    static Dimension of(String sentence, Quantity q) {
        return of(sentence, q, RelatedWords.none());
    }

    /**
     * The whole result in sport the figure from {@code start} to {@code end} is half of, "4-1" for the 4 or the 1 of
     * "won 4-1", as its start and end in the sentence; the figure's own when it is none.
     */
    static Stretch result(String sentence, int start, int end) {
        Matcher after = SCORE_AFTER.matcher(sentence).region(end, sentence.length());
        if (after.lookingAt()) {
            return new Stretch(start, after.end());
        }
        Matcher before = SCORE_BEFORE.matcher(sentence).region(Math.max(0, start - 8), start);
        return before.find() ? new Stretch(before.start(), end) : new Stretch(start, end);
    }

    /** Where a piece of a sentence starts and ends. */
    record Stretch(int start, int end) {
    }

    /**
     * As {@link #of(String, Quantity)}, with WordNet telling a unit the patterns do not know from a counted noun:
     * "three gigabyte" measures, "three phones" counts.
     */
    static Dimension of(String sentence, Quantity q, RelatedWords lexicon) {
        if (q.percent()) {
            return PERCENT;
        }
        if (Units.currencyBefore(sentence, q.start()).isPresent()) {
            return MONEY;
        }
        String before = sentence.substring(Math.max(0, q.start() - 30), q.start());
        String after = sentence.substring(q.end(), Math.min(sentence.length(), q.end() + 40))
                .toLowerCase(Locale.ROOT);
        if (SCORE_BEFORE.matcher(before).find()) {
            return SCORE;
        }
        if (AGE_BEFORE.matcher(before.toLowerCase(Locale.ROOT)).find()
                || APPOSITION_BEFORE.matcher(before).find() && after.startsWith(",")) {
            return AGE;
        }
        if (Units.speedAfter(sentence, q.end()).isPresent()) {
            return SPEED;
        }
        Matcher word = WORD_AFTER.matcher(after);
        if (word.find() && Units.currencyNamed(word.group(1)).isPresent()) {
            return MONEY;
        }
        Optional<Dimension> unit = unitAt(sentence, q.end());
        if (unit.isPresent()) {
            return unit.get();
        }
        return word.find(0) ? ofUnit(word.group(1), lexicon).orElse(COUNT) : COUNT;
    }
}
