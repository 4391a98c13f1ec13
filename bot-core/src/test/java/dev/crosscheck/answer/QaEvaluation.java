package dev.crosscheck.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.Document;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Scores a composer on a QA set in the dev format (expect_any, expect_all, sources, unanswerable). */
final class QaEvaluation {
    record Outcome(String id, String question, boolean passed, String why, Answer answer) {
    }

    static List<JsonNode> load(String resource) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> items = new ArrayList<>();
        try (InputStream in = QaEvaluation.class.getResourceAsStream(resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    items.add(mapper.readTree(line));
                }
            }
        }
        return items;
    }

    static Outcome judge(JsonNode item, Answer answer, Corpus corpus) {
        String id = item.path("id").asText();
        String q = item.path("question").asText();
        for (Citation c : answer.citations()) {
            String text = corpus.document(c.source()).map(Document::text).orElse("");
            if (!text.contains(c.quote())) {
                return new Outcome(id, q, false, "quote not verbatim: " + c.quote(), answer);
            }
        }
        if ("unanswerable".equals(item.path("kind").asText())) {
            return new Outcome(id, q, !answer.found(), answer.found() ? "answered an unanswerable question" : "", answer);
        }
        if (!answer.found()) {
            return new Outcome(id, q, false, "not found", answer);
        }
        if (item.has("expect_any")) {
            boolean any = false;
            for (JsonNode re : item.get("expect_any")) {
                any |= Pattern.compile(re.asText()).matcher(answer.text()).find();
            }
            if (!any) {
                return new Outcome(id, q, false, "no expected pattern in the answer", answer);
            }
        }
        if (item.has("expect_all")) {
            for (JsonNode re : item.get("expect_all")) {
                if (!Pattern.compile(re.asText()).matcher(answer.text()).find()) {
                    return new Outcome(id, q, false, "missing " + re.asText(), answer);
                }
            }
        }
        if (item.has("sources")) {
            List<String> wanted = new ArrayList<>();
            item.get("sources").forEach(s -> wanted.add(s.asText()));
            if (answer.citations().stream().noneMatch(c -> wanted.contains(c.source()))) {
                return new Outcome(id, q, false, "no citation from " + wanted, answer);
            }
        }
        return new Outcome(id, q, true, "", answer);
    }
}
