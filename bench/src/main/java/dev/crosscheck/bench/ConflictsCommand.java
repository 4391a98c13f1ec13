package dev.crosscheck.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.conflict.ConflictDetector;
import dev.crosscheck.conflict.SameFact;
import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.index.Embedder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck bench conflicts}: the conflict sets (conflicts-rail, conflicts-dev over the seeds) scored, and
 * every conflict reported over the BBC corpus listed with its quotes, to be read for false alarms.
 */
@Command(name = "conflicts", description = "Score conflict detection on the conflict sets; list what it reports over BBC.")
final class ConflictsCommand implements Callable<Integer> {
    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Mixin
    ConflictCorpora corpora;

    @Option(names = "--same-fact", paramLabel = "FILE",
            description = "Bounds for figures worded apart to use instead of the model's fitted ones (from bench samefact --out)")
    Path sameFact;

    @Override
    public Integer call() throws IOException {
        UsageChecks.requireFolder(spec, corpora.eval, "development sets");
        if (sameFact != null && !Files.isRegularFile(sameFact)) {
            throw new ParameterException(spec.commandLine(), "no such file: " + sameFact);
        }
        Embedder embedder = Embedder.bundled(bench.parent.settings().model());
        Function<Corpus, ConflictDetector> detect;
        if (sameFact == null) {
            detect = ConflictBench.shipped(embedder);
        } else {
            SameFact bounds = SameFact.read(new ObjectMapper().readTree(Files.readString(sameFact)));
            detect = corpus -> ConflictDetector.of(corpus, embedder::embed, bounds);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(ConflictBench.report(corpora.eval, bench.parent.settings().seeds(),
                Files.isDirectory(corpora.bbc) ? corpora.bbc : null, detect));
        out.flush();
        return 0;
    }
}
