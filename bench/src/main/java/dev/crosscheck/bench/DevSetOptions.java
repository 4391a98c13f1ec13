package dev.crosscheck.bench;

import dev.crosscheck.config.Settings;
import dev.crosscheck.index.EmbeddingModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options the development-set commands share: where the sets, the BBC corpus and built indexes are, and which model. */
final class DevSetOptions {
    @Option(names = "--eval", paramLabel = "DIR", description = "The development sets (default: ../shared/eval)")
    Path eval = Path.of("..", "shared", "eval");

    @Option(names = "--corpus", paramLabel = "DIR", description = "The BBC corpus (default: ../shared/bench/bbc-news)")
    Path bbc = Path.of("..", "shared", "bench", "bbc-news");

    @Option(names = "--stories", paramLabel = "DIR",
            description = "Invented stories with questions, a folder each (default: bench/probes/qa-stories)")
    Path stories = DevSets.STORIES_FOLDER;

    @Option(names = "--model", paramLabel = "ID", description = "Embedding model (default: the configured one)")
    String model;

    @Option(names = "--work", paramLabel = "DIR", description = "Indexes and built corpora (default: DATA/bench)")
    Path work;

    EmbeddingModels model(Settings settings, CommandLine cli) {
        return model == null ? settings.model() : EmbeddingModels.byId(model).orElseThrow(() ->
                new ParameterException(cli, "unknown model: " + model));
    }

    Path work(Settings settings) {
        return work != null ? work : settings.data().resolve("bench");
    }

    /** The indexes of one model, one folder per corpus. */
    Path indexes(Settings settings, EmbeddingModels model) {
        return work(settings).resolve("indexes").resolve(model.id());
    }

    /** The named sets (see {@link DevSuite#load}); a missing folder of sets is a usage error. */
    List<DevSet> load(Settings settings, List<String> names, CommandLine cli) {
        if (!Files.isDirectory(eval)) {
            throw new ParameterException(cli, "development sets not found: " + eval);
        }
        return DevSuite.load(eval, settings.seeds(), bbc, work(settings), stories, names);
    }

    /**
     * Checks before the work starts that a file an option names can be written: its folder exists and it is not a
     * folder itself. A run of minutes should not end on a typo in an output path.
     */
    static void writable(Path file, String option, CommandLine cli) {
        if (file == null) {
            return;
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ParameterException(cli, option + ": no folder " + folder + " to write " + file.getFileName()
                    + " into");
        }
        if (Files.isDirectory(file)) {
            throw new ParameterException(cli, option + ": " + file + " is a folder, not a file");
        }
    }
}
