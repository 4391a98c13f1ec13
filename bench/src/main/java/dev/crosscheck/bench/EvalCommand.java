package dev.crosscheck.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.config.Settings;
import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.index.Embedder;
import dev.crosscheck.index.EmbeddingModels;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck bench eval}: the development sets (qa-dev, qa-bbc-natural, SQuAD and the foreign sets), tune and
 * check halves side by side, for Crosscheck and optionally the peers; misses can be written out to study.
 */
@Command(name = "eval", description = "Score the answer engine on the development sets, tune and check halves.")
final class EvalCommand implements Callable<Integer> {
    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Mixin
    DevSetOptions options;

    @Option(names = "--set", paramLabel = "NAME", split = ",",
            description = "Sets to run: qa-dev, bbc-natural, squad, first-turns, foreign, stories (default: all)")
    List<String> sets = DevSuite.ALL;

    @Option(names = "--peers", description = "Also score plain BM25 and naive RAG")
    boolean peers;

    @Option(names = "--misses", paramLabel = "FILE", description = "Write every wrong reply as JSON lines")
    Path missesFile;

    @Override
    public Integer call() throws IOException {
        PrintWriter log = spec.commandLine().getErr();
        DevSetOptions.writable(missesFile, "--misses", spec.commandLine());
        Settings settings = bench.parent.settings();
        List<DevSet> chosen = options.load(settings, sets, spec.commandLine());
        EmbeddingModels model = options.model(settings, spec.commandLine());
        Embedder embedder = Embedder.bundled(model);
        List<DevResult> results = DevSuite.run(chosen, contenders(embedder, options.indexes(settings, model)), log);
        spec.commandLine().getOut().print(DevTable.markdown(results));
        spec.commandLine().getOut().flush();
        if (missesFile != null) {
            writeMisses(results);
            log.println("misses written to " + missesFile);
        }
        return 0;
    }

    private List<Function<Corpus, Contender>> contenders(Embedder embedder, Path indexes) {
        List<Function<Corpus, Contender>> out = new ArrayList<>();
        out.add(corpus -> ComposerContender.openUnder(corpus, indexes, embedder));
        if (peers) {
            out.add(Bm25Contender::of);
            out.add(corpus -> NaiveRagContender.of(corpus, embedder.model()));
        }
        return out;
    }

    private void writeMisses(List<DevResult> results) throws IOException {
        ObjectMapper json = new ObjectMapper();
        StringBuilder sb = new StringBuilder();
        for (DevResult r : results) {
            for (DevResult.Miss m : r.misses()) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("set", r.set());
                line.put("contender", r.contender());
                line.put("id", m.id());
                line.put("part", m.part().label());
                line.put("question", m.question());
                line.put("why", m.why());
                line.put("reply", m.reply());
                sb.append(json.writeValueAsString(line)).append('\n');
            }
        }
        Files.writeString(missesFile, sb.toString(), StandardCharsets.UTF_8);
    }
}
