package dev.crosscheck.bench;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The corpora the conflict commands read: the development sets and a corpus of unrelated stories. */
final class ConflictCorpora {
    @Option(names = "--eval", paramLabel = "DIR", description = "Development sets (default: ../shared/eval)")
    Path eval = Path.of("..", "shared", "eval");

    @Option(names = "--bbc", paramLabel = "DIR",
            description = "A corpus of unrelated stories filed in folders (default: ../shared/bench/bbc-news)")
    Path bbc = Path.of("..", "shared", "bench", "bbc-news");
}
