package dev.crosscheck.cli;

import dev.crosscheck.alert.Topics;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosscheck conflicts}: where the sources disagree, with each side quoted. */
@Command(name = "conflicts", description = "List where the sources disagree, each side with its quote.")
final class ConflictsCommand implements Callable<Integer> {
    @ParentCommand
    CrosscheckCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON instead of text")
    boolean json;

    // Several words: "--topic patient data" as well as "--topic 'patient data'" (the first had been an error).
    @Option(names = "--topic", paramLabel = "WORDS", arity = "1..*",
            description = "Only disagreements about these words, matched as /subscribe matches them")
    java.util.List<String> topicWords = java.util.List.of();

    @Override
    public Integer call() throws IOException {
        String topic = String.join(" ", topicWords);
        return Listing.print(parent, spec.commandLine().getOut(), json,
                core -> Json.conflicts(core.conflicts().stream().filter(c -> Topics.about(topic, c)).toList()),
                core -> core.commands().conflicts(topic));
    }
}
