package dev.crosscheck.conflict;

import dev.crosscheck.quantity.QuantityParser;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * What happened to what a figure counts, in the news lexicon's words ({@link Lexicon#EVENTS}): "killed" for "five
 * people were killed", "injured" for "two people were wounded". Answers read it so that "How many were hurt?" is not
 * answered by a death toll, nor "How many were shot down?" by the count of missiles fired.
 */
public final class FigureEvents {
    private FigureEvents() {
    }

    /**
     * The events a question's words name ("How many were hurt?": injured); empty when it names none. Events that
     * only happen to one kind of thing (jobs cut or created) are left out: "new" and "lost" say other things too.
     */
    public static Set<String> named(String question) {
        Set<String> out = new HashSet<>();
        Matcher m = Lexicon.EVENT_PHRASE.matcher(QuantityParser.lowerCased(question));
        while (m.find()) {
            Lexicon.Event e = Lexicon.eventOf(m);
            if (e.units().isEmpty()) {
                out.add(e.name());
            }
        }
        return Set.copyOf(out);
    }

    /**
     * The event named nearest a figure in its sentence, within its clause (no semicolon, colon or bracket between
     * them), or null when none is: "killed" for the six of "six passengers were killed and around 40 injured",
     * "injured" for its 40.
     */
    public static String of(String sentence, int figureStart, int figureEnd) {
        String lower = QuantityParser.lowerCased(sentence);
        int from = clauseStart(lower, figureStart);
        int to = clauseEnd(lower, figureEnd);
        Matcher m = Lexicon.EVENT_PHRASE.matcher(lower).region(from, to);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        while (m.find()) {
            Lexicon.Event e = Lexicon.eventOf(m);
            if (!e.units().isEmpty() || m.start() < figureEnd && m.end() > figureStart) {
                continue;
            }
            int d = m.start() >= figureEnd ? m.start() - figureEnd : figureStart - m.end();
            if (d < bestDistance) {
                bestDistance = d;
                best = e.name();
            }
        }
        return best;
    }

    private static final String CLAUSE_MARKS = ";:()\"“”";

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
