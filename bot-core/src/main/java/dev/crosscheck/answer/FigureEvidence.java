package dev.crosscheck.answer;

import dev.crosscheck.answer.AnswerEvidence.Asked;
import dev.crosscheck.answer.AnswerEvidence.Found;
import dev.crosscheck.conflict.FigureClause;
import dev.crosscheck.index.Token;
import dev.crosscheck.lexicon.RelatedWords;
import dev.crosscheck.quantity.Quantity;
import dev.crosscheck.quantity.QuantityParser;
import dev.crosscheck.quantity.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figure in a sentence that answers a "how many", "how much" or "how far" question: in the measure asked for,
 * tied to the place asked about, counting what the question counts.
 */
final class FigureEvidence {
    /** The measures a figure joined to its unit may answer: not "how much", which a count or a sum answers too. */
    private static final Set<Dimension> MEASURES = java.util.EnumSet.of(Dimension.AGE, Dimension.DURATION,
            Dimension.DISTANCE, Dimension.SPEED, Dimension.MASS, Dimension.AREA);

    /** A figure joined to its unit as an adjective: "the 120-km line", "a 10-day trip", "the 28-year-old". */
    private static final Pattern MEASURE_COMPOUND = Pattern.compile("(?i)\\b(\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?"
            + "|[a-z]+(?:-[a-z]+)?)-([a-z]+)(-old)?\\b");

    /** How many analysed words either side of a figure say what it counts ("81 missiles", "killed at least six"). */
    private static final int MEASURE_REACH = 4;

    /**
     * The figure that answers: of the figures the question does not already hold, in the dimension it asks for if it
     * asks for one, the one with most question words around it, so "six" wins over "81" in "81 missiles, including
     * six Kinzhal missiles" for a Kinzhal question.
     */
    static Optional<Found> find(String sentence, SentenceTerms.Analysed analysed, Asked asked) {
        List<Token> tokens = analysed.tokens();
        List<Quantity> given = asked.analysis().figures();
        Found best = null;
        double bestCloseness = -1;
        boolean bestInPlace = false;
        boolean bestCounts = false;
        String place = asked.analysis().place();
        Set<Dimension> dimensions = asked.analysis().dimensions();
        Map<String, String> counted = asked.counted();
        boolean ordinals = asked.ordinals();
        List<SentenceFigures.Figure> figures = analysed.figures().figures();
        if (!dimensions.isEmpty() && MEASURES.containsAll(dimensions) && !analysed.figures().compounds().isEmpty()) {
            figures = new ArrayList<>(figures);
            figures.addAll(analysed.figures().compounds());
        }
        for (SentenceFigures.Figure figure : figures) {
            Quantity q = figure.quantity();
            if (q.ordinal() && !ordinals) {
                continue;
            }
            if (given.stream().anyMatch(a -> a.value() == q.value())) {
                continue;
            }
            if (namePart(sentence, q)) {
                continue;
            }
            // "one" is more often a pronoun ("one of the bloodiest battles") than a count, unless a share
            // ("one in ten").
            boolean one = q.value() == 1 && q.surface().toLowerCase(Locale.ROOT).endsWith("one");
            Dimension dimension = figure.dimension();
            // "How far can it fly?" is answered by a distance ("2,000 kilometers"), not by a count ("several dozen"),
            // and "how much" by a sum, a share or a measure, not by a bare count ("50,000 sold").
            if (one && dimension != Dimension.PERCENT
                    || !dimensions.isEmpty() && !dimensions.contains(dimension) && !ofAsked(sentence, q, asked)) {
                continue;
            }
            if (countsOtherThanAsked(sentence, q, asked)) {
                continue;
            }
            if (dimension == Dimension.AGE && dimensions.contains(Dimension.DURATION)
                    && agesAPerson(sentence, q, asked.lexicon())) {
                // A thing's age is asked ("How old was the water main?"): "A 78-year-old man has been found dead"
                // ages someone else.
                continue;
            }
            Set<String> measure = measure(sentence, tokens, q, counted);
            measure.addAll(eventWords(asked, sentence, q.start(), q.end()));
            double closeness = AnswerEvidence.closeness(tokens, q.start(), q.end(), counted.keySet());
            String scope = figure.scope();
            // A figure of the thing asked about, tied to the place asked about, comes first: "three killed in
            // Kharkiv", not "dozens more in Lviv", for "How many died in Kharkiv?" ("two days after … near Marrevik"
            // counts no deaths).
            boolean inPlace = !measure.isEmpty() && !place.isEmpty() && Places.samePlace(scope, place);
            // Then a figure written before the thing asked about: "34 cruise missiles", not the "four" of "…missiles
            // and four Shahed drones", for "How many missiles…?".
            boolean counts = counted.containsKey(countedAfter(sentence, tokens, q));
            if (best == null || inPlace && !bestInPlace
                    || inPlace == bestInPlace && (counts && !bestCounts
                    || counts == bestCounts && closeness > bestCloseness)) {
                best = new Found(key(q), q.start(), q.end(), scope, measure, !measure.isEmpty(), closeness);
                bestCloseness = closeness;
                bestInPlace = inPlace;
                bestCounts = counts;
            }
        }
        if (best == null) {
            return nobody(sentence, asked);
        }
        return Optional.of(wholeResult(sentence, best));
    }

