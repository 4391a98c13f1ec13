package dev.crosscheck.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * QA sets as JSON lines: {@code {"id", "question", "kind", "expect_any"?, "expect_all"?, "sources"?}} per line,
 * the format of {@code eval/qa-dev.jsonl}.
 */
public final class QaFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private QaFile() {
    }

    public static List<QaItem> read(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Every non-blank line of {@code in}; a line that is not a QA item fails the read with its line number. */
    public static List<QaItem> read(Reader in) throws IOException {
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        List<QaItem> items = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = lines.readLine()) != null) {
            n++;
            if (!line.isBlank()) {
                items.add(parse(line, n));
            }
        }
        return items;
    }

    private static QaItem parse(String line, int n) throws IOException {
        JsonNode node = JSON.readTree(line);
        if (!node.path("question").isTextual()) {
            throw new IOException("line " + n + ": no question");
        }
        String id = node.path("id").asText("line-" + n);
        return new QaItem(id, node.get("question").asText(), node.path("kind").asText(QaItem.FACTOID),
                strings(node.path("expect_any")), strings(node.path("expect_all")), strings(node.path("sources")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(s -> out.add(s.asText()));
        return out;
    }

    /** One item per line, fields in the dev set's order, empty lists left out as the dev set does. */
    public static String format(List<QaItem> items) {
        StringBuilder sb = new StringBuilder();
        for (QaItem item : items) {
            sb.append("{\"id\": ").append(quote(item.id()))
                    .append(", \"question\": ").append(quote(item.question()))
                    .append(", \"kind\": ").append(quote(item.kind()));
            field(sb, "expect_any", item.expectAny());
            field(sb, "expect_all", item.expectAll());
            field(sb, "sources", item.sources());
            sb.append("}\n");
        }
        return sb.toString();
    }

    public static void write(Path file, List<QaItem> items) {
        try {
            Files.writeString(file, format(items), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static void field(StringBuilder sb, String name, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        sb.append(", \"").append(name).append("\": [");
        for (int i = 0; i < values.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(quote(values.get(i)));
        }
        sb.append(']');
    }

    private static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string always serialises", e);
        }
    }
}
