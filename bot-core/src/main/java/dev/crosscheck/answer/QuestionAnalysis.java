package dev.crosscheck.answer;

import dev.crosscheck.quantity.Quantity;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A question taken apart: the answer type it wants, its topic words (each with the index terms that match it,
 * name variants included, the stems of words that mean nearly the same, and a weight by rarity), the names it
 * mentions, which an answer must be about, and the figures it already holds, which cannot be its answer.
 */
public record QuestionAnalysis(String text, AnswerType type, List<Term> terms, List<String> names,
                               List<Quantity> figures) {

    /**
     * One topic word of the question: the index terms that count as it, related stems with the share of its weight
     * a match on them earns (a related word as rare as the question's own word earns it all), its weight, whether
     * it is a name, and whether it is the thing asked about.
     */
    public record Term(String word, Set<String> stems, Map<String, Double> related, double weight, boolean name,
                       boolean focus) {
    }

    public double totalWeight() {
        double sum = 0;
        for (Term t : terms) {
            sum += t.weight();
        }
        return sum;
    }
}
