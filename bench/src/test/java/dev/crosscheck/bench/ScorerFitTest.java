package dev.crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

class ScorerFitTest {
    /**
     * Questions of two sets: in answerable ones the right candidate has a high first feature (noise on the second);
     * unanswerable ones only have low first features.
     */
    private static List<TrainingQuestion> questions(long seed) {
        Random r = new Random(seed);
        List<TrainingQuestion> out = new ArrayList<>();
        for (int q = 0; q < 120; q++) {
            boolean answerable = q % 3 != 0;
            List<TrainingQuestion.Row> rows = new ArrayList<>();
            for (int c = 0; c < 10; c++) {
                boolean right = answerable && c == 0;
                double signal = right ? 0.7 + 0.3 * r.nextDouble() : 0.5 * r.nextDouble();
                rows.add(new TrainingQuestion.Row(new double[] {signal, r.nextDouble()}, right, ""));
            }
            out.add(new TrainingQuestion("q" + q, "question " + q, q % 2 == 0 ? "a" : "b", answerable, rows));
        }
        return out;
    }

    @Test
    void learnsWhichFeatureAnswersAndWhereToStopAnswering() {
        ScorerFit.Result fit = ScorerFit.fit(questions(1), 7);
        assertTrue(fit.weights()[0] > 1, "the informative feature counts: " + fit.weights()[0]);
        assertTrue(Math.abs(fit.weights()[1]) < fit.weights()[0] / 5, "the noise does not: " + fit.weights()[1]);
        assertTrue(fit.objective() > 0.95, "held out, the sets are nearly all right: " + fit.objective());
        // The threshold sits between the best wrong candidates (signal below 0.5) and the right ones (above 0.7).
        double atWrong = 1 / (1 + Math.exp(-(fit.bias() + fit.weights()[0] * 0.5 + fit.weights()[1] * 0.5)));
        double atRight = 1 / (1 + Math.exp(-(fit.bias() + fit.weights()[0] * 0.7 + fit.weights()[1] * 0.5)));
        assertTrue(fit.threshold() > atWrong && fit.threshold() <= atRight,
                fit.threshold() + " not between " + atWrong + " and " + atRight);
    }

    @Test
    void theSameDataAndSeedGiveTheSameFit() {
        ScorerFit.Result a = ScorerFit.fit(questions(1), 7);
        ScorerFit.Result b = ScorerFit.fit(questions(1), 7);
        assertArrayEquals(a.weights(), b.weights());
        assertEquals(a.threshold(), b.threshold());
        assertEquals(a.secondRatio(), b.secondRatio());
    }

    @Test
    void aRunnerUpIsShownWhenItIsRightAsOftenAsTheBest() {
        List<TrainingQuestion> coinFlips = new ArrayList<>();
        Random r = new Random(3);
        for (int q = 0; q < 100; q++) {
            List<TrainingQuestion.Row> rows = new ArrayList<>();
            boolean firstRight = r.nextBoolean();
            // Two candidates look the same to the features; either is right, never both.
            rows.add(new TrainingQuestion.Row(new double[] {1, r.nextDouble() * 0.01}, firstRight, ""));
            rows.add(new TrainingQuestion.Row(new double[] {1, r.nextDouble() * 0.01}, !firstRight, ""));
            for (int c = 0; c < 6; c++) {
                rows.add(new TrainingQuestion.Row(new double[] {0, r.nextDouble() * 0.01}, false, ""));
            }
            coinFlips.add(new TrainingQuestion("q" + q, "", "a", true, rows));
        }
        ScorerFit.Result fit = ScorerFit.fit(coinFlips, 7);
        assertTrue(fit.secondRatio() < 0.95, "two passages are worth more than a coin flip: " + fit.secondRatio());
    }

    @Test
    void theBestIsQuotedWithItsNeighboursWhenTheAnswerIsUsuallyBesideIt() {
        // The best candidate itself answers now and then; the passage around it nearly always does.
        List<TrainingQuestion> beside = bestAmongSix(5, q -> q % 10 < 3, q -> q % 10 != 9 ? 1 : 0);
        ScorerFit.Result fit = ScorerFit.fit(beside, 7);
        double best = 1 / (1 + Math.exp(-(fit.bias() + fit.weights()[0])));
        assertTrue(fit.passageBelow() > best, "the passage is quoted: " + fit.passageBelow() + " vs " + best);
        assertEquals(1, fit.passageAfter(), "reaching further answers no more");

        ScorerFit.Result itself = ScorerFit.fit(questions(1), 7);
        double right = 1 / (1 + Math.exp(-(itself.bias() + itself.weights()[0] * 0.85 + itself.weights()[1] * 0.5)));
        assertTrue(itself.passageBelow() < right, "not when the best candidate itself answers: "
                + itself.passageBelow() + " vs " + right);
    }

    @Test
    void aReplyStaysOneSentenceWhenNothingWiderGivesMoreRightReplies() {
        // questions(1): the best candidate answers whenever any does, and its passage holds nothing more.
        ScorerFit.Result fit = ScorerFit.fit(questions(1), 7);
        assertEquals(1.0, fit.secondRatio(), "no runner-up beside a right best");
        assertEquals(0.0, fit.passageBelow(), "no passage around a right best");
    }

    @Test
    void aPassageReachesFurtherOnlyWhenThatAnswersMore() {
        // The best candidate itself answers now and then; else the answer is two sentences past it.
        List<TrainingQuestion> further = bestAmongSix(11, q -> q % 10 < 3, q -> q % 10 < 3 ? 1 : 2);
        ScorerFit.Result fit = ScorerFit.fit(further, 7);
        assertEquals(2, fit.passageAfter(), "two sentences past the answer's, not the widest passage there is");
    }

    /**
     * A hundred answerable questions: a best candidate (feature 1) that answers itself when {@code itself} says so
     * and whose passage reaches the answer {@code reach} sentences on, and six that never answer (feature 0).
     */
    private static List<TrainingQuestion> bestAmongSix(long seed, IntPredicate itself, IntUnaryOperator reach) {
        List<TrainingQuestion> out = new ArrayList<>();
        Random r = new Random(seed);
        for (int q = 0; q < 100; q++) {
            List<TrainingQuestion.Row> rows = new ArrayList<>();
            rows.add(new TrainingQuestion.Row(new double[] {1, r.nextDouble() * 0.01}, itself.test(q),
                    reach.applyAsInt(q), ""));
            for (int c = 0; c < 6; c++) {
                rows.add(new TrainingQuestion.Row(new double[] {0, r.nextDouble() * 0.01}, false, 0, ""));
            }
            out.add(new TrainingQuestion("q" + q, "", "a", true, rows));
        }
        return out;
    }
}
