package dev.crosscheck.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosscheck sources}: the articles in the corpus. */
@Command(name = "sources", description = "List the articles in the corpus.")
final class SourcesCommand implements Callable<Integer> {
    @ParentCommand
    CrosscheckCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON instead of text")
    boolean json;

    @Override
    public Integer call() throws IOException {
        return Listing.print(parent, spec.commandLine().getOut(), json,
                core -> Json.sources(core.corpus()), core -> core.commands().sources());
    }
}
