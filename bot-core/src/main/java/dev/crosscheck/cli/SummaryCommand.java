package dev.crosscheck.cli;

import dev.crosscheck.summary.Length;
import dev.crosscheck.summary.SummaryRequest;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosscheck summary}: a cited briefing of the corpus, one source, or a topic. */
@Command(name = "summary", description = "A cited briefing of the whole corpus, one source, or a topic.")
final class SummaryCommand implements Callable<Integer> {
    @ParentCommand
    CrosscheckCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON instead of text")
    boolean json;

    // Several words each: "--topic patient data" as well as "--topic 'patient data'" (the first had been an error).
    @Option(names = "--source", paramLabel = "ID", arity = "1..*", description = "A document id or words of its title")
    List<String> source;

    @Option(names = "--topic", paramLabel = "WORDS", arity = "1..*",
            description = "Free words, e.g. \"Zaporizhzhia nuclear plant\"")
    List<String> topic;

    @Option(names = "--length", paramLabel = "short|normal", description = "About 3 sentences, or 6 to 8 (default)")
    String length = "normal";

    @Override
    public Integer call() throws IOException {
        Optional<Length> l = Length.named(length);
        if (l.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--length must be short or normal, not " + length);
        }
        SummaryRequest request = new SummaryRequest(source == null ? null : String.join(" ", source),
                topic == null ? null : String.join(" ", topic), l.get());
        return Listing.print(parent, spec.commandLine().getOut(), json,
                core -> Json.summary(core.commands().summary(request)),
                core -> core.commands().summary(request));
    }
}
