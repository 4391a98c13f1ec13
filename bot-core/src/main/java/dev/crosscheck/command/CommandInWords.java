package dev.crosscheck.command;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A chat message that asks in words for what a command does, not about the news: "help", "What can you do?" or "Who
 * are you?" is {@code /help}, "Which sources do you have?" {@code /sources}, "Do the sources disagree?" or "Do the
 * reports agree?" {@code /conflicts}. No
 * search can answer these (they name nothing in the articles), and a passage about "help" is no reply to them.
 */
final class CommandInWords {
    private static final String OPENING = "(?i)^\\W*(?:(?:so|ok|okay|hi|hey|hello|please)\\W+)*";
    private static final String CLOSING = "(?:\\W+please)?\\W*$";
    private static final String SOURCES = "(?:sources|articles|reports|outlets|papers)";
    private static final Pattern HELP = Pattern.compile(OPENING + "(?:help(?:\\s+me)?|commands|what\\s+(?:can|do)\\s+"
            + "you\\s+do|how\\s+(?:do\\s+i\\s+use\\s+(?:you|this(?:\\s+bot)?|it)|does\\s+(?:this|it)\\s+work)"
            + "|(?:who|what)\\s+are\\s+you|what\\s+is\\s+this(?:\\s+bot)?|are\\s+you\\s+a\\s+bot)" + CLOSING);
    private static final Pattern LIST = Pattern.compile(OPENING + "(?:" + SOURCES + "|(?:which|what)\\s+" + SOURCES
            + "\\s+(?:do\\s+you\\s+(?:have|use|know|read)|are\\s+there|have\\s+you\\s+got|are\\s+you\\s+(?:using|"
            + "reading))|(?:list|show)(?:\\s+me)?\\s+(?:the\\s+|your\\s+|all\\s+)?" + SOURCES + ")" + CLOSING);
    private static final Pattern CONFLICTS = Pattern.compile(OPENING + "(?:conflicts|(?:do|does|did)\\s+(?:the\\s+)?"
            + SOURCES + "\\s+(?:all\\s+)?(?:disagree|differ|contradict|conflict|agree)"
            + "(?:\\s+(?:with\\s+)?each\\s+other)?(?:\\s+(?:on|about)\\s+anything|\\s+anywhere)?"
            + "|(?:what|where)\\s+do\\s+(?:the\\s+)?" + SOURCES + "\\s+(?:disagree|differ)(?:\\s+(?:on|about))?"
            + "|any\\s+(?:conflicts|contradictions|disagreements|discrepancies))" + CLOSING);

    private CommandInWords() {
    }

    /** The command the message asks for in words, or empty when it asks something else. */
    static Optional<Command> asked(String message) {
        if (HELP.matcher(message).matches()) {
            return Optional.of(Command.HELP);
        }
        if (LIST.matcher(message).matches()) {
            return Optional.of(Command.SOURCES);
        }
        if (CONFLICTS.matcher(message).matches()) {
            return Optional.of(Command.CONFLICTS);
        }
        return Optional.empty();
    }
}
