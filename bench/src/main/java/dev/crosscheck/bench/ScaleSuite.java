package dev.crosscheck.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The scale part of the benchmark from end to end: builds the corpora (reused from {@code work} when already built),
 * asks every size the same questions in child JVMs, and returns one point per size for the report.
 */
public final class ScaleSuite {
    /** The corpus sizes of the issue: the seeds, ~500 BBC articles, the 2,225 BBC articles, and ~9,000. */
    public enum Size {
        SEEDS, SUBSET, BBC, MULTIPLIED
    }

    public static final int SUBSET_ARTICLES = 500;
    public static final int COPIES = 4;
    /** Headline questions added to the seeds' questions; with five timed rounds, enough for a p99. */
    public static final int HEADLINE_QUESTIONS = 40;

    private ScaleSuite() {
    }

    /**
     * Measures the chosen sizes, smallest first.
     *
     * @param bbc the BBC folder (topic subfolders), needed for every size but the seeds; null measures the seeds alone
     * @param work a folder kept between runs: the built corpora and the indexes live there
     */
    public static List<ScalePoint> run(Path seeds, Path bbc, Path work, List<String> seedQuestions, Set<Size> sizes,
                                       ScaleBench.Plan plan, PrintWriter log) {
        List<ScaleBench.Target> targets = new ArrayList<>();
        if (sizes.contains(Size.SEEDS)) {
            targets.add(new ScaleBench.Target("seeds", seeds));
        }
        if (bbc == null) {
            return new ScaleBench(work, log, plan).run(targets, seedQuestions);
        }
        ScaleCorpora corpora = new ScaleCorpora(bbc, work.resolve("corpora"), log);
        Path subset = corpora.subset(SUBSET_ARTICLES);
        List<String> questions = ScaleQuestions.of(seedQuestions, subset, HEADLINE_QUESTIONS);
        if (sizes.contains(Size.SUBSET)) {
            targets.add(new ScaleBench.Target("bbc-" + SUBSET_ARTICLES, subset));
        }
        if (sizes.contains(Size.BBC)) {
            targets.add(new ScaleBench.Target("bbc", bbc));
        }
        if (sizes.contains(Size.MULTIPLIED)) {
            targets.add(new ScaleBench.Target("bbc-x" + COPIES, corpora.copies(COPIES)));
        }
        log.printf(Locale.ROOT, "scale: %d corpora, %d questions each%n", targets.size(), questions.size());
        log.flush();
        return new ScaleBench(work, log, plan).run(targets, questions);
    }
}
