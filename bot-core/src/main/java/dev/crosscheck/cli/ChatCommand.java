package dev.crosscheck.cli;

import dev.crosscheck.Bot;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosscheck chat}: the console chat over standard input and output. */
@Command(name = "chat", description = "Chat in the console: a line is a question; /help lists the commands.")
final class ChatCommand implements Callable<Integer> {
    @ParentCommand
    CrosscheckCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return chat(parent, spec.commandLine().getOut());
    }

    /** Runs the bot with the console as its chat: questions, commands, and alerts as they arrive. */
    static int chat(CrosscheckCommand top, PrintWriter out) {
        try (Bot bot = Bot.start(top.settings())) {
            bot.register(new ConsoleSink(out, bot.core()::corpus));
            var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            new ConsoleChat(bot.core().commands(), in, out, System.console() != null).run();
        }
        return 0;
    }
}