    /**
     * Whether an age is a person's: set off by commas after a name ("Ronald Thwaite, 58,") or written before a noun
     * WordNet knows mostly as a person ("a 78-year-old man").
     */
    private static boolean agesAPerson(String sentence, Quantity q, RelatedWords lexicon) {
        Matcher after = AGED_NOUN.matcher(sentence).region(q.end(), sentence.length());
        if (!after.lookingAt()) {
            return false;
        }
        if (after.group(1) == null) {
            return true;
        }
        for (String word : after.group(1).trim().split("\\s+")) {
            if (lexicon.isMostlyKindOf(word.toLowerCase(Locale.ROOT), "person")) {
                return true;
            }
        }
        return false;
    }

    /** What follows an age: a comma (an apposition), or the unit's rest and up to three words ("-year-old man"). */
    private static final Pattern AGED_NOUN = Pattern.compile("\\s*,|(?:-[\\p{L}-]*)?((?:\\s+[\\p{L}-]+){1,3})");

    /**
     * Whether a measure is written of the thing the question asks about ("148 millimetres of rain", "148 mm of rain"
     * for "How much rain fell?"): a measure of it, in whatever unit, though the question's kind of thing is more
     * often weighed or counted in litres.
     */
    private static boolean ofAsked(String sentence, Quantity q, Asked asked) {
        // Only for a question asking an amount: "45 million litres of water" is no age of "the water main".
        Set<Dimension> dimensions = asked.analysis().dimensions();
        if (!dimensions.contains(Dimension.MASS) && !dimensions.contains(Dimension.MEASURE)) {
            return false;
        }
        int end = Units.measureAfter(sentence, q.end()).map(Units.Measure::end).orElse(-1);
        if (end < 0) {
            return false;
        }
        Matcher of = OF_NOUN.matcher(sentence).region(end, sentence.length());
        return of.lookingAt() && asked.analysis().terms().stream()
                .anyMatch(t -> !t.name() && t.word().equalsIgnoreCase(of.group(1)));
    }

    /** "of" and the noun after it, right after a measure's unit: "of rain", "of the oil". */
    private static final Pattern OF_NOUN = Pattern.compile("\\s+of\\s+(?:the\\s+)?(\\p{L}+)");

    /**
     * A count of nobody, for a question asking how many something happened to: "no reports of casualties or injuries
     * have emerged" answers "How many people were hurt there?", "No one was killed" how many died. Only for what the
     * lexicon knows happens to people or things (killed, injured, arrested…), the denial before the event's word
     * within its clause.
     */
    private static Optional<Found> nobody(String sentence, Asked asked) {
        // The event asked, named right after the denial, confirms it counts what is asked, and covers the question's
        // word for it ("hurt" by "injuries") as a figure's event does; the reply gives both.
        return denial(sentence, asked.events()).map(d -> new Found("0", d.start(), d.end(), "", d.events(), true, 0)
                .giving(d.start(), d.through()));
    }

