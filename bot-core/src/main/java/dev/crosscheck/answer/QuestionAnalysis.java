package dev.crosscheck.answer;

import dev.crosscheck.quantity.Quantity;
import java.util.List;

/**
 * A question taken apart: the answer type it wants, its topic words (each with the index terms that match it,
 * name variants included, and a weight by rarity), the names it mentions, which an answer must be about, and the
 * figures it already holds, which cannot be its answer.
 */
public record QuestionAnalysis(String text, AnswerType type, List<Term> terms, List<String> names,
                               List<Quantity> figures) {

    /** One topic word of the question with the index terms that count as it and its weight. */
    public record Term(String word, java.util.Set<String> stems, double weight, boolean name, boolean focus) {
    }

    public double totalWeight() {
        double sum = 0;
        for (Term t : terms) {
            sum += t.weight();
        }
        return sum;
    }
}
