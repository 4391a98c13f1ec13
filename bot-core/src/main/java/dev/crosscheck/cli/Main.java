package dev.crosscheck.cli;

import dev.crosscheck.config.ConfigException;
import dev.crosscheck.corpus.CorpusException;
import dev.crosscheck.index.IndexException;
import dev.crosscheck.store.StorageException;
import java.io.PrintWriter;
import java.util.ServiceLoader;
import picocli.CommandLine;

/** Entry point of the crosscheck command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code: 0 done, 1 failed, 2 usage error. */
    public static int run(String... args) {
        return run(new PrintWriter(new TerminalSafe(new java.io.OutputStreamWriter(System.out)), true),
                new PrintWriter(new TerminalSafe(new java.io.OutputStreamWriter(System.err)), true), args);
    }

    /** As {@link #run(String...)}, writing to the given streams (tests read them). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new CrosscheckCommand());
        for (PluginCommand plugin : ServiceLoader.load(PluginCommand.class)) {
            cli.addSubcommand(plugin);
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(Main::failure);
        return cli.execute(args);
    }

    private static int failure(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        boolean expected = e instanceof CorpusException || e instanceof IndexException || e instanceof ConfigException
                || e instanceof StorageException;
        err.println("crosscheck: " + (expected || e.getMessage() == null ? describe(e) : e.getMessage()));
        if (!expected && System.getenv("CROSSCHECK_DEBUG") != null) {
            e.printStackTrace(err);
        } else if (!expected) {
            err.println("crosscheck: set CROSSCHECK_DEBUG=1 to see the stack trace");
        }
        err.flush();
        return 1;
    }

    private static String describe(Exception e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
