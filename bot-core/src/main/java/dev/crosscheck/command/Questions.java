package dev.crosscheck.command;

import dev.crosscheck.conversation.FollowUpReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The questions of one chat message: "How many died? Who is the mayor of Kyiv?" asks two, and so does "How many died
 * in Lviv and how many in Kharkiv?"; each gets its answer. A message is split after its question marks only where
 * every piece is a question of two words or more ending in one, so "Really? How many died?" and "Which album topped
 * Kerrang! readers' poll?" stay one question each; and at "and" before a question word only after a question
 * ("Who is the mayor of Kyiv and what did he say?"), so "…is divided culturally, politically and what other
 * trait?" stays one.
 */
final class Questions {
    /** After a question mark (and any "?!" run after it) and the space that ends the question. */
    private static final Pattern END = Pattern.compile("(?<=\\?[?!]{0,2})\\s+");
    private static final Pattern ASKED = Pattern.compile("\\?[?!]*$");
    /** "and" that opens a second question: "…in Lviv and how many in Kharkiv?". */
    private static final Pattern AND_ASKS = Pattern.compile(
            "(?i),?\\s+and\\s+(?=(?:who|whom|whose|what|which|when|where|why|how)\\b)");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*|\\p{N}+");

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
            questions.addAll(joined(piece));
        }
        return questions.size() == 1 ? List.of(message) : questions;
    }

    /** A question and the questions joined to it by "and" and a question word, each on its own. */
    private static List<String> joined(String question) {
        Matcher and = AND_ASKS.matcher(question);
        while (and.find()) {
            String first = question.substring(0, and.start()).strip();
            String rest = question.substring(and.start()).replaceFirst("^[,\\s]+", "");
            if (words(first) >= 2 && words(rest) >= 2 && FollowUpReader.isQuestion(ChatSpelling.written(first))) {
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
