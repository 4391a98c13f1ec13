package dev.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.TestCores;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private String[] withFolders(String... rest) {
        String[] args = new String[rest.length + 4];
        args[0] = "--seeds";
        args[1] = TestCores.seedsFolder().toString();
        args[2] = "--data";
        args[3] = tmp.resolve("data").toString();
        System.arraycopy(rest, 0, args, 4, rest.length);
        return args;
    }

    @Test
    void askJsonHasTheDocumentedShape() throws IOException {
        Run r = run(withFolders("ask", "--json", "Who", "leads", "the", "Wagner", "group?"));
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("Who leads the Wagner group?", json.get("question").asText());
        assertTrue(json.get("found").asBoolean());
        assertTrue(json.get("answer").asText().contains("Prigozhin"));
        JsonNode c = json.get("citations").get(0);
        assertEquals(1, c.get("n").asInt());
        assertTrue(c.get("source").asText().endsWith(".txt"));
        assertFalse(c.get("title").asText().isBlank());
        String file = Files.readString(TestCores.seedsFolder().resolve(c.get("source").asText()));
        assertTrue(file.contains(c.get("quote").asText()));
        assertTrue(json.get("took_ms").isNumber());
    }

    @Test
    void askShowsAFetchedArticlesOriginInJsonAndItsUrlUnderTheQuoteInText() throws IOException {
        Path seeds = Files.createDirectories(tmp.resolve("fetched-seeds"));
        Files.writeString(seeds.resolve("kyiv.md"), """
                ---
                title: "Strikes hit Kyiv overnight"
                url: "https://example.org/news/kyiv-strikes"
                outlet: "Example News"
                published: "2026-12-01T09:30:00Z"
                ---
                Strikes hit Kyiv overnight

                Kyiv Mayor Vitali Klitschko said explosions were reported in the Holosiivskyi district.
                """);
        Files.writeString(seeds.resolve("weather.txt"), "Snow in Lviv\n\nHeavy snow fell on Lviv on Tuesday.");
        String[] folders = {"--seeds", seeds.toString(), "--data", tmp.resolve("fetched-data").toString()};

        Run json = run(concat(folders, new String[] {"ask", "--json", "Who is the mayor of Kyiv?"}));
        Run text = run(concat(folders, new String[] {"ask", "Who is the mayor of Kyiv?"}));

        assertEquals(0, json.code(), json.err());
        JsonNode c = new ObjectMapper().readTree(json.out()).get("citations").get(0);
        assertEquals("kyiv.md", c.get("source").asText());
        assertEquals("Strikes hit Kyiv overnight", c.get("title").asText());
        assertEquals("https://example.org/news/kyiv-strikes", c.get("url").asText());
        assertEquals("Example News", c.get("outlet").asText());
        assertEquals("2026-12-01T09:30:00Z", c.get("published").asText());
        assertFalse(c.get("quote").asText().contains("outlet:"), "the front matter is never quoted");
        assertTrue(text.out().contains("[1] kyiv.md — Strikes hit Kyiv overnight (Example News, 1 Dec 2026)\n"
                + "    “Kyiv Mayor Vitali Klitschko said explosions were reported in the Holosiivskyi district.”\n"
                + "    https://example.org/news/kyiv-strikes"), text.out());
    }

    @Test
    void aBatchFileInAnotherEncodingIsReadAndOneThatIsNoTextIsNamed() throws IOException {
        // A Latin-1 question file had been refused whole with "java.nio.charset.MalformedInputException".
        Path latin = Files.write(tmp.resolve("latin.txt"),
                "Who is the mayor of Kyiv?\nQu'a dit le maire de Kyiv à propos des explosions?\n"
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Run r = run(withFolders("ask", "--json", "--batch", latin.toString()));
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r.out());
        assertTrue(new ObjectMapper().readTree(lines.get(1)).get("question").asText().contains("à propos"));
        assertTrue(r.err().contains("not valid UTF-8"), r.err());
        Path binary = Files.write(tmp.resolve("scan.bin"), new byte[] {'%', 'P', 'D', 'F', 0, 0, 1, 2, 3});
        Run refused = run(withFolders("ask", "--batch", binary.toString()));
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("batch file is binary, not lines of text: " + binary), refused.err());
        Run folder = run(withFolders("ask", "--batch", tmp.toString()));
        assertEquals(2, folder.code());
        assertTrue(folder.err().contains("batch file is a folder: " + tmp), folder.err());
    }

    @Test
    void batchPrintsOneObjectPerLineInOrder() throws IOException {
        Path questions = Files.write(tmp.resolve("q.txt"),
                List.of("Who leads the Wagner group?", "", "Who won the football world cup in 2022?"));
        Run r = run(withFolders("ask", "--json", "--batch", questions.toString()));
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(3, lines.size(), r.out());
        ObjectMapper mapper = new ObjectMapper();
        assertTrue(mapper.readTree(lines.get(0)).get("found").asBoolean());
        assertFalse(mapper.readTree(lines.get(1)).get("found").asBoolean());
        JsonNode third = mapper.readTree(lines.get(2));
        assertEquals("Who won the football world cup in 2022?", third.get("question").asText());
        assertFalse(third.get("found").asBoolean());
    }

    @Test
    void batchLinesOfOneConversationAreReadTogetherAndSayHowTheyWereRead() throws IOException {
        Path questions = Files.write(tmp.resolve("c.jsonl"), List.of(
                "{\"conversation\": \"c1\", \"question\": \"How many people were killed in the Lviv region?\"}",
                "{\"conversation\": \"c1\", \"question\": \"And in Kharkiv?\"}",
                "And in Kharkiv?"));
        Run r = run(withFolders("ask", "--json", "--batch", questions.toString()));
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        ObjectMapper mapper = new ObjectMapper();
        assertFalse(mapper.readTree(lines.get(0)).has("read_as"), lines.get(0));
        assertEquals("How many people were killed in Kharkiv?", mapper.readTree(lines.get(1)).get("read_as").asText());
        assertEquals("And in Kharkiv?", mapper.readTree(lines.get(1)).get("question").asText(),
                "the question as typed: only read_as is added");
        assertFalse(mapper.readTree(lines.get(2)).has("read_as"), "a plain line stands alone");
    }

    @Test
    void aJsonLineOfAnotherShapeIsToldWhatIsWrongAndTheOtherLinesAreAnswered() throws IOException {
        Path questions = Files.write(tmp.resolve("shapes.jsonl"), List.of(
                "{\"conversation\": \"c1\"}",
                "{\"conversation\": \"c1\", \"question\": 5}",
                "{\"conversation\": [1], \"question\": \"Who is the mayor of Kyiv?\"}",
                "{\"conversation\": 7, \"question\": \"Who is the mayor of Kyiv?\"}",
                "{not json, so a question as typed"));
        Run r = run(withFolders("ask", "--json", "--batch", questions.toString()));
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(5, lines.size(), r.out());
        ObjectMapper mapper = new ObjectMapper();
        for (String line : lines.subList(0, 3)) {
            JsonNode answer = mapper.readTree(line);
            assertFalse(answer.get("found").asBoolean(), line);
            assertTrue(answer.get("answer").asText().startsWith("A JSON line needs \"question\" as text"), line);
        }
        assertTrue(mapper.readTree(lines.get(3)).get("found").asBoolean(), "a number names a conversation too");
        JsonNode typed = mapper.readTree(lines.get(4));
        assertFalse(typed.get("found").asBoolean(), "a line that is no JSON is asked as typed: " + typed);
        assertTrue(typed.get("answer").asText().startsWith("Nothing I found answers this"), typed.toString());

        Run text = run(withFolders("ask", "--batch", questions.toString()));
        // Each answer follows the line it answers, so a reader of the text can tell them apart.
        assertTrue(text.out().startsWith("> " + Files.readAllLines(questions).get(0) + "\nA JSON line needs "
                + "\"question\" as text"), text.out());
    }

    @Test
    void aChatSpellingIsAnsweredAsWrittenAndTheQuestionStaysAsTyped() throws IOException {
        Path questions = Files.write(tmp.resolve("s.txt"), List.of("whats the range of the kinzhal",
                "what's the range of the kinzhal"));
        Run r = run(withFolders("ask", "--json", "--batch", questions.toString()));
        assertEquals(0, r.code(), r.err());
        ObjectMapper mapper = new ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode bare = mapper.readTree(r.out().lines().toList().get(0));
        com.fasterxml.jackson.databind.JsonNode written = mapper.readTree(r.out().lines().toList().get(1));
        assertEquals("whats the range of the kinzhal", bare.get("question").asText());
        assertFalse(bare.has("read_as"), "a spelling is no reading worth a line");
        assertEquals(written.get("answer").asText(), bare.get("answer").asText());
    }

    @Test
    void batchFollowUpsOfPunctuationAndSymbolsEachGetTheirLine() throws IOException {
        List<String> odd = List.of("And ?", "What about ...?", "and the", "What about 🙂?");
        List<String> lines = new java.util.ArrayList<>(List.of(
                "{\"conversation\": \"c1\", \"question\": \"How many people were killed in the Lviv region?\"}"));
        odd.forEach(q -> lines.add("{\"conversation\": \"c1\", \"question\": \"" + q + "\"}"));
        Path questions = Files.write(tmp.resolve("odd.jsonl"), lines);
        Run r = run(withFolders("ask", "--json", "--batch", questions.toString()));
        assertEquals(0, r.code(), r.err());
        List<String> out = r.out().lines().toList();
        assertEquals(lines.size(), out.size(), r.out());
        for (String line : out.subList(1, out.size())) {
            assertFalse(new ObjectMapper().readTree(line).get("answer").asText().startsWith("Sorry"), line);
        }
    }

    @Test
    void sourcesJsonListsTheArticles() throws IOException {
        Run r = run(withFolders("sources", "--json"));
        assertEquals(0, r.code(), r.err());
        assertEquals(5, new ObjectMapper().readTree(r.out()).get("sources").size());
        Run one = run(withFolders("sources", "--json", "003_214ac054cd4d5203"));
        assertEquals(1, new ObjectMapper().readTree(one.out()).get("sources").size(), one.out());
    }

    @Test
    void conflictsJsonHasTheDocumentedShapeWithVerbatimQuotes() throws IOException {
        Run r = run(withFolders("conflicts", "--json"));
        assertEquals(0, r.code(), r.err());
        JsonNode conflicts = new ObjectMapper().readTree(r.out()).get("conflicts");
        assertTrue(conflicts.size() >= 2, r.out());
        for (JsonNode c : conflicts) {
            assertTrue(c.get("id").asText().matches("[0-9a-f]{12}"));
            assertFalse(c.get("topic").asText().isBlank());
            assertTrue(List.of("contradiction", "divergent", "update").contains(c.get("kind").asText()));
            assertTrue(c.get("statements").size() >= 2);
            for (JsonNode s : c.get("statements")) {
                String file = Files.readString(TestCores.seedsFolder().resolve(s.get("source").asText()));
                assertTrue(file.contains(s.get("quote").asText()));
                assertFalse(s.get("value").asText().isBlank());
            }
        }
        Run again = run(withFolders("conflicts", "--json"));
        assertEquals(r.out(), again.out(), "ids and order are stable across runs");
    }

    @Test
    void conflictsAboutATopicAreThoseASubscriptionToItWouldGet() throws IOException {
        JsonNode all = new ObjectMapper().readTree(run(withFolders("conflicts", "--json")).out()).get("conflicts");
        Run r = run(withFolders("conflicts", "--json", "--topic", "Lviv"));
        assertEquals(0, r.code(), r.err());
        JsonNode lviv = new ObjectMapper().readTree(r.out()).get("conflicts");
        assertTrue(lviv.size() >= 1 && lviv.size() < all.size(), r.out());
        lviv.forEach(c -> assertTrue(c.toString().contains("Lviv"), c.toString()));
    }

    @Test
    void summaryJsonHasTheDocumentedShape() throws IOException {
        Run r = run(withFolders("summary", "--json", "--length", "short", "--topic", "Bakhmut"));
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertTrue(json.get("found").asBoolean());
        assertTrue(json.get("summary").asText().contains("[1]"));
        for (JsonNode c : json.get("citations")) {
            String file = Files.readString(TestCores.seedsFolder().resolve(c.get("source").asText()));
            assertTrue(file.contains(c.get("quote").asText()));
            assertTrue(c.get("n").asInt() >= 1 && !c.get("title").asText().isBlank());
        }
        Run unknown = run(withFolders("summary", "--json", "--source", "nope.txt"));
        assertEquals(0, unknown.code());
        JsonNode none = new ObjectMapper().readTree(unknown.out());
        assertFalse(none.get("found").asBoolean());
        assertTrue(none.get("summary").asText().contains("No source matches"));
        assertEquals(2, run(withFolders("summary", "--length", "epic")).code());
    }

    @Test
    void aTopicOfSeveralWordsNeedsNoQuotes() {
        // The shell splits "--topic nuclear plant" into two arguments: the second had been an "unmatched argument".
        Run quoted = run(withFolders("summary", "--length", "short", "--topic", "nuclear plant"));
        Run unquoted = run(withFolders("summary", "--topic", "nuclear", "plant", "--length", "short"));
        assertEquals(0, unquoted.code(), unquoted.err());
        assertEquals(quoted.out(), unquoted.out());
        Run conflicts = run(withFolders("conflicts", "--topic", "people", "killed"));
        assertEquals(0, conflicts.code(), conflicts.err());
        assertEquals(run(withFolders("conflicts", "--topic", "people killed")).out(), conflicts.out());
        assertEquals(run(withFolders("summary", "--source", "Russian Rocket Barrage")).out(),
                run(withFolders("summary", "--source", "Russian", "Rocket", "Barrage")).out());
    }

    @Test
    void everyCommandExplainsItselfWithHelp() {
        for (String[] args : List.of(new String[] {"ask", "--help"}, new String[] {"summary", "-h"},
                new String[] {"help", "conflicts"}, new String[] {"--help"})) {
            Run r = run(args);
            assertEquals(0, r.code(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.out().startsWith("Usage: crosscheck"), r.out());
        }
        assertTrue(run("ask", "--help").out().contains("--batch=FILE"));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("ask", "--no-such-flag", "x").code());
        assertEquals(2, run(withFolders("ask")).code());
        assertEquals(2, run("bogus-command").code());
        assertEquals(2, run(withFolders("ask", "--batch", tmp.resolve("missing.txt").toString())).code());
    }

    @Test
    void aCorruptDatabaseIsAOneLineErrorAndIsLeftAsItIs() throws IOException {
        Path db = Files.createDirectories(tmp.resolve("data")).resolve("crosscheck.db");
        byte[] garbage = "this is not a SQLite database, it is a text file that happens to sit there".repeat(40)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(db, garbage);
        Run r = run(withFolders("chat"));
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().contains("crosscheck.db"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertTrue(java.util.Arrays.equals(garbage, Files.readAllBytes(db)), "the file is not replaced");
    }

    @Test
    void anUnreachableDatabaseNamesItsHostButNotThePassword() {
        String[] args = withFolders("chat");
        Run r = run(concat(new String[] {"--config", writeConfig("storage:\n  jdbc-url: jdbc:postgresql://127.0.0.1:1/x\n"
                + "  user: bot\n  password: s3cret-pw\n")}, args));
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().contains("127.0.0.1:1"), r.err());
        assertFalse(r.err().contains("s3cret-pw"), r.err());
    }

    private String writeConfig(String yaml) {
        try {
            return Files.writeString(tmp.resolve("c.yaml"), yaml).toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void theFolderOptionsMayFollowTheCommand() {
        Run r = run("ask", "--seeds", tmp.resolve("nowhere").toString(), "--data", tmp.resolve("d").toString(), "x");
        assertEquals(1, r.code(), "read as the folders, not an unknown option: " + r.err());
        assertTrue(r.err().contains("nowhere"), r.err());
        assertTrue(run("sources", "--help").out().contains("--seeds=DIR"));
    }

    @Test
    void missingSeedsFolderIsAOneLineError() {
        Run r = run("--seeds", tmp.resolve("nowhere").toString(), "--data", tmp.resolve("d").toString(), "ask", "x");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("nowhere"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }
}
