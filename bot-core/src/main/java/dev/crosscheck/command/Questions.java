package dev.crosscheck.command;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The questions of one chat message: "How many died? Who is the mayor of Kyiv?" asks two, and each gets its answer.
 * A message is split only where every piece is a question of two words or more ending in its question mark, so
 * "Really? How many died?" and "Which album topped Kerrang! readers' poll?" stay one question each, as before.
 */
final class Questions {
    /** After a question mark (and any "?!" run after it) and the space that ends the question. */
    private static final Pattern END = Pattern.compile("(?<=\\?[?!]{0,2})\\s+");
    private static final Pattern ASKED = Pattern.compile("\\?[?!]*$");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*|\\p{N}+");

    private Questions() {
    }

    /** The message's questions in order; the message itself when it asks one, or its pieces are not all questions. */
    static List<String> in(String message) {
        List<String> pieces = List.of(END.split(message.strip()));
        if (pieces.size() < 2) {
            return List.of(message);
        }
        for (String piece : pieces) {
            if (!ASKED.matcher(piece).find() || words(piece) < 2) {
                return List.of(message);
            }
        }
        return pieces;
    }

    private static int words(String piece) {
        return (int) WORD.matcher(piece).results().count();
    }
}
