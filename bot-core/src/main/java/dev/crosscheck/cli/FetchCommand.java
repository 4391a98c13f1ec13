package dev.crosscheck.cli;

import dev.crosscheck.config.Settings;
import dev.crosscheck.feed.FeedOutcome;
import dev.crosscheck.feed.FeedPoller;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosscheck fetch}: fetches every feed once, writes the new articles into the seeds folder, and exits. */
@Command(name = "fetch", description = "Fetch every configured feed once (for cron and tests), print what was added "
        + "and skipped, and exit.")
final class FetchCommand implements Callable<Integer> {
    @ParentCommand
    CrosscheckCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Settings settings = parent.settings();
        if (settings.feeds().sources().isEmpty()) {
            spec.commandLine().getErr().println(Feeds.NONE_CONFIGURED);
            return 2;
        }
        try (FeedPoller poller = Feeds.poller(settings)) {
            List<FeedOutcome> outcomes = poller.poll(true);
            for (FeedOutcome o : outcomes) {
                out.println((o.failed() ? "warning: " : "") + o.line());
                o.added().forEach(a -> out.println("  added   " + a));
                o.skipped().forEach(s -> out.println("  skipped " + s));
            }
            if (outcomes.isEmpty()) {
                out.println("Another Crosscheck process holds the fetch lease; articles it stored were written here.");
            }
        }
        out.flush();
        return 0;
    }
}
