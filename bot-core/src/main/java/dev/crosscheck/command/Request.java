package dev.crosscheck.command;

/**
 * One command from a user in a chat. {@code canManageChat} is the adapter's report of the user's rights
 * (Manage Channels on Discord, administrator on Telegram, always true on the console); the rules live here.
 */
public record Request(ChatRef chat, String user, boolean canManageChat, String command, String args) {
    public Request {
        args = args == null ? "" : args;
    }

    public static Request console(String command, String args) {
        return new Request(ChatRef.CONSOLE, "console", true, command, args);
    }
}
