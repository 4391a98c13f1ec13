package dev.crosscheck.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.index.EmbeddingModels;
import org.junit.jupiter.api.Test;

class AnswerScorerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode weights(double coverWeight) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode w = root.putObject("weights");
        for (Feature f : Feature.values()) {
            w.put(f.key(), f == Feature.COVER ? coverWeight : 0.0);
        }
        root.put("bias", -2.0).put("threshold", 0.4).put("second_ratio", 0.8);
        return root;
    }

    @Test
    void theProbabilityIsTheLogisticOfTheWeightedFeatures() {
        AnswerScorer scorer = AnswerScorer.read(weights(4));
        double[] x = new double[Feature.values().length];
        assertEquals(1 / (1 + Math.exp(2)), scorer.probability(x), 1e-12);
        x[Feature.COVER.ordinal()] = 1;
        assertEquals(1 / (1 + Math.exp(-2)), scorer.probability(x), 1e-12);
        assertEquals(0.4, scorer.threshold());
        assertEquals(0.8, scorer.secondRatio());
    }

    @Test
    void aWeightsFileWithoutSomeFeatureIsRefused() {
        ObjectNode incomplete = weights(1);
        ((ObjectNode) incomplete.get("weights")).remove(Feature.DENSE.key());
        var e = assertThrows(IllegalArgumentException.class, () -> AnswerScorer.read(incomplete));
        assertTrue(e.getMessage().contains("dense"), e.getMessage());
    }

    @Test
    void everyModelShipsAFittedScorerWithItsProvenance() {
        for (EmbeddingModels m : EmbeddingModels.values()) {
            AnswerScorer scorer = AnswerScorer.forModel(m.id());
            assertTrue(scorer.threshold() > 0 && scorer.threshold() < 1, m.id());
            for (String field : new String[] {"command", "date", "model", "data", "learner", "cross_validation"}) {
                assertFalse(scorer.provenance().path(field).asText().isBlank(), m.id() + " lacks " + field);
            }
            assertEquals(m.id(), scorer.provenance().path("model").asText());
        }
    }
}
