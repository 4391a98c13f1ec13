package dev.crosscheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.Crosscheck;
import dev.crosscheck.command.PlainText;
import java.io.IOException;
import java.io.PrintWriter;
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
        PrintWriter out = spec.commandLine().getOut();
        try (Crosscheck core = parent.open()) {
            if (json) {
                out.println(new ObjectMapper().writeValueAsString(Json.sources(core.corpus())));
            } else {
                out.println(PlainText.render(core.commands().sources()));
            }
        }
        out.flush();
        return 0;
    }
}
