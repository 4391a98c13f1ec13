package dev.crosscheck.command;

import java.util.Locale;
import java.util.Optional;

/**
 * Reads a line a person typed into a chat: "/summary short Bakhmut" or "/ask@crosscheck_bot who…" is a command
 * with arguments, anything else is a question. Every text front end (console, Telegram) reads chat lines this way.
 */
public record ChatInput(String command, String args) {

    /** The command and arguments of a line; plain text is {@code ask} with the whole line as its argument. */
    public static ChatInput of(String line) {
        String text = line == null ? "" : line.strip();
        if (!text.startsWith("/") || text.length() == 1) {
            return new ChatInput("ask", text);
        }
        int space = indexOfWhitespace(text);
        String word = space < 0 ? text.substring(1) : text.substring(1, space);
        int at = word.indexOf('@');
        if (at >= 0) {
            // Telegram addresses a command to one bot in a group: "/ask@crosscheck_bot".
            word = word.substring(0, at);
        }
        String args = space < 0 ? "" : text.substring(space + 1).strip();
        return new ChatInput(word.toLowerCase(Locale.ROOT), args);
    }

    /** The bot a command is addressed to ("/ask@other_bot"), if it names one. */
    public static Optional<String> addressee(String line) {
        String text = line == null ? "" : line.strip();
        if (!text.startsWith("/")) {
            return Optional.empty();
        }
        int space = indexOfWhitespace(text);
        String word = space < 0 ? text : text.substring(0, space);
        int at = word.indexOf('@');
        return at < 0 ? Optional.empty() : Optional.of(word.substring(at + 1));
    }

    /** The request this line makes in a chat, from a user with the given rights. */
    public Request toRequest(ChatRef chat, String user, boolean canManageChat) {
        return new Request(chat, user, canManageChat, command, args);
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
