package dev.crosscheck.answer;

import dev.crosscheck.quantity.Quantity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question taken apart: the answer type it wants, its topic words (each with the index terms that match it,
 * name variants included, the stems of words that mean nearly the same, and a weight by rarity), the names it
 * mentions, which an answer must be about, the figures it already holds, which cannot be its answer, and the place
 * it asks about after a place phrase ("Kharkiv" in "How many died in Kharkiv?"; empty when none), and what a figure
 * that answers it must measure ("how far": a distance; empty when it measures nothing).
 */
public record QuestionAnalysis(String text, AnswerType type, List<Term> terms, List<String> names,
                               List<Quantity> figures, String place, Set<Dimension> dimensions) {

    /**
     * One topic word of the question: the index terms that count as it, related stems with the share of its weight
     * a match on them earns (a related word as rare as the question's own word earns it all), its weight, whether
     * it is a name, and whether it is the thing asked about.
     */
    public record Term(String word, Set<String> stems, Map<String, Double> related, double weight, boolean name,
                       boolean focus) {
    }

    /** The words that ask a question in English. */
    public static final Set<String> QUESTION_WORDS = Set.of("who", "whom", "whose", "what", "which", "when",
            "where", "why", "how");

    /**
     * Opens the words a follow-up is read with from the questions before it: "How many were hurt? (after: Who gave
     * that account)". What comes before it is what this message asks.
     */
    public static final String CONTEXT = "(after: ";

    /**
     * A reading's words as a search reads them: the carried questions' words without the "after" that marks them,
     * which is no topic word (weighed as one, it had been the heaviest word of every follow-up read with context).
     */
    public static String searched(String question) {
        return question.replace(CONTEXT, "(");
    }

    /** The part of a reading that this message asks: all of it when it carries no context. */
    public static String asked(String question) {
        int at = question.indexOf(CONTEXT);
        return at < 0 ? question : question.substring(0, at);
    }

    /**
     * The questions a reading holds: what this message asks, then each one it carries ("How many were hurt? (after:
     * Who gave that account; Summarise the story)" holds three). Each opens as a sentence does, so the capital of its
     * first word says nothing of a name.
     */
    public static List<String> questions(String question) {
        int at = question.indexOf(CONTEXT);
        if (at < 0) {
            return List.of(question.strip());
        }
        List<String> out = new java.util.ArrayList<>();
        out.add(question.substring(0, at).strip());
        for (String carried : question.substring(at + CONTEXT.length()).replaceAll("\\)\\s*$", "").split("; ")) {
            out.add(carried.strip());
        }
        return out;
    }

    /**
     * The question spelled out as asked in full where chat shortens it ("any deaths?"), and with a question mark when
     * what it asks ends with no closing mark, as chat messages often do: the embedding model reads "who is the mayor
     * of marrevik" further from its answer than the same words with one (the development questions, asked without
     * theirs, lost 4 of 232 SQuAD answers and 3 of 79 BBC ones).
     */
    public static String closed(String question) {
        int at = question.indexOf(CONTEXT);
        String own = (at < 0 ? question : question.substring(0, at)).stripTrailing();
        String rest = at < 0 ? "" : " " + question.substring(at);
        Matcher any = ANY.matcher(own);
        if (any.matches()) {
            // "any deaths?" is chat's "Were there any deaths?", which the embedding model reads nearer "There were no
            // fatalities" and "One person was killed": fresh users' right sentences were under the threshold.
            return "Were there any " + any.group(1) + "?" + rest;
        }
        if (own.isEmpty() || ".?!".indexOf(own.charAt(own.length() - 1)) >= 0) {
            return question;
        }
        return own + "?" + rest;
    }

    /** A question that is only "any" and a noun phrase of up to four words: "any deaths?", "any arrests so far". */
    private static final Pattern ANY = Pattern.compile("(?i)\\s*any\\s+(\\p{L}[\\p{L}'’-]*(?:\\s+[\\p{L}'’-]+){0,3})"
            + "\\s*\\??");

    /** Some of the question's words come from the conversation before it. */
    public boolean carriesContext() {
        return text.contains(CONTEXT);
    }

    public double totalWeight() {
        double sum = 0;
        for (Term t : terms) {
            sum += t.weight();
        }
        return sum;
    }
}
