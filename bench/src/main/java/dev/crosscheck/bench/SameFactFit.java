package dev.crosscheck.bench;

import dev.crosscheck.conflict.ConflictDetector;
import dev.crosscheck.conflict.SameFact;
import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.CorpusReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Fits {@link SameFact}'s bounds on the user tests' gold, as the detector uses them: of the bounds on a grid, those
 * finding the most planted disagreements and updates of the tune half's stories while their reports stay at least as
 * precise (the share matching a planted item) as the words alone make them there. The check half is scored, not
 * fitted on.
 */
final class SameFactFit {
    static final double[] RATIOS = {1.25, 1.5, 1.75, 2, 2.5, 3, 4};
    /** The most days apart two reports may be, tried from the same day to three. */
    static final int MOST_DAYS = 3;
    /** The cosines tried, by {@link #STEP} from {@link #LOWEST}: coarse, as each point runs the detector anew. */
    static final int LOWEST = 30;
    static final int HIGHEST = 80;
    static final int STEP = 5;

    private SameFactFit() {
    }

    /** The bounds chosen, and how the detector scores with them and with words alone on each half. */
    record Result(double similarity, double ratio, int days, Score tune, Score check, Score tuneByWords, Score checkByWords) {
    }

    /** Over some stories: planted items, those found, the reports and those matching a planted item. */
    record Score(long planted, long found, long reports, long matching) {
        double precision() {
            return reports == 0 ? 1 : matching / (double) reports;
        }

        static Score of(List<ConflictGold> stories, Function<Corpus, ConflictDetector> detect) {
            long planted = 0;
            long found = 0;
            long reports = 0;
            long matching = 0;
            for (ConflictGold story : stories) {
                ConflictScore s = ConflictBench.score(story, detect);
                planted += s.total(null);
                found += s.found(null);
                reports += s.reported().size();
                matching += s.matchedReports();
            }
            return new Score(planted, found, reports, matching);
        }

        String describe() {
            return String.format(Locale.ROOT, "%d of %d planted found; %d reports, %d matching a planted item "
                    + "(precision %.2f)", found, planted, reports, matching, precision());
        }
    }

    static Result fit(List<ConflictGold> stories, Function<String, float[]> meaning) {
        Map<String, float[]> vectors = new ConcurrentHashMap<>();
        Function<String, float[]> cached = text -> vectors.computeIfAbsent(text, meaning);
        List<ConflictGold> tune = stories.stream().filter(s -> Part.of(s.name()) == Part.TUNE).toList();
        List<ConflictGold> check = stories.stream().filter(s -> Part.of(s.name()) == Part.CHECK).toList();
        Function<Corpus, ConflictDetector> byWords = ConflictDetector::of;
        Score words = Score.of(tune, byWords);
        double bestSimilarity = Double.POSITIVE_INFINITY;
        double bestRatio = 1;
        int bestDays = -1;
        Score best = words;
        // From the narrowest bounds out, so that of bounds finding as many the narrowest is kept.
        for (int s = HIGHEST; s >= LOWEST; s -= STEP) {
            for (double ratio : RATIOS) {
                for (int days = 0; days <= MOST_DAYS; days++) {
                    SameFact bounds = new SameFact(s / 100.0, ratio, days, null);
                    Score score = Score.of(tune, corpus -> ConflictDetector.of(corpus, cached, bounds));
                    if (score.precision() >= words.precision() && score.found() > best.found()) {
                        best = score;
                        bestSimilarity = s / 100.0;
                        bestRatio = ratio;
                        bestDays = days;
                    }
                }
            }
        }
        SameFact chosen = new SameFact(bestSimilarity, bestRatio, bestDays, null);
        return new Result(bestSimilarity, bestRatio, bestDays, best,
                Score.of(check, corpus -> ConflictDetector.of(corpus, cached, chosen)), words,
                Score.of(check, byWords));
    }
}
