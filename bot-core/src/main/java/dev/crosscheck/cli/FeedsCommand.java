package dev.crosscheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.config.Settings;
import dev.crosscheck.feed.FeedLedger;
import dev.crosscheck.feed.FeedSource;
import dev.crosscheck.feed.FeedState;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosscheck feeds}: the configured feeds with their last fetch, status and article counts. */
@Command(name = "feeds", description = "List the configured feeds with their last fetch, status and article count.")
final class FeedsCommand implements Callable<Integer> {
    @ParentCommand
    CrosscheckCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON instead of text")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Settings settings = parent.settings();
        List<Map<String, Object>> rows = new ArrayList<>();
        try (FeedLedger ledger = Feeds.ledger(settings)) {
            for (FeedSource source : settings.feeds().sources()) {
                FeedState s = ledger.stateOf(source.url().toString());
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("url", source.url().toString());
                row.put("name", source.name());
                row.put("last_fetch", s.lastFetch() == null ? null : s.lastFetch().toString());
                row.put("status", s.lastStatus());
                row.put("failures", s.failures());
                row.put("next_attempt", s.nextAttempt() == null ? null : s.nextAttempt().toString());
                row.put("articles", s.articles());
                rows.add(row);
            }
        }
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(rows));
        } else if (rows.isEmpty()) {
            out.println(Feeds.NONE_CONFIGURED);
        } else {
            for (Map<String, Object> r : rows) {
                out.println((r.get("name") == null ? "" : r.get("name") + " — ") + r.get("url"));
                out.println("  " + (r.get("last_fetch") == null ? "never fetched"
                        : "last fetch " + r.get("last_fetch") + ": " + r.get("status"))
                        + "; " + r.get("articles") + " article(s)"
                        + (r.get("next_attempt") == null ? "" : "; next " + r.get("next_attempt")));
            }
        }
        out.flush();
        return 0;
    }
}
