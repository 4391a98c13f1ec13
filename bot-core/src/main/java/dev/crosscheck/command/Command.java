package dev.crosscheck.command;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The commands every front end offers, with the words the help text and the platforms' command menus show. */
public enum Command {
    ASK("ask", "<question>", "Answer a question from the articles, with quotes"),
    SUMMARY("summary", "[short] [source or topic]", "A cited briefing of everything, one source, or a topic"),
    SOURCES("sources", "[words]", "List the articles I know, or those whose title or id has these words"),
    CONFLICTS("conflicts", "[topic]", "Where the sources disagree (about a topic, or anything), newest first"),
    SUBSCRIBE("subscribe", "[topic]", "Alert this chat when sources disagree (about a topic, or anything)"),
    UNSUBSCRIBE("unsubscribe", "[topic | all]", "Stop alerts for a topic, or all of them"),
    ALERTS("alerts", "", "List what this chat is alerted about"),
    HELP("help", "", "Show what I can do");

    private final String word;
    private final String arguments;
    private final String description;

    Command(String word, String arguments, String description) {
        this.word = word;
        this.arguments = arguments;
        this.description = description;
    }

    public String word() {
        return word;
    }

    public String arguments() {
        return arguments;
    }

    public String description() {
        return description;
    }

    public static Optional<Command> named(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.word.equals(w)).findFirst();
    }
}
