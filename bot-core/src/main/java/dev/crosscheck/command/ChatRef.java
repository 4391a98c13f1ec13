package dev.crosscheck.command;

/** A conversation on some platform ("console", "discord", "telegram") by its platform id; subscribers are chats. */
public record ChatRef(String platform, String id) {
    public static final ChatRef CONSOLE = new ChatRef("console", "console");
}
