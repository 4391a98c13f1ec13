package dev.crosscheck.bench;

import dev.crosscheck.corpus.CorpusReader;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.StoryNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fits {@link StoryNames#MIN_SHARE}, the share of each article's name mentions that two reports of one story must
 * share: the share with the least balanced error between pairs of one-story corpora (which must be one story) and
 * pairs of a large corpus's articles filed in different folders (different stories), among pairs sharing
 * {@link StoryNames#MIN_SHARED} names, which are the pairs the share decides.
 */
final class StoryFit {
    /** The probe kept unread (bench/probes/README.md): checked here, never fitted on. */
    static final String HELD_OUT = "conflicts-leak";
    private static final double STEP = 0.01;

    private StoryFit() {
    }

    /** A share tried: the one-story pairs it would split and the unrelated pairs it would join. */
    record Point(double share, int split, int joined, double balancedError) {
    }

    /** The shares tried, the best, and how many pairs of each kind decided it. */
    record Result(List<Point> points, Point best, int samePairs, int apartPairs) {
    }

    /** The shares of every pair of articles in each one-story folder that share enough names. */
    static List<Double> storyShares(List<Path> folders) {
        List<Double> out = new ArrayList<>();
        for (Path folder : folders) {
            List<Map<String, Integer>> names = CorpusReader.read(folder).documents().stream()
                    .map(StoryNames::mentions).toList();
            for (int i = 0; i < names.size(); i++) {
                for (int j = i + 1; j < names.size(); j++) {
                    if (StoryNames.shared(names.get(i), names.get(j)) >= StoryNames.MIN_SHARED) {
                        out.add(StoryNames.share(names.get(i), names.get(j)));
                    }
                }
            }
        }
        return out;
    }

    /** The shares of pairs of articles filed in different top folders of a corpus that share enough names. */
    static List<Double> apartShares(Path corpus) {
        List<Document> docs = CorpusReader.read(corpus).documents();
        List<Map<String, Integer>> names = docs.stream().map(StoryNames::mentions).toList();
        List<String> folders = docs.stream().map(d -> d.id().contains("/") ? d.id().substring(0, d.id().indexOf('/'))
                : "").toList();
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            for (int j = i + 1; j < docs.size(); j++) {
                if (!folders.get(i).equals(folders.get(j))
                        && StoryNames.shared(names.get(i), names.get(j)) >= StoryNames.MIN_SHARED) {
                    out.add(StoryNames.share(names.get(i), names.get(j)));
                }
            }
        }
        return out;
    }

    /** The share with the least balanced error; of equal ones, the lowest, which splits fewest stories. */
    static Result fit(List<Double> same, List<Double> apart) {
        if (same.isEmpty() || apart.isEmpty()) {
            throw new IllegalArgumentException("need pairs of one story and pairs of different stories to fit on");
        }
        List<Point> points = new ArrayList<>();
        Point best = null;
        for (int k = 0; k * STEP <= 1 + 1e-9; k++) {
            Point p = point(Math.round(k * STEP * 100) / 100.0, same, apart);
            points.add(p);
            if (best == null || p.balancedError() < best.balancedError() - 1e-12) {
                best = p;
            }
        }
        return new Result(points, best, same.size(), apart.size());
    }

    /** How a share splits one-story pairs and joins unrelated ones. */
    static Point point(double share, List<Double> same, List<Double> apart) {
        int split = (int) same.stream().filter(s -> s < share).count();
        int joined = (int) apart.stream().filter(s -> s >= share).count();
        return new Point(share, split, joined, 0.5 * split / same.size() + 0.5 * joined / apart.size());
    }

    /** The one-story folders fitted on: the seeds, the rail set's articles and every read probe. */
    static List<Path> fitted(Path seeds, Path eval, Path probes) throws IOException {
        List<Path> out = new ArrayList<>();
        out.add(seeds);
        Path rail = eval.resolve("conflicts-rail").resolve("articles");
        if (Files.isDirectory(rail)) {
            out.add(rail);
        }
        ConflictBench.probes(probes).stream().filter(p -> !p.name().equals(HELD_OUT))
                .forEach(p -> out.add(p.articles()));
        return out;
    }

    /** The held-out probe's articles, if present. */
    static List<Path> heldOut(Path probes) throws IOException {
        return ConflictBench.probes(probes).stream().filter(p -> p.name().equals(HELD_OUT))
                .map(ConflictGold::articles).toList();
    }

    /** The fit as Markdown: a row every few shares, the best, and the held-out stories' pairs at the best. */
    static String markdown(Result r, List<Double> check, double current) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%d pairs of one story, %d pairs of different stories (sharing %d names "
                + "or more)%n%n", r.samePairs(), r.apartPairs(), StoryNames.MIN_SHARED));
        sb.append("| share | one-story pairs split | unrelated pairs joined | balanced error |\n")
                .append("|---:|---:|---:|---:|\n");
        for (Point p : r.points()) {
            if (Math.round(p.share() * 100) % 4 == 0 || p == r.best()) {
                sb.append(String.format(Locale.ROOT, "| %.2f%s | %d | %d | %.4f |%n", p.share(),
                        p == r.best() ? " (best)" : "", p.split(), p.joined(), p.balancedError()));
            }
        }
        sb.append(String.format(Locale.ROOT, "%nFitted share: %.2f (the core's StoryNames.MIN_SHARE: %.2f)%n",
                r.best().share(), current));
        if (!check.isEmpty()) {
            long kept = check.stream().filter(s -> s >= current).count();
            sb.append(String.format(Locale.ROOT, "Held-out stories: %d of %d pairs one story at %.2f%n", kept,
                    check.size(), current));
        }
        return sb.toString();
    }
}
