package dev.crosscheck.cli;

import dev.crosscheck.command.Commands;
import dev.crosscheck.command.PlainText;
import dev.crosscheck.command.ChatInput;
import dev.crosscheck.command.ChatRef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** The console front end: a line is a question, a line starting with / is a command, /quit leaves. */
final class ConsoleChat {
    private final Commands commands;
    private final BufferedReader in;
    private final PrintWriter out;
    private final boolean interactive;
    /** Which conversation the console is in; /new moves to the next. */
    private int conversation = 1;

    ConsoleChat(Commands commands, BufferedReader in, PrintWriter out, boolean interactive) {
        this.commands = commands;
        this.in = in;
        this.out = out;
        this.interactive = interactive;
    }

    void run() {
        out.println("Crosscheck: ask a question about the articles. /help lists the commands, /subscribe turns on"
                + " alerts, /quit leaves.");
        commands.noArticlesYet().ifPresent(out::println);
        while (true) {
            if (interactive) {
                out.print("> ");
            }
            out.flush();
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the console", e);
            }
            if (line == null) {
                return;
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            ChatInput input = ChatInput.of(line);
            if (input.command().equals("quit") || input.command().equals("exit")) {
                return;
            }
            String reply;
            if (input.command().equals("new")) {
                // On the console every line continues the conversation until /new starts another.
                conversation++;
                reply = "Started a new conversation: the next question is read on its own.";
            } else {
                reply = PlainText.render(commands.handle(input.toRequest(ChatRef.CONSOLE, "console", true)
                        .inConversation("console-" + conversation)));
            }
            // Alerts print from another thread; a reply is never split by one.
            synchronized (out) {
                out.println(reply);
                out.println();
            }
        }
    }
}
