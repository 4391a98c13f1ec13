package dev.crosscheck.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.crosscheck.conflict.SameFact;
import dev.crosscheck.index.Embedder;
import dev.crosscheck.index.EmbeddingModels;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crosscheck bench samefact}: fits when two figures worded apart are one fact, on the user tests' gold. */
@Command(name = "samefact", description = "Fit when two figures of a story worded apart state one fact (sentence "
        + "cosine, value ratio) on the tune half of bench/probes/user-tests; write the bounds the core reads.")
final class SameFactCommand implements Callable<Integer> {
    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "ID", description = "Embedding model (default: the configured one)")
    String model;

    @Option(names = "--out", paramLabel = "FILE", description = "Where the bounds go (default: the core's resource)")
    Path out;

    @Override
    public Integer call() throws IOException {
        EmbeddingModels m = model == null ? bench.parent.settings().model() : EmbeddingModels.byId(model)
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "unknown model: " + model));
        Path resources = Path.of("bot-core", "src", "main", "resources");
        Path target = out != null ? out : resources.resolve(SameFact.resource(m.id()).substring(1));
        if (out == null && !Files.isDirectory(resources)) {
            throw new ParameterException(spec.commandLine(), "run from the project's root or pass --out FILE");
        }
        UsageChecks.requireFolder(spec, ConflictBench.USER_TESTS, "user tests");
        DevSetOptions.writable(out, "--out", spec.commandLine());
        List<ConflictGold> stories = ConflictBench.userTests(ConflictBench.USER_TESTS);
        Embedder embedder = Embedder.bundled(m);
        SameFactFit.Result fit = SameFactFit.fit(stories, embedder::embed);
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("command", "crosscheck bench samefact --model " + m.id());
        provenance.put("date", LocalDate.now(ZoneOffset.UTC).toString());
        provenance.put("code", TrainCommand.codeVersion());
        provenance.put("model", m.id());
        provenance.put("data", "the tune half of the " + stories.size() + " user tests with a gold file "
                + "(bench/probes/user-tests, halved by story, CRC-32 parity); check half scored, not fitted on");
        provenance.put("rule", "on a grid (cosine " + SameFactFit.LOWEST / 100.0 + " to " + SameFactFit.HIGHEST / 100.0
                + " by " + SameFactFit.STEP / 100.0 + ", ratio " + java.util.Arrays.toString(SameFactFit.RATIOS)
                + ", reports 0 to " + SameFactFit.MOST_DAYS + " days apart), the bounds with which the detector finds the most planted disagreements and updates of the tune "
                + "stories while the share of its reports matching a planted item stays at least what it is by words "
                + "alone; of bounds finding as many, the narrowest");
        provenance.put("tune", fit.tune().describe() + "; by words alone " + fit.tuneByWords().describe());
        provenance.put("check", fit.check().describe() + "; by words alone " + fit.checkByWords().describe());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("similarity", fit.similarity());
        root.put("ratio", fit.ratio());
        root.put("days", fit.days());
        root.put("provenance", provenance);
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        Files.writeString(target, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
        PrintWriter log = spec.commandLine().getOut();
        log.printf(java.util.Locale.ROOT, "cosine ≥ %.2f, ratio ≤ %s, days apart ≤ %d%ntune: %s%n  by words alone: %s%ncheck: %s%n"
                        + "  by words alone: %s%nbounds written to %s%n", fit.similarity(), fit.ratio(), fit.days(),
                fit.tune().describe(), fit.tuneByWords().describe(), fit.check().describe(),
                fit.checkByWords().describe(), target);
        log.flush();
        return 0;
    }
}
