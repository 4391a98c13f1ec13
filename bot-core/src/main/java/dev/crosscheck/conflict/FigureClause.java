package dev.crosscheck.conflict;

import dev.crosscheck.quantity.QuantityParser;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a figure's clause says of it: what happened to what it counts, in the news lexicon's words
 * ({@link Lexicon#EVENTS}: "killed" for "five people were killed", "injured" for "two people were wounded"), and the
 * day of the week it is tied to. Answers read it so that "How many were hurt?" is not answered by a death toll, nor
 * "How many were shot down?" by the count of missiles fired, nor "…on Wednesday?" by Tuesday's figure.
 */
public final class FigureClause {
    private static final Pattern WEEKDAY = Pattern.compile("\\b(" + ReportTime.WEEKDAYS + ")\\b");

    private FigureClause() {
    }

    /**
     * The events a question's words name ("How many were hurt?": injured); empty when it names none. Events that
     * only happen to jobs (cut or created) are left out: "new" and "lost" say other things too; a sum's ("fund",
     * "fine") are not.
     */
    public static Set<String> events(String question) {
        Set<String> out = new HashSet<>();
        Matcher m = Lexicon.EVENT_PHRASE.matcher(QuantityParser.lowerCased(question));
        while (m.find()) {
            // "destroyed" asks of missiles intercepted and of homes damaged alike; a sum's use ("fund", "fine") asks of
            // a sum.
            for (Lexicon.Event e : Lexicon.eventsOf(m)) {
                if (asked(e)) {
                    out.add(e.name());
                }
            }
        }
        return Set.copyOf(out);
    }

    /** Whether a question's words can name the event: not one only jobs undergo ({@link #events}). */
    private static boolean asked(Lexicon.Event e) {
        return e.fits(null) || e.fits("money");
    }

    /** The days of the week a question's words name ("…postponed on Wednesday?": wednesday); empty when none. */
    public static Set<String> days(String question) {
        Set<String> out = new HashSet<>();
        WEEKDAY.matcher(QuantityParser.lowerCased(question)).results().forEach(m -> out.add(m.group(1)));
        return Set.copyOf(out);
    }

    /**
     * The event named nearest a figure in its sentence, within its clause (no semicolon, colon or bracket between
     * them), or null when none is: "killed" for the six of "six passengers were killed and around 40 injured",
     * "injured" for its 40.
     */
    public static String event(String sentence, int figureStart, int figureEnd) {
        return nearest(sentence, figureStart, figureEnd, Lexicon.EVENT_PHRASE, m -> {
            Lexicon.Event e = Lexicon.eventOf(m);
            return asked(e) ? e.name() : null;
        });
    }

    /** The day of the week named nearest a figure within its clause ("210 surgeries … on Tuesday"), or null. */
    public static String day(String sentence, int figureStart, int figureEnd) {
        return nearest(sentence, figureStart, figureEnd, WEEKDAY, m -> m.group(1));
    }

    /**
     * A subject that is a count of something: "the number of people treated in hospital after the leak", "the total
     * number of people treated for injuries".
     */
    private static final Pattern COUNTED_SUBJECT = Pattern.compile("\\b(?:the|a) (?:total )?(?:number|total|tally) "
            + "of\\b");
    /**
     * How a count's new value follows it: "…has risen to 57", "…reached 64", "…now stands at 41", "…has climbed past
     * 6,000".
     */
    private static final Pattern COUNT_REACHES = Pattern.compile("\\b(?:risen|rose|climbed|increased|grown|jumped|"
            + "gone up|fallen|fell|dropped|reached|reaches|hit|stands|stood)(?: to| at| past| above)?"
            + "(?: about| around| some| at least| more than| over| nearly| almost)? $");

    /**
     * A count brought to its new value by what the clause before tells: "…, bringing the total number of arrests to
     * 22", "taking the number of confirmed cases to 41".
     */
    private static final Pattern TO_BEFORE = Pattern.compile("\\bto(?: about| around| some| at least| more than| over|"
            + " nearly| almost)? $");
    private static final Pattern BROUGHT_TO = Pattern.compile("\\b(?:bringing|brings|brought|taking|takes|took|"
            + "pushing|pushes|pushed|raising|raises|raised) ((?:the|a) (?:total )?(?:number|total|tally) of\\b)"
            + "[^;:,]{1,60}?(\\bto)(?: about| around| some| at least| more than| over| nearly| almost)? $");

    /**
     * The "the number of" whose new value a figure is ("The number of deaths linked to the heatwave has risen to
     * seven"), as {start, end, where the count's own verb starts ("risen")}: what the figure counts is written after
     * it. Null when the figure is none's, or another clause of its own (";", ":") stands between. Reads
     * {@link QuantityParser#lowerCased} text.
     */
    public static int[] countedSubject(String lower, int figureStart) {
        Matcher reaches = COUNT_REACHES.matcher(lower).region(Math.max(0, figureStart - 40), figureStart);
        if (!reaches.find()) {
            // Most figures follow no "to": the longer pattern is read only after one.
            Matcher to = TO_BEFORE.matcher(lower).region(Math.max(0, figureStart - 30), figureStart);
            Matcher brought = to.find() ? BROUGHT_TO.matcher(lower).region(Math.max(0, figureStart - 100),
                    figureStart) : null;
            return brought != null && brought.find() ? new int[] {brought.start(1), brought.end(1), brought.start(2)}
                    : null;
        }
        Matcher subject = COUNTED_SUBJECT.matcher(lower).region(0, figureStart);
        int[] last = null;
        while (subject.find()) {
            last = new int[] {subject.start(), subject.end(), reaches.start()};
        }
        return last == null || lower.substring(last[0], figureStart).matches("(?s).*[;:].*") ? null : last;
    }

    /** Words after a count that make it a count of some beyond others: "two other schools", "dozens more". */
    private static final Pattern BEYOND_OTHERS = Pattern.compile("(?i)^\\s+(?:other|more|further|additional)\\b");

    /**
     * Whether the count ending at {@code figureEnd} counts some beyond others the text names or gave before
     * ("Pellham Primary, St Aidan's and two other schools", "dozens more were killed", "five other deaths"): a
     * part, which no total differs from.
     */
    public static boolean beyondOthers(String text, int figureEnd) {
        return BEYOND_OTHERS.matcher(text).region(figureEnd, text.length()).lookingAt();
    }

    private static String nearest(String sentence, int figureStart, int figureEnd, Pattern pattern,
                                  Function<MatchResult, String> named) {
        String lower = QuantityParser.lowerCased(sentence);
        Matcher m = pattern.matcher(lower).region(clauseStart(lower, figureStart), clauseEnd(lower, figureEnd));
        String before = null;
        int beforeEnd = -1;
        String after = null;
        int afterStart = Integer.MAX_VALUE;
        while (m.find()) {
            String name = named.apply(m);
            if (name == null || m.start() < figureEnd && m.end() > figureStart) {
                continue;
            }
            if (m.end() <= figureStart) {
                before = name;
                beforeEnd = m.end();
            } else if (m.start() < afterStart) {
                after = name;
                afterStart = m.start();
            }
        }
        if (before == null || after == null) {
            return before != null ? before : after;
        }
        // A figure that opens a clause joined by "and" is that clause's: "One person was killed and 27 others were
        // injured" counts 27 injured, though "killed" is nearer.
        if (COORDINATED.matcher(lower.substring(beforeEnd, figureStart)).find()) {
            return after;
        }
        return figureStart - beforeEnd <= afterStart - figureEnd ? before : after;
    }

    /** A conjunction that joins another clause. */
    private static final Pattern COORDINATED = Pattern.compile("\\b(?:and|but|while|whereas)\\b");

    private static final String CLAUSE_MARKS = ";:()\"“”";

    /** The marks that bound a clause read to its commas ({@link #betweenMarks}). */
    private static final String CLAUSE_OR_PHRASE_MARKS = ",;:()";

    /**
     * The stretch around [{@code from}, {@code to}) that commas, semicolons, colons and brackets bound: the clause or
     * phrase a figure or a word stands in, as {start, end}.
     */
    static int[] betweenMarks(String text, int from, int to) {
        int start = 0;
        for (int i = from - 1; i >= 0; i--) {
            if (CLAUSE_OR_PHRASE_MARKS.indexOf(text.charAt(i)) >= 0) {
                start = i + 1;
                break;
            }
        }
        int end = text.length();
        for (int i = to; i < text.length(); i++) {
            if (CLAUSE_OR_PHRASE_MARKS.indexOf(text.charAt(i)) >= 0) {
                end = i;
                break;
            }
        }
        return new int[] {start, end};
    }

    private static int clauseStart(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int clauseEnd(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            if (CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
