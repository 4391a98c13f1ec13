package dev.crosscheck.bench;

import dev.crosscheck.corpus.StoryNames;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosscheck bench stories}: fits the share of name mentions that makes two reports one story. */
@Command(name = "stories", description = "Fit the share of name mentions two reports of one story share, on one-story "
        + "corpora against a large corpus's different folders; check it on the held-out probe and any --check folder.")
final class StoriesCommand implements Callable<Integer> {
    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Mixin
    ConflictCorpora corpora;

    @Option(names = "--check", paramLabel = "DIR", description = "Another one-story folder to check the share on")
    List<Path> check = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        UsageChecks.requireFolder(spec, corpora.bbc, "corpus of unrelated stories");
        for (Path folder : check) {
            UsageChecks.requireFolder(spec, folder, "folder to check");
        }
        List<Path> fitted = StoryFit.fitted(bench.parent.settings().seeds(), corpora.eval, ConflictBench.PROBES);
        List<Path> held = new ArrayList<>(StoryFit.heldOut(ConflictBench.PROBES));
        held.addAll(check);
        StoryFit.Result r = StoryFit.fit(StoryFit.storyShares(fitted), StoryFit.apartShares(corpora.bbc));
        PrintWriter out = spec.commandLine().getOut();
        out.print(StoryFit.markdown(r, StoryFit.storyShares(held), StoryNames.MIN_SHARE));
        out.flush();
        return 0;
    }
}
