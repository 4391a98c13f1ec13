package dev.crosscheck.bench;

import dev.crosscheck.answer.RankedSentence;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Fits the answer scorer: L2-regularised logistic regression (liblinear) over standardised candidate features, its
 * regularisation chosen by cross-validation with questions kept whole in one fold (the one whose held-out
 * predictions reach the best objective below); then, on the held-out predictions, the "found" threshold, the share
 * of the best candidate's probability above which the runner-up is shown too, and the probability below which the
 * best is quoted with the sentences around it.
 *
 * <p>A threshold is judged by the mean, over the training sets, of each set's accuracy (answerable questions whose
 * best candidate is right and above it, unanswerable ones below it): each set keeps its own mix of answerable and
 * unanswerable questions, and no set's size decides; no threshold may answer more than one in ten of the questions
 * about what the folder does not hold. The runner-up's share and the widening level give the most right replies
 * held out, a reply being right when it holds the answer within a chat message, as the answer-quality issue judges
 * it; of showings that give as many, the narrower wins (one sentence before a passage, one passage before two).
 */
public final class ScorerFit {
    static final double[] C_GRID = {0.01, 0.03, 0.1, 0.3, 1, 3, 10};
    static final int FOLDS = 5;
    /**
     * Questions about what the folder does not hold (the foreign questions) are left unanswered at least this often
     * by any threshold chosen: the floor the answer-quality issue sets for them.
     */
    static final String UNASKED = DevSuite.FOREIGN;
    static final double UNASKED_FLOOR = 0.9;
    private static final double EPSILON = 0.001;

    /** The fitted scorer in the features' own scale, with what cross-validation said of it. */
    public record Result(double[] weights, double bias, double threshold, double secondRatio, double passageBelow,
                         int passageAfter, double c, double objective, Map<String, double[]> heldOut) {
    }

    /** Held-out predictions of one question: its candidates' probabilities and labels, best first. */
    record Predicted(TrainingQuestion question, double[] probabilities, boolean[] answers, int[] reaches) {
        double top() {
            return probabilities.length == 0 ? 0 : probabilities[0];
        }

        boolean topAnswers() {
            return answers.length > 0 && answers[0];
        }
    }

    private ScorerFit() {
    }

    public static Result fit(List<TrainingQuestion> questions, long seed) {
        Linear.disableDebugOutput();
        int n = questions.stream().flatMap(q -> q.rows().stream()).findFirst()
                .map(r -> r.features().length).orElseThrow(() -> new IllegalArgumentException("no training rows"));
        double[][] scale = standardisation(questions, n);
        List<TrainingQuestion> shuffled = new ArrayList<>(questions);
        Collections.shuffle(shuffled, new Random(seed));

        double bestC = C_GRID[0];
        double bestObjective = -1;
        List<Predicted> bestHeldOut = List.of();
        double bestThreshold = 0.5;
        for (double c : C_GRID) {
            List<Predicted> heldOut = new ArrayList<>();
            for (int fold = 0; fold < FOLDS; fold++) {
                List<TrainingQuestion> train = new ArrayList<>();
                List<TrainingQuestion> test = new ArrayList<>();
                for (int i = 0; i < shuffled.size(); i++) {
                    (i % FOLDS == fold ? test : train).add(shuffled.get(i));
                }
                double[] w = train(train, scale, c, n);
                test.forEach(q -> heldOut.add(predict(q, w, scale)));
            }
            double threshold = bestThreshold(heldOut);
            double objective = objective(heldOut, threshold);
            if (objective > bestObjective + 1e-9) {
                bestObjective = objective;
                bestC = c;
                bestHeldOut = heldOut;
                bestThreshold = threshold;
            }
        }
        double[] w = train(shuffled, scale, bestC, n);
        // Back to the features' own scale: w·((x - mean) / sd) + b = (w / sd)·x + (b - Σ w·mean / sd).
        double[] weights = new double[n];
        double bias = w[n];
        for (int i = 0; i < n; i++) {
            weights[i] = w[i] / scale[1][i];
            bias -= w[i] * scale[0][i] / scale[1][i];
        }
        double[] shown = showing(bestHeldOut, bestThreshold);
        return new Result(weights, bias, bestThreshold, shown[0], shown[1], (int) shown[2], bestC, bestObjective,
                shares(bestHeldOut, bestThreshold));
    }

