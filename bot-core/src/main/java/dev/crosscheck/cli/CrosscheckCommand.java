package dev.crosscheck.cli;

import dev.crosscheck.Crosscheck;
import dev.crosscheck.config.Settings;
import dev.crosscheck.config.SettingsLoader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top-level command: shared options, and {@code serve} when no subcommand is given. Subcommands from other
 * modules join as {@link PluginCommand}s.
 */
@Command(name = "crosscheck", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        version = "crosscheck 0.1.0",
        description = "Answers questions about a folder of news articles, citing its sources verbatim.",
        subcommands = {AskCommand.class, SummaryCommand.class, SourcesCommand.class, ConflictsCommand.class,
                ChatCommand.class, ServeCommand.class, FetchCommand.class, FeedsCommand.class, HelpCommand.class})
public final class CrosscheckCommand implements Callable<Integer> {
    // Inherited: "crosscheck ask --seeds DIR …" works as "crosscheck --seeds DIR ask …" does.
    @Option(names = "--seeds", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Folder of articles (default: seeds)")
    Path seeds;

    @Option(names = "--data", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Folder for the index (default: data)")
    Path data;

    @Option(names = "--config", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "Configuration file (default: config/crosscheck.yaml if present)")
    Path config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return ServeCommand.serve(this, spec.commandLine().getOut());
    }

    /** The settings from the shared options, the environment and the config file. */
    public Settings settings() {
        Settings s = SettingsLoader.load(config != null ? config : SettingsLoader.DEFAULT_FILE, config != null,
                System.getenv());
        if (seeds != null) {
            s = s.withSeeds(seeds);
        }
        if (data != null) {
            s = s.withData(data);
        }
        return s;
    }

    /** The core for a one-shot command, its conflicts detected so that its reply is the same every run. */
    Crosscheck open() {
        return Crosscheck.open(settings()).withConflictsDetected();
    }
}
