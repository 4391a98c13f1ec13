package dev.crosscheck.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

    @Override
    public Integer call() throws IOException {
        UsageChecks.requireFolder(spec, corpora.eval, "development sets");
        PrintWriter out = spec.commandLine().getOut();
        out.print(ConflictBench.report(corpora.eval, bench.parent.settings().seeds(),
                Files.isDirectory(corpora.bbc) ? corpora.bbc : null));
        out.flush();
        return 0;
    }
}
