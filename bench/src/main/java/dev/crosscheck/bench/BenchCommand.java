package dev.crosscheck.bench;

import dev.crosscheck.cli.CrosscheckCommand;
import dev.crosscheck.cli.PluginCommand;
import dev.crosscheck.config.Settings;
import dev.crosscheck.index.Embedder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck bench}: Crosscheck against plain BM25 and naive RAG, answer time against the floor, scale from 5 to
 * ~9,000 articles, and feature timings, written to docs/benchmarks/ as Markdown with a chart.
 */
@Command(name = "bench", subcommands = {EvalCommand.class, TrainCommand.class, ConflictsCommand.class,
        SameFactCommand.class, IntentsCommand.class, StoriesCommand.class}, description = "Compare with plain BM25 and naive RAG, measure "
        + "scale from 5 to ~9,000 articles; write docs/benchmarks/.")
public final class BenchCommand implements Callable<Integer>, PluginCommand {
    @ParentCommand
    CrosscheckCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "The large corpus (default: ../shared/bench/bbc-news when present; without one, seeds only)")
    Path corpus;

    @Option(names = "--qa", paramLabel = "FILE",
            description = "QA set over the seeds, jsonl (default: ../shared/eval/qa-dev.jsonl when present)")
    Path qa;

    @Option(names = "--eval", paramLabel = "DIR",
            description = "Development sets (default: ../shared/eval when present); --quick asks only qa-dev")
    Path eval;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the report goes (default: docs/benchmarks)")
    Path out = Path.of("docs", "benchmarks");

    @Option(names = "--work", paramLabel = "DIR",
            description = "Built corpora and indexes, reused between runs (default: DATA/bench)")
    Path work;

    @Option(names = "--rounds", description = "Timed rounds over the questions (default: 5)")
    int rounds = 5;

    @Option(names = "--quick", description = "Seeds only, one round: a smoke run, written to smoke.md")
    boolean quick;

    @Override
    public Integer call() throws IOException {
        PrintWriter log = spec.commandLine().getErr();
        Path large = quick ? null : corpus != null ? corpus : existing(Path.of("..", "shared", "bench", "bbc-news"));
        if (large != null) {
            UsageChecks.requireFolder(spec, large, "corpus folder");
        }
        Path qaFile = qa != null ? qa : existing(Path.of("..", "shared", "eval", "qa-dev.jsonl"));
        if (qaFile != null) {
            UsageChecks.requireFile(spec, qaFile, "QA file");
        }
        if (rounds < 1) {
            throw new ParameterException(spec.commandLine(), "--rounds must be at least 1");
        }
        Settings settings = parent.settings();
        Path workDir = work != null ? work : settings.data().resolve("bench");
        Path evalDir = eval != null ? eval : existing(Path.of("..", "shared", "eval"));
        if (evalDir != null) {
            UsageChecks.requireFolder(spec, evalDir, "development sets");
        }
        Benchmark.Options options = new Benchmark.Options(settings.seeds(), qaFile, large, workDir, quick, rounds,
                evalDir);
        Benchmark.Report report = new Benchmark(Embedder.bundled(), log).run(options, SEED_QUESTIONS,
                Machine.describe());
        Path file = report.write(out, quick ? "smoke.md" : "latest.md");
        spec.commandLine().getOut().println(report.headline());
        log.println("report written to " + file);
        return 0;
    }

    /** Asked over the seeds when there is no QA set. */
    private static final List<String> SEED_QUESTIONS = List.of(
            "How many missiles were fired?", "Who is the mayor of Kyiv?", "What happened to the nuclear plant?",
            "Where did people die?", "When was the last barrage?", "What did Zelensky say?",
            "How many households lost power?", "Who leads Wagner?", "What did the White House say?",
            "Which regions were hit?");

    private static Path existing(Path p) {
        return Files.exists(p) ? p : null;
    }
}