    /**
     * Where a sentence denies that any of {@code events} happened: the denial's words ({@code start}, {@code end}),
     * the end of the fewest words after it naming an event denied ({@code through}: "no reports of casualties or
     * injuries"), and those events.
     */
    record Denial(int start, int end, int through, Set<String> events) {
    }

    /** The first denial of one of {@code events} in the sentence, within a few words and its clause; else empty. */
    static Optional<Denial> denial(String sentence, Set<String> events) {
        if (events.isEmpty()) {
            return Optional.empty();
        }
        Matcher none = NOBODY.matcher(sentence);
        while (none.find()) {
            // The fewest words after the denial that name an event asked: "no reports of casualties or injuries".
            Matcher word = NEXT_WORD.matcher(sentence).region(none.end(), sentence.length());
            for (int words = 0; words < DENIAL_REACH && word.lookingAt(); words++) {
                Set<String> denied = new java.util.HashSet<>(
                        FigureClause.events(sentence.substring(none.start(), word.end())));
                denied.retainAll(events);
                if (!denied.isEmpty()) {
                    return Optional.of(new Denial(none.start(), none.end(), word.end(), denied));
                }
                word.region(word.end(), sentence.length());
            }
        }
        return Optional.empty();
    }

    /** The words that deny there were any: "no one", "nobody", "no" before a noun, "none". */
    private static final Pattern NOBODY = Pattern.compile("\\b(?:[Nn]o one|[Nn]obody|[Nn]one|[Nn]o(?= \\p{L}))\\b");
    /** The next word after a denial, within its clause. */
    private static final Pattern NEXT_WORD = Pattern.compile("[ \\-][\\p{L}'’]+");
    /** How many words after a denial may name what it denies. */
    private static final int DENIAL_REACH = 6;

    /**
     * Whether a figure counts something else than the question asks: "How many were hurt?" is not answered by a
     * toll of the killed, "How many were shot down?" by the missiles fired, nor "How many surgeries were postponed
     * on Wednesday?" by Tuesday's, however close in meaning the sentence is.
     */
    private static boolean countsOtherThanAsked(String sentence, Quantity q, Asked asked) {
        String event = asked.events().isEmpty() ? null : FigureClause.event(sentence, q.start(), q.end());
        if (event != null && !asked.events().contains(event)) {
            return true;
        }
        String day = asked.days().isEmpty() ? null : FigureClause.day(sentence, q.start(), q.end());
        return day != null && !asked.days().contains(day);
    }