    /** Means and standard deviations of every feature over all candidates. */
    private static double[][] standardisation(List<TrainingQuestion> questions, int n) {
        double[] mean = new double[n];
        double[] sd = new double[n];
        long count = 0;
        for (TrainingQuestion q : questions) {
            for (TrainingQuestion.Row r : q.rows()) {
                for (int i = 0; i < n; i++) {
                    mean[i] += r.features()[i];
                }
                count++;
            }
        }
        for (int i = 0; i < n; i++) {
            mean[i] /= Math.max(1, count);
        }
        for (TrainingQuestion q : questions) {
            for (TrainingQuestion.Row r : q.rows()) {
                for (int i = 0; i < n; i++) {
                    double d = r.features()[i] - mean[i];
                    sd[i] += d * d;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            sd[i] = Math.sqrt(sd[i] / Math.max(1, count));
            if (sd[i] < 1e-9) {
                sd[i] = 1;
            }
        }
        return new double[][] {mean, sd};
    }

    /** Weights over standardised features, the intercept last, oriented so that w·x > 0 means "answers". */
    private static double[] train(List<TrainingQuestion> questions, double[][] scale, double c, int n) {
        List<FeatureNode[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (TrainingQuestion q : questions) {
            for (TrainingQuestion.Row r : q.rows()) {
                FeatureNode[] row = new FeatureNode[n + 1];
                for (int i = 0; i < n; i++) {
                    row[i] = new FeatureNode(i + 1, (r.features()[i] - scale[0][i]) / scale[1][i]);
                }
                row[n] = new FeatureNode(n + 1, 1.0);
                x.add(row);
                y.add(r.answers() ? 1.0 : 0.0);
            }
        }
        Problem p = new Problem();
        p.l = x.size();
        p.n = n + 1;
        p.x = x.toArray(new FeatureNode[0][]);
        p.y = y.stream().mapToDouble(Double::doubleValue).toArray();
        p.bias = 1;
        Linear.resetRandom();
        Model m = Linear.train(p, new Parameter(SolverType.L2R_LR, c, EPSILON));
        double[] w = m.getFeatureWeights().clone();
        if (m.getLabels()[0] != 1) {
            for (int i = 0; i < w.length; i++) {
                w[i] = -w[i];
            }
        }
        return w;
    }

    private static Predicted predict(TrainingQuestion q, double[] w, double[][] scale) {
        int n = scale[0].length;
        List<double[]> scored = new ArrayList<>();
        for (TrainingQuestion.Row r : q.rows()) {
            double z = w[n];
            for (int i = 0; i < n; i++) {
                z += w[i] * (r.features()[i] - scale[0][i]) / scale[1][i];
            }
            scored.add(new double[] {1 / (1 + Math.exp(-z)), r.answers() ? 1 : 0, r.passageReach()});
        }
        scored.sort(Comparator.comparingDouble((double[] a) -> a[0]).reversed());
        double[] p = new double[scored.size()];
        boolean[] a = new boolean[scored.size()];
        int[] reach = new int[scored.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = scored.get(i)[0];
            a[i] = scored.get(i)[1] == 1;
            reach[i] = (int) scored.get(i)[2];
        }
        return new Predicted(q, p, a, reach);
    }

    /** The threshold with the best objective over the held-out predictions; the higher one on ties. */
    static double bestThreshold(List<Predicted> heldOut) {
        List<Double> candidates = new ArrayList<>();
        heldOut.forEach(p -> candidates.add(p.top()));
        candidates.add(0.0);
        candidates.add(1.0);
        candidates.sort(Comparator.reverseOrder());
        double best = 1;
        double bestObjective = -1;
        for (double t : candidates) {
            double[] unasked = shares(heldOut, t).get(UNASKED);
            if (unasked != null && unasked[1] < UNASKED_FLOOR) {
                continue;
            }
            double o = objective(heldOut, t);
            if (o > bestObjective + 1e-12) {
                bestObjective = o;
                best = t;
            }
        }
        return best;
    }

    /**
     * The mean over sets of each set's accuracy: answerable questions whose best candidate is right and above the
     * threshold, unanswerable ones below it. Each set keeps its own mix of the two; every set counts alike.
     */
    static double objective(List<Predicted> heldOut, double threshold) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Predicted p : heldOut) {
            int[] c = counts.computeIfAbsent(p.question().group(), k -> new int[2]);
            boolean found = p.top() >= threshold;
            c[0] += p.question().answerable() ? (found && p.topAnswers() ? 1 : 0) : (found ? 0 : 1);
            c[1]++;
        }
        return counts.values().stream().mapToDouble(c -> c[0] / (double) c[1]).average().orElse(0);
    }

    /** Per set: {share of answerable questions answered right, share of unanswerable ones not answered}. */
    static Map<String, double[]> shares(List<Predicted> heldOut, double threshold) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Predicted p : heldOut) {
            int[] c = counts.computeIfAbsent(p.question().group(), k -> new int[4]);
            boolean found = p.top() >= threshold;
            if (p.question().answerable()) {
                c[0] += found && p.topAnswers() ? 1 : 0;
                c[1]++;
            } else {
                c[2] += found ? 0 : 1;
                c[3]++;
            }
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        counts.forEach((group, c) -> out.put(group, new double[] {
            c[1] == 0 ? Double.NaN : c[0] / (double) c[1], c[3] == 0 ? Double.NaN : c[2] / (double) c[3]}));
        return out;
    }

    /**
     * How replies are shown, chosen to give the most right replies: {share of the best candidate's probability above
     * which the runner-up is shown too, probability below which the best is quoted with the sentences around it, how
     * many sentences past the best's that passage reaches}. A share of 1 shows a runner-up only on a tie; a level of
     * 0 never widens. The search runs from the narrowest showing and takes a wider one only when it gives more right
     * replies: a passage reaches further only when that answers more.
     */
    static double[] showing(List<Predicted> heldOut, double threshold) {
        double[] best = {1, 0, 1};
        int bestRight = right(heldOut, threshold, 1, 0, 1);
        for (int after = 1; after <= RankedSentence.WIDEST_PASSAGE; after++) {
            for (int i = 100; i >= 5; i--) {
                for (int j = 0; j <= 100; j++) {
                    double ratio = i / 100.0;
                    double below = j / 100.0;
                    int r = right(heldOut, threshold, ratio, below, after);
                    if (r > bestRight) {
                        bestRight = r;
                        best = new double[] {ratio, below, after};
                    }
                }
            }
        }
        return best;
    }

    /** Answerable questions above the threshold whose reply, shown so, holds the answer. */
    private static int right(List<Predicted> heldOut, double threshold, double ratio, double below, int after) {
        int right = 0;
        for (Predicted p : heldOut) {
            if (!p.question().answerable() || p.top() < threshold) {
                continue;
            }
            boolean widened = p.top() < below;
            boolean two = p.probabilities.length > 1 && p.probabilities[1] >= threshold
                    && p.probabilities[1] >= p.top() * ratio;
            boolean first = widened ? p.reaches[0] > 0 && p.reaches[0] <= after : p.answers[0];
            right += first || two && p.answers[1] ? 1 : 0;
        }
        return right;
    }
}
