package dev.crosscheck.bench;

import dev.crosscheck.answer.Answer;
import dev.crosscheck.answer.Citation;
import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.Document;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Scores a composer on a QA set in the dev format with the benchmark's judge, and checks every quote is verbatim. */
final class QaEvaluation {
    record Outcome(String id, String question, boolean passed, String why, Answer answer) {
    }

    static List<QaItem> load(String resource) throws IOException {
        try (InputStream in = QaEvaluation.class.getResourceAsStream(resource)) {
            return QaFile.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    static Outcome judge(QaItem item, Answer answer, Corpus corpus) {
        for (Citation c : answer.citations()) {
            String text = corpus.document(c.source()).map(Document::text).orElse("");
            if (!text.contains(c.quote())) {
                return new Outcome(item.id(), item.question(), false, "quote not verbatim: " + c.quote(), answer);
            }
        }
        Verdict v = QaJudge.judge(item, Reply.of(answer));
        return new Outcome(item.id(), item.question(), v.correct(), v.why(), answer);
    }
}
