package dev.crosscheck.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosscheck serve}: runs the bot; with no platform tokens set it is the console chat. */
@Command(name = "serve", description = "Run the bot (the console chat when no platform token is set).")
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    CrosscheckCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return ChatCommand.chat(parent, spec.commandLine().getOut());
    }
}
