package dev.crosscheck.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Fits the story share: how near, by the embedding model, a conversation's story must come to a question, against
 * the whole folder, for a question that names nothing to be read with the conversation. Fitted on follow-ups (later
 * turns, about their story) and new topics (first turns asked after another story's conversation).
 */
final class StoryShareFit {
    /** One question's story share and whether it continued its conversation's story. */
    record Example(double share, boolean followUp) {
    }

    /** The fitted share with its balanced accuracy on the examples. */
    record Result(double share, double balancedAccuracy, int followUps, int newTopics) {
    }

    private StoryShareFit() {
    }

    /**
     * The share that tells follow-ups from new topics best, by balanced accuracy (the two are far from equally
     * many); of shares that do as well, the highest, since a complete question is read as typed unless sure.
     */
    static Result fit(List<Example> examples) {
        int followUps = (int) examples.stream().filter(Example::followUp).count();
        int newTopics = examples.size() - followUps;
        if (followUps == 0 || newTopics == 0) {
            throw new IllegalArgumentException("the story share needs follow-ups and new topics to fit on, got "
                    + followUps + " and " + newTopics);
        }
        TreeSet<Double> shares = new TreeSet<>();
        examples.forEach(e -> shares.add(e.share()));
        List<Double> cuts = new ArrayList<>();
        Double previous = null;
        for (double s : shares) {
            cuts.add(previous == null ? s : (previous + s) / 2);
            previous = s;
        }
        cuts.add(previous + 1e-6);
        double best = -1;
        double bestCut = cuts.get(cuts.size() - 1);
        for (double cut : cuts) {
            double accuracy = balancedAccuracy(examples, cut, followUps, newTopics);
            if (accuracy >= best) {
                best = accuracy;
                bestCut = cut;
            }
        }
        return new Result(Math.round(bestCut * 1000) / 1000.0, best, followUps, newTopics);
    }

    private static double balancedAccuracy(List<Example> examples, double cut, int followUps, int newTopics) {
        int kept = 0;
        int left = 0;
        for (Example e : examples) {
            if (e.followUp() && e.share() >= cut) {
                kept++;
            } else if (!e.followUp() && e.share() < cut) {
                left++;
            }
        }
        return (kept / (double) followUps + left / (double) newTopics) / 2;
    }
}
