package dev.crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.Crosscheck;
import dev.crosscheck.TestCores;
import dev.crosscheck.answer.Answer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The development QA set over the seeds: at least 23 of 25, every quote verbatim. */
class QaDevSetTest {
    @Test
    void answersAtLeast23Of25DevQuestionsWithVerbatimQuotes() throws IOException {
        Crosscheck core = TestCores.seeds();
        List<QaEvaluation.Outcome> outcomes = new ArrayList<>();
        for (QaItem item : QaEvaluation.load("/eval/qa-dev.jsonl")) {
            Answer a = core.composer().answer(item.question());
            outcomes.add(QaEvaluation.judge(item, a, core.corpus()));
        }
        StringBuilder report = new StringBuilder();
        long passed = 0;
        for (QaEvaluation.Outcome o : outcomes) {
            if (o.passed()) {
                passed++;
            } else {
                report.append("\n").append(o.id()).append(" ").append(o.question()).append(": ").append(o.why())
                        .append("\n   -> ").append(o.answer().text());
            }
            assertTrue(!o.why().startsWith("quote not verbatim"), o.why());
        }
        System.out.println("QA dev: " + passed + "/" + outcomes.size() + report);
        assertTrue(passed >= 23, "QA dev: " + passed + "/" + outcomes.size() + report);
    }
}