    /**
     * Whether every figure of the sentence counts something else than the question asks (another event, another
     * day), and nothing it asks about is in it: "At least five people were killed…" says nothing of how many were
     * hurt, however near its words are to the question's (read with the conversation's, "killed in the strikes").
     */
    static boolean countsOnlyOtherThanAsked(String sentence, SentenceTerms.Analysed analysed, Asked asked) {
        // What is asked may be in the sentence untied to a figure ("…and dozens were hurt on Monday"): it stays.
        boolean mayHold = (asked.events().isEmpty()
                || !java.util.Collections.disjoint(FigureClause.events(sentence), asked.events()))
                && (asked.days().isEmpty()
                || !java.util.Collections.disjoint(FigureClause.days(sentence), asked.days()));
        if (asked.events().isEmpty() && asked.days().isEmpty() || mayHold) {
            return false;
        }
        List<Quantity> given = asked.analysis().figures();
        boolean any = false;
        for (SentenceFigures.Figure figure : analysed.figures().figures()) {
            Quantity q = figure.quantity();
            if (q.ordinal() || given.stream().anyMatch(a -> a.value() == q.value()) || namePart(sentence, q)) {
                continue;
            }
            if (!countsOtherThanAsked(sentence, q, asked)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** A result is given whole, and sources agree on it whole: "4-1", not the "1" of a 1-1 draw. */
    private static Found wholeResult(String sentence, Found figure) {
        Dimension.Stretch whole = Dimension.result(sentence, figure.start(), figure.end());
        if (whole.start() == figure.start() && whole.end() == figure.end()) {
            return figure;
        }
        return new Found(sentence.substring(whole.start(), whole.end()).replaceAll("\\D+", "-"), whole.start(),
                whole.end(), figure.scope(), figure.measure(), figure.cued(), figure.closeness());
    }

    /** A figure joined to its unit as an adjective, and what the unit measures. */
    record Compound(Quantity quantity, Dimension dimension) {
    }

    /**
     * The figures a sentence joins to their units as adjectives, with what each measures: "the 28-year-old world
     * number one", "a five-month-old boy", "a two-hour delay". News gives ages and times so more often than "aged 28"
     * or "for two hours", and the figure parser reads a compound as a figure only when its unit is a length, area,
     * volume or weight ("the 120-km line", {@link Units#measureAfter}), which it reads itself; one without a unit
     * counts nothing a claim could ("a 35-nation board") and is left out here too.
     */
    static List<Compound> measureCompounds(String sentence) {
        List<Compound> out = new ArrayList<>();
        Matcher m = MEASURE_COMPOUND.matcher(sentence);
        while (m.find()) {
            String number = m.group(1);
            if (Units.measureAfter(sentence, m.end(1)).isPresent()) {
                continue; // the parser's own figure
            }
            List<Quantity> read = QuantityParser.parse(number.replace('-', ' '));
            if (read.size() != 1 || read.get(0).end() - read.get(0).start() != number.length()) {
                continue;
            }
            // What the unit measures, as if it were written apart: "120 km", "28 year old".
            String apart = number + " " + m.group(2) + (m.group(3) == null ? "" : " old");
            Quantity figure = read.get(0);
            Dimension dimension = Dimension.of(apart, new Quantity(figure.value(), figure.qualifier(), false, false,
                    0, number.length(), number));
            if (dimension != Dimension.COUNT) {
                out.add(new Compound(new Quantity(figure.value(), Quantity.Qualifier.EXACT, false, false, m.start(1),
                        m.end(1), number), dimension));
            }
        }
        return out;
    }

    /**
     * The stem of what a figure counts: the last of the words written right after it, up to a punctuation mark or a
     * word the analyzer drops ("34 cruise missiles and…": "missil"), or "" when a figure has none.
     */
    private static String countedAfter(String sentence, List<Token> tokens, Quantity q) {
        String head = "";
        int from = q.end();
        // "1,150 of its 4,800 jobs": the part counts what its whole counts.
        Matcher whole = OF_WHOLE.matcher(sentence).region(q.end(), sentence.length());
        if (whole.lookingAt()) {
            from = whole.end();
        }
        for (Token t : tokens) {
            if (t.end() <= from) {
                continue;
            }
            if (t.start() < from || !sentence.substring(from, t.start()).isBlank()) {
                break;
            }
            head = t.stem();
            from = t.end();
        }
        return head;
    }

    /** A whole after a part's figure: " of its 4,800", " of the 40". */
    private static final Pattern OF_WHOLE = Pattern.compile("(?i)\\s+of\\s+(?:its|the|their|his|her|our|all)\\s+"
            + "\\d[\\d,.]*(?:\\s+(?:thousand|million|billion))?");

    /**
     * The question's words (by {@link Asked#counted}) within reach of the figure, or of "the number of" whose new
     * value it is ("The number of deaths linked to the heatwave has risen to seven"): what it counts.
     */
    private static Set<String> measure(String sentence, List<Token> tokens, Quantity q, Map<String, String> counted) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.end() > q.start() && t.start() < q.end()) {
                first = first < 0 ? i : first;
                last = i;
            } else if (t.start() >= q.end() && first < 0) {
                first = i;
                last = i - 1;
                break;
            }
        }
        if (first < 0) {
            first = tokens.size();
            last = tokens.size() - 1;
        }
        Set<String> out = new java.util.HashSet<>();
        addCounted(tokens, Math.max(0, first - MEASURE_REACH), last + MEASURE_REACH, counted, out);
        int[] subject = FigureClause.countedSubject(QuantityParser.lowerCased(sentence), q.start());
        if (subject != null) {
            int from = 0;
            while (from < tokens.size() && tokens.get(from).start() < subject[1]) {
                from++;
            }
            addCounted(tokens, from, from + MEASURE_REACH - 1, counted, out);
        }
        return out;
    }

