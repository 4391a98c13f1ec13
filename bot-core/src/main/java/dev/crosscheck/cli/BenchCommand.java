package dev.crosscheck.cli;

import dev.crosscheck.bench.Benchmark;
import dev.crosscheck.index.Embedder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosscheck bench}: measures answer latency, start-up and indexing, and writes a Markdown report. */
@Command(name = "bench", description = "Measure answer latency, start-up and indexing; write docs/benchmarks/.")
final class BenchCommand implements Callable<Integer> {
    @ParentCommand
    CrosscheckCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "A large corpus to index (default: ../shared/bench/bbc-news when present)")
    Path corpus;

    @Option(names = "--questions", paramLabel = "FILE",
            description = "Questions over the seeds, one a line (default: a built-in set)")
    Path questions;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the report goes (default: docs/benchmarks)")
    Path out = Path.of("docs", "benchmarks");

    @Option(names = "--rounds", description = "Timed rounds over the questions (default: 5)")
    int rounds = 5;

    @Option(names = "--quick", description = "Seeds only, one round: a smoke run")
    boolean quick;

    @Override
    public Integer call() throws IOException {
        PrintWriter log = spec.commandLine().getErr();
        Path large = quick ? null : corpus != null ? corpus : defaultCorpus();
        if (large != null && !Files.isDirectory(large)) {
            throw new ParameterException(spec.commandLine(), "corpus folder not found: " + large);
        }
        Path work = Files.createTempDirectory("crosscheck-bench");
        Benchmark.Report report = new Benchmark(Embedder.bundled(), log)
                .run(parent.settings().seeds(), questions(), large, work, quick ? 1 : rounds);
        String machine = Machine.describe();
        String markdown = report.markdown(machine);
        spec.commandLine().getOut().println(markdown);
        Files.createDirectories(out);
        Path file = out.resolve(quick ? "smoke.md" : "latest.md");
        Files.writeString(file, "# Crosscheck benchmark\n\n" + markdown, StandardCharsets.UTF_8);
        log.println("report written to " + file);
        return 0;
    }

    private static Path defaultCorpus() {
        Path p = Path.of("..", "shared", "bench", "bbc-news");
        return Files.isDirectory(p) ? p : null;
    }

    private List<String> questions() throws IOException {
        if (questions != null) {
            return Files.readAllLines(questions).stream().filter(l -> !l.isBlank()).toList();
        }
        List<String> q = new ArrayList<>(List.of(
                "How many missiles were fired?", "Who is the mayor of Kyiv?", "What happened to the nuclear plant?",
                "Where did people die?", "When was the last barrage?", "What did Zelensky say?",
                "How many households lost power?", "Who leads Wagner?", "What did the White House say?",
                "Which regions were hit?"));
        return q;
    }
}
