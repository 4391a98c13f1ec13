package dev.crosscheck.answer;

import dev.crosscheck.index.Demonyms;
import dev.crosscheck.index.NameVariants;
import dev.crosscheck.lexicon.RelatedWords;
import dev.crosscheck.quantity.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The place a figure is counted in, read from its sentence, and the place a question asks about. */
final class Places {
    private static final Pattern CLAUSE_END = Pattern.compile("[,;.:]|\\b(and|that|which|who|for|but|while)\\b");

    /** Where a list of places ends: "in the western Lviv region and the central Dnipro region" goes on past "and". */
    private static final Pattern PLACES_END = Pattern.compile("[,;.:]|\\b(that|which|who|for|but|while)\\b");

    private static final Pattern PLACE_SCOPE = Pattern.compile("\\b(?i:in|near|on|at) (the )?([a-z]+(ern|-eastern|"
            + "-western)? )?(city|town|village|region|district|province|area|port|oblast)?( of)? ?\\p{Lu}");

    /** "to the college", "towards Kessling": where something goes ("to protest" is a purpose, and no place). */
    private static final Pattern DESTINATION = Pattern.compile("\\b(?i:to|towards)\\s+(?:(?i:the|a|an|their|his|her|its)"
            + "\\b|\\p{Lu})");

    /**
     * The place a figure is tied to, or "" when none: the name after a place phrase in its own clause ("five killed
     * in the western Lviv region": "Lviv") or in one that opens the sentence ("In Kharkiv, …").
     */
    static String scope(String sentence, Quantity q) {
        Matcher stop = CLAUSE_END.matcher(sentence);
        int clauseEnd = stop.find(q.end()) ? stop.start() : sentence.length();
        Matcher after = PLACE_SCOPE.matcher(sentence).region(q.end(), clauseEnd);
        // "150 of them students on their way to the college in Kessling": a place where they were going is not
        // where the figure was counted.
        if (after.find() && !DESTINATION.matcher(sentence.substring(q.end(), after.start())).find()) {
            Matcher listEnd = PLACES_END.matcher(sentence);
            return placesIn(sentence, after.end() - 1, listEnd.find(after.end()) ? listEnd.start() : sentence.length());
        }
        Matcher opening = PLACE_SCOPE.matcher(sentence).region(0, q.start());
        return opening.lookingAt() ? placesIn(sentence, opening.end() - 1, q.start()) : "";
    }

    /** The place a question asks about, after its place phrase ("killed in the Lviv region": "Lviv"), or "". */
    static String placeAsked(String question) {
        String asked = QuestionAnalysis.asked(question);
        Matcher m = PLACE_SCOPE.matcher(asked);
        return m.find() ? placesIn(asked, m.end() - 1, asked.length()) : "";
    }

    /** Two places share a name ("Solochiv, Lviv Oblast" and "Lviv"), in one of its spellings or as its demonym. */
    static boolean samePlace(String a, String b) {
        for (String x : words(a)) {
            for (String y : words(b)) {
                if (x.equalsIgnoreCase(y) || NameVariants.areVariants(x, y) || Demonyms.related(x, y)
                        || RelatedWords.wordNet().namesOnePlace(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A place's words without possessives ("Kyiv's" is Kyiv). */
    private static List<String> words(String place) {
        List<String> out = new ArrayList<>();
        for (String w : place.split("[\\s,]+")) {
            String bare = w.replaceAll("['’]s$", "");
            if (!bare.isEmpty()) {
                out.add(bare);
            }
        }
        return out;
    }

    /** The capitalised words between {@code from} and {@code to}: the places a place phrase names. */
    private static String placesIn(String sentence, int from, int to) {
        List<String> places = new ArrayList<>();
        boolean times = false;
        Matcher run = AnswerEvidence.CAPITALISED.matcher(sentence).region(from, to);
        while (run.find()) {
            // "on Thursday", "in March": a preposition and a capital say when as often as where.
            if (AnswerEvidence.TIME.matcher(run.group()).matches()) {
                times = true;
            } else {
                places.add(run.group());
            }
        }
        return !places.isEmpty() ? String.join(", ", places) : times ? "" : sentence.substring(from, from + 1);
    }

    private Places() {
    }
}
