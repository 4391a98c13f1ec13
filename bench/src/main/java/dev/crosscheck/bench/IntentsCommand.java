package dev.crosscheck.bench;

import dev.crosscheck.Crosscheck;
import dev.crosscheck.conversation.FollowUpIntents;
import dev.crosscheck.index.Embedder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    @Option(names = "--fit", paramLabel = "FILE", description = "Instead, fit the follow-up intents on these written "
            + "examples (JSON lines {message, intent}) and write the core's file for the model")
    Path fit;

    @Option(names = "--out", paramLabel = "FILE", description = "Where --fit writes (default: the core's resource for "
            + "the model)")
    Path out;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (fit != null) {
            UsageChecks.requireFile(spec, fit, "examples file");
            Embedder embedder = Embedder.bundled(bench.parent.settings().model());
            Path target = this.out != null ? this.out : Path.of("bot-core", "src", "main", "resources")
                    .resolve(FollowUpIntents.resource(embedder.modelId()).substring(1));
            IntentFit.Result r = IntentFit.fit(fit, embedder, target);
            out.printf("k = %d, threshold %.2f: %d of %d read as written, %d of %d others misread; written to %s%n",
                    r.k(), r.threshold(), r.readAsWritten(), r.intents(), r.othersMisread(), r.others(), target);
            out.flush();
            return 0;
        }
        UsageChecks.requireFile(spec, probe, "probe file");
        try (Crosscheck core = Crosscheck.open(bench.parent.settings())) {
            out.print(IntentBench.markdown(IntentBench.tally(core.commands(), IntentBench.read(probe), after)));
        }
        out.flush();
        return 0;
    }
}
