package dev.crosscheck.command;

import dev.crosscheck.conversation.FollowUpReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The questions of one chat message: "How many died? Who is the mayor of Kyiv?" asks two, and so does "How many died
 * in Lviv and how many in Kharkiv?"; each gets its answer. A message is split after its question marks only where
 * every piece is a question of two words or more ending in one, so "Really? How many died?" and "Which album topped
 * Kerrang! readers' poll?" stay one question each; and at "and" before a question word only after a question
 * ("Who is the mayor of Kyiv and what did he say?"), so "…is divided culturally, politically and what other
 * trait?" and "How many and which cities were hit?" stay one. Question words asked together ("When and where did
 * it happen?") ask one question each.
 */
final class Questions {
    /** After a question mark (and any "?!" run after it) and the space that ends the question. */
    private static final Pattern END = Pattern.compile("(?<=\\?[?!]{0,2})\\s+");
    private static final Pattern ASKED = Pattern.compile("\\?[?!]*$");
    private static final String QUESTION_WORD = "(?:who|whom|whose|what|which|when|where|why|how)";
    /** "and" that opens a second question: "…in Lviv and how many in Kharkiv?". */
    private static final Pattern AND_ASKS = Pattern.compile(
            "(?i),?\\s+and\\s+(?=" + QUESTION_WORD + "\\b)");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*|\\p{N}+");
    /** Question words joined at the start of a question: "When and where did four people die?", "When and where?". */
    private static final Pattern ASKED_TOGETHER = Pattern.compile("(?i)^(?<words>" + QUESTION_WORD + "(?:\\s*,\\s*"
            + QUESTION_WORD + ")*,?\\s+and\\s+" + QUESTION_WORD + ")(?:\\s+(?<rest>\\S.*)|(?<end>\\W*))$",
            Pattern.DOTALL);
    private static final Pattern BETWEEN_WORDS = Pattern.compile("(?i)\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");

    private Questions() {
    }

    /** The message's questions in order; the message itself when it asks one, or its pieces are not all questions. */
    static List<String> in(String message) {
        List<String> pieces = List.of(END.split(message.strip()));
        if (pieces.size() > 1 && !pieces.stream().allMatch(p -> ASKED.matcher(p).find() && words(p) >= 2)) {
            return List.of(message);
        }
        List<String> questions = new ArrayList<>();
        for (String piece : pieces) {
            for (String question : askedTogether(piece)) {
                questions.addAll(joined(question));
            }
        }
        return questions.size() == 1 ? List.of(message) : questions;
    }

    /**
     * One question for each question word a question opens with: "When and where did four people die?" asks when
     * they died and where, which no one answer gives (an answer is of one kind: a time or a place).
     */
    private static List<String> askedTogether(String question) {
        Matcher m = ASKED_TOGETHER.matcher(question.strip());
        if (!m.matches()) {
            return List.of(question);
        }
        boolean capital = Character.isUpperCase(m.group("words").charAt(0));
        List<String> out = new ArrayList<>();
        for (String word : BETWEEN_WORDS.split(m.group("words"))) {
            String lower = word.toLowerCase(Locale.ROOT);
            String asked = capital ? Character.toUpperCase(lower.charAt(0)) + lower.substring(1) : lower;
            // "When and where?" after an answer asks each of the question before it.
            out.add(m.group("rest") == null ? asked + m.group("end").strip() : asked + " " + m.group("rest"));
        }
        return out;
    }

    /** A question and the questions joined to it by "and" and a question word, each on its own. */
    private static List<String> joined(String question) {
        Matcher and = AND_ASKS.matcher(question);
        while (and.find()) {
            String first = question.substring(0, and.start()).strip();
            String rest = question.substring(and.start()).replaceFirst("^[,\\s]+", "");
            if (words(first) >= 2 && words(rest) >= 2 && FollowUpReader.isQuestion(ChatSpelling.written(first))
                    && FollowUpReader.namesSomething(first)) {
                List<String> out = new ArrayList<>();
                out.add(first + "?");
                out.addAll(joined(rest));
                return out;
            }
        }
        return List.of(question);
    }

    private static int words(String piece) {
        return (int) WORD.matcher(piece).results().count();
    }
}