    /**
     * The question's words naming what happened to what it counts ("died"), when the figure from {@code start} to
     * {@code end} is said to be of that: "The death toll … has risen to 58" for "How many people died?".
     */
    static Set<String> eventWords(Asked asked, String sentence, int start, int end) {
        if (asked.events().isEmpty()) {
            return Set.of();
        }
        String event = FigureClause.event(sentence, start, end);
        if (event == null || !asked.events().contains(event)) {
            return Set.of();
        }
        Set<String> out = new java.util.HashSet<>();
        for (QuestionAnalysis.Term t : asked.analysis().terms()) {
            if (FigureClause.events(t.word()).contains(event)) {
                out.add(t.word().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static void addCounted(List<Token> tokens, int from, int to, Map<String, String> counted,
                                   Set<String> out) {
        for (int i = from; i <= Math.min(tokens.size() - 1, to); i++) {
            String word = counted.get(tokens.get(i).stem());
            if (word != null) {
                out.add(word);
            }
        }
    }

    /** A capitalised word after another word, then one space: where a number written in digits ends a name. */
    private static final Pattern NAME_BEFORE = Pattern.compile("\\S\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*\\s$");

    /**
     * A number in digits right after a capitalised word inside a sentence is part of a name, not a count: "Microsoft's
     * Xbox 2", "Channel 4", "Formula 1", "Halo 2".
     */
    private static boolean namePart(String sentence, Quantity q) {
        return !q.percent() && !q.surface().isEmpty() && Character.isDigit(q.surface().charAt(0))
                && NAME_BEFORE.matcher(sentence.substring(Math.max(0, q.start() - 40), q.start())).find();
    }

    /** The sentence counts its figure {@code key} beyond others ({@link FigureClause#beyondOthers}). */
    static boolean countsBeyondOthers(String sentence, String key) {
        return QuantityParser.parse(sentence).stream().anyMatch(q -> key(q).equals(key)
                && FigureClause.beyondOthers(sentence, q.end()));
    }

    /** A figure's unit words, then a bracket: "1.55bn euros ($2bn; £1.1bn)" gives the sum in other currencies. */
    private static final Pattern CONVERSION = Pattern.compile("^[^(),;.]{0,20}\\(([^()]{1,60})\\)");

    /**
     * The sentence gives its figure {@code key} and {@code other} as one amount, one of them in a bracket after the
     * other in other units: "1.55bn euros ($2bn; £1.1bn)" says what "$2bn" and "£1.1bn" say, as "120 miles (193km)"
     * says what "193km" does.
     */
    static boolean restates(String sentence, String key, String other) {
        if (sentence.indexOf('(') < 0) {
            return false; // no bracket, no conversion: most sentences are not parsed for one
        }
        for (Quantity q : QuantityParser.parse(sentence)) {
            Matcher bracket = CONVERSION.matcher(sentence).region(q.end(), sentence.length());
            if (!bracket.lookingAt()) {
                continue;
            }
            Set<String> amount = new java.util.HashSet<>();
            amount.add(key(q));
            QuantityParser.parse(bracket.group(1)).forEach(converted -> amount.add(key(converted)));
            if (amount.contains(key) && amount.contains(other)) {
                return true;
            }
        }
        return false;
    }

    /** A figure as sources are compared on it: its value, with "%" for a share and "th" for an ordinal. */
    static String key(Quantity q) {
        String v = q.value() == Math.rint(q.value()) ? Long.toString((long) q.value()) : Double.toString(q.value());
        return (q.percent() ? v + "%" : v) + (q.ordinal() ? "th" : "");
    }

    private FigureEvidence() {
    }
}
