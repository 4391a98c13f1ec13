package dev.crosscheck.cli;

import dev.crosscheck.answer.Answer;
import dev.crosscheck.answer.Citation;
import dev.crosscheck.command.Reply;
import dev.crosscheck.conflict.Conflict;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.Origin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The CLI's JSON shapes; tools depend on them, so field names and order are fixed here in one place. */
final class Json {
    private Json() {
    }

    static Map<String, Object> answer(Answer a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("question", a.question());
        m.put("found", a.found());
        m.put("answer", a.text());
        m.put("citations", citations(a.citations()));
        m.put("see_also", citations(a.seeAlso()));
        m.put("took_ms", a.tookMs());
        return m;
    }

    static List<Map<String, Object>> citations(List<Citation> citations) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Citation c : citations) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("n", c.n());
            m.put("source", c.source());
            m.put("title", c.title());
            m.put("quote", c.quote());
            putOrigin(m, c.origin());
            out.add(m);
        }
        return out;
    }

    /** {"summary", "citations"} as documented, plus "found" (false with the reason as the summary text). */
    static Map<String, Object> summary(Reply reply) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("summary", reply.body());
        m.put("found", !reply.has(Reply.Flag.NOT_FOUND));
        m.put("citations", citations(reply.citations()));
        return m;
    }

    static Map<String, Object> conflicts(List<Conflict> conflicts) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Conflict c : conflicts) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("topic", c.topic());
            m.put("kind", c.kind().label());
            List<Map<String, Object>> statements = new ArrayList<>();
            for (Conflict.Statement s : c.statements()) {
                Map<String, Object> st = new LinkedHashMap<>();
                st.put("source", s.source());
                st.put("quote", s.quote());
                st.put("value", s.value());
                st.put("said_by", s.saidBy());
                putOrigin(st, s.origin());
                statements.add(st);
            }
            m.put("statements", statements);
            list.add(m);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("conflicts", list);
        return m;
    }

    /** A source's url, outlet and published time (ISO-8601, UTC), each only when its front matter gives it. */
    private static void putOrigin(Map<String, Object> m, Origin origin) {
        if (origin.url() != null) {
            m.put("url", origin.url());
        }
        if (origin.outlet() != null) {
            m.put("outlet", origin.outlet());
        }
        if (origin.published() != null) {
            m.put("published", origin.published().toString());
        }
    }

    static Map<String, Object> sources(List<Document> documents) {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Document d : documents) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", d.id());
            m.put("title", d.title());
            m.put("sentences", d.sentences().size());
            m.put("characters", d.text().length());
            putOrigin(m, d.origin());
            docs.add(m);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sources", docs);
        return m;
    }
}
