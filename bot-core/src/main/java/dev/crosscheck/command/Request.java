package dev.crosscheck.command;

/**
 * One command from a user in a chat. {@code canManageChat} is the adapter's report of the user's rights
 * (Manage Channels on Discord, administrator on Telegram, always true on the console); the rules live here.
 * {@code conversation} is the adapter's report of which conversation the message continues (a reply to one of the
 * bot's answers, a thread, a private chat), or null when it starts afresh; what a conversation remembers lives here.
 */
public record Request(ChatRef chat, String user, boolean canManageChat, String command, String args,
                      String conversation) {
    public Request {
        args = args == null ? "" : args;
        conversation = conversation == null || conversation.isBlank() ? null : conversation;
    }

    /** A request that continues no conversation. */
    public Request(ChatRef chat, String user, boolean canManageChat, String command, String args) {
        this(chat, user, canManageChat, command, args, null);
    }

    /** The same request, continuing the given conversation (null: none). */
    public Request inConversation(String id) {
        return new Request(chat, user, canManageChat, command, args, id);
    }

    public static Request console(String command, String args) {
        return new Request(ChatRef.CONSOLE, "console", true, command, args);
    }
}
