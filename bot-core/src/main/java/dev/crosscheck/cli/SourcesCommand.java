package dev.crosscheck.cli;

import dev.crosscheck.summary.Sources;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosscheck sources [WORDS]}: the articles in the corpus, or those whose id or title has the words. */
@Command(name = "sources", description = "List the articles in the corpus, or those whose id or title has WORDS.")
final class SourcesCommand implements Callable<Integer> {
    @ParentCommand
    CrosscheckCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON instead of text")
    boolean json;

    @Parameters(paramLabel = "WORDS", arity = "0..*", description = "Only articles whose id or title has them all")
    List<String> words = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        String wanted = String.join(" ", words).strip();
        return Listing.print(parent, spec.commandLine().getOut(), json,
                core -> Json.sources(Sources.listed(core.corpus(), wanted)),
                core -> core.commands().sources(wanted));
    }
}
