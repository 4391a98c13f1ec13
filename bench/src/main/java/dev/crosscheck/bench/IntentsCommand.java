package dev.crosscheck.bench;

import dev.crosscheck.Crosscheck;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosscheck bench intents}: how follow-ups asking for a source, a check or a summary are read. */
@Command(name = "intents", description = "Read written follow-ups (source? true? tl;dr? other?) after one question "
        + "over the seeds and tally how each was read.")
final class IntentsCommand implements Callable<Integer> {
    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Option(names = "--probe", paramLabel = "FILE",
            description = "Follow-ups as JSON lines {message, intent} (default: bench/probes/followup-intents.jsonl)")
    Path probe = Path.of("bench", "probes", "followup-intents.jsonl");

    @Option(names = "--after", paramLabel = "QUESTION", description = "The question each follow-up comes after "
            + "(default: How many people were killed in the Lviv region?)")
    String after = "How many people were killed in the Lviv region?";

    @Override
    public Integer call() {
        if (!Files.isRegularFile(probe)) {
            throw new ParameterException(spec.commandLine(), "probe file not found: " + probe);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Crosscheck core = Crosscheck.open(bench.parent.settings())) {
            out.print(IntentBench.markdown(IntentBench.tally(core.commands(), IntentBench.read(probe), after)));
        }
        out.flush();
        return 0;
    }
}
