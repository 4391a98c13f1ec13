package dev.crosscheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Reads the development sets of {@code ../shared/eval} into {@link DevSet}s split by article: {@code qa-dev} over
 * the seeds, {@code qa-bbc-natural} over the BBC folder, the SQuAD 2.0 articles (written out as one file per
 * article), the follow-up conversations (first turns, and later turns with the questions before them), and the
 * foreign sets, each corpus's questions asked of the others.
 */
public final class DevSets {
    public static final String QA_DEV = "qa-dev";
    public static final String BBC = "bbc-natural";
    public static final String SQUAD = "squad";
    /** First turns of the conversations in followups-dev.jsonl. */
    public static final String FOLLOWUPS = "followups first turns";
    /** The later turns of those conversations, each asked after the turns before it. */
    public static final String FOLLOWUP_TURNS = "followups later turns";
    /** First turns asked after another story's conversation: complete questions on a new topic. */
    public static final String NEW_TOPICS = "followups new topics";
    /** Questions over invented one-event stories, each story its own small corpus: the bot's everyday use. */
    public static final String STORIES = "stories";
    /** The file of a story's questions, in its folder beside the articles (the corpus reader skips it). */
    static final String STORY_QUESTIONS = "questions.jsonl";
    /** Where the stories are kept, from the project's root. */
    static final Path STORIES_FOLDER = Path.of("bench", "probes", "qa-stories");
    private static final ObjectMapper JSON = new ObjectMapper();

    private DevSets() {
    }

    /** The seeds' dev set; a question's article is its first expected source (its own id when it has none). */
    public static DevSet qaDev(Path file, Path seeds) {
        List<QaItem> items = QaFile.read(file);
        return new DevSet(QA_DEV, seeds, items, split(items));
    }

    /**
     * {@code qa-bbc-natural.jsonl}: {@code answers} are verbatim strings matched case-insensitively; {@code
     * sources} are paths relative to the BBC folder, the first being the question's article.
     */
    public static DevSet bbcNatural(Path file, Path bbc) {
        List<QaItem> items = new ArrayList<>();
        for (JsonNode n : jsonLines(file)) {
            List<String> answers = new ArrayList<>();
            n.path("answers").forEach(a -> answers.add(literal(a.asText())));
            items.add(new QaItem(n.path("id").asText(), n.path("question").asText(), n.path("kind").asText(),
                    answers, List.of(), texts(n.path("sources"))));
        }
        return new DevSet(BBC, bbc, items, split(items));
    }

    /**
     * A SQuAD 2.0 file: each article is written to {@code folder} as {@code <title>.txt} (its title, then its
     * paragraphs), and its questions become items whose source is that file; impossible ones are unanswerable.
     */
    public static DevSet squad(Path file, Path folder) {
        List<QaItem> items = new ArrayList<>();
        try {
            JsonNode root = JSON.readTree(file.toFile());
            Files.createDirectories(folder);
            for (JsonNode article : root.path("data")) {
                String title = article.path("title").asText();
                String id = title + ".txt";
                StringBuilder text = new StringBuilder(title.replace('_', ' ')).append("\n\n");
                for (JsonNode paragraph : article.path("paragraphs")) {
                    text.append(paragraph.path("context").asText().strip()).append("\n\n");
                    for (JsonNode qa : paragraph.path("qas")) {
                        boolean impossible = qa.path("is_impossible").asBoolean(false);
                        Set<String> answers = new LinkedHashSet<>();
                        qa.path("answers").forEach(a -> answers.add(literal(a.path("text").asText())));
                        items.add(new QaItem(qa.path("id").asText(), qa.path("question").asText().strip(),
                                impossible ? QaItem.UNANSWERABLE : QaItem.FACTOID,
                                impossible ? List.of() : List.copyOf(answers), List.of(), List.of(id)));
                    }
                }
                writeIfChanged(folder.resolve(id), text.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        // A SQuAD question's article is its source even when it is unanswerable there.
        Map<String, Part> parts = new LinkedHashMap<>();
        items.forEach(i -> parts.put(i.id(), Part.of(i.sources().get(0))));
        List<QaItem> judged = items.stream().map(i -> i.unanswerable()
                ? new QaItem(i.id(), i.question(), i.kind(), List.of(), List.of(), List.of()) : i).toList();
        return new DevSet(SQUAD, folder, judged, parts);
    }

    /**
     * The stories of {@code folder}: every sub-folder holding {@value #STORY_QUESTIONS} (qa-dev format) is a
     * corpus of its own (its {@code articles} folder, where it has one); all its questions are in the half of the
     * story's folder name, so no story is in both.
     * Every story's set is named {@value #STORIES}, and results are added up under that name.
     */
    public static List<DevSet> stories(Path folder) {
        List<DevSet> out = new ArrayList<>();
        try (var children = Files.list(folder)) {
            for (Path story : children.sorted().toList()) {
                Path questions = story.resolve(STORY_QUESTIONS);
                if (!Files.isRegularFile(questions)) {
                    continue;
                }
                List<QaItem> items = QaFile.read(questions);
                Part part = Part.of(story.getFileName().toString());
                Map<String, Part> parts = new LinkedHashMap<>();
                items.forEach(i -> parts.put(i.id(), part));
                // A user test keeps its reports in articles/, beside its writer's notes, which are no report.
                Path articles = story.resolve("articles");
                out.add(new DevSet(STORIES, Files.isDirectory(articles) ? articles : story, items, parts));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Splits by each question's article: its first source, or the question itself when it has none. */
    static Map<String, Part> split(List<QaItem> items) {
        Map<String, Part> parts = new LinkedHashMap<>();
        for (QaItem i : items) {
            parts.put(i.id(), Part.of(i.sources().isEmpty() ? i.id() : i.sources().get(0)));
        }
        return parts;
    }

    /**
     * The first turns of {@code followups-dev.jsonl}, which are complete questions, one set per corpus the
     * conversations are about; a conversation's half is its first turn's article's.
     */
    public static List<DevSet> followupFirstTurns(Path file, Map<String, Path> corpora) {
        Map<String, List<QaItem>> byCorpus = new LinkedHashMap<>();
        for (JsonNode c : jsonLines(file)) {
            JsonNode first = c.path("turns").path(0);
            byCorpus.computeIfAbsent(c.path("corpus").asText(), k -> new ArrayList<>()).add(new QaItem(
                    c.path("id").asText(), first.path("question").asText(), first.path("kind").asText(),
                    texts(first.path("expect_any")), List.of(), texts(first.path("sources"))));
        }
        return perCorpus(FOLLOWUPS, byCorpus, corpora, (corpus, items) -> split(items));
    }

    /**
     * The later turns of {@code followups-dev.jsonl}, each with the questions before it in its conversation, one set
     * per corpus; a conversation's turns share its first turn's half.
     */
    public static List<DevSet> followupTurns(Path file, Map<String, Path> corpora) {
        Map<String, List<QaItem>> byCorpus = new LinkedHashMap<>();
        Map<String, Map<String, Part>> parts = new LinkedHashMap<>();
        for (JsonNode c : jsonLines(file)) {
            JsonNode turns = c.path("turns");
            JsonNode first = turns.path(0);
            Part part = Part.of(first.path("sources").path(0).asText(c.path("id").asText()));
            List<String> before = new ArrayList<>();
            for (int t = 0; t < turns.size(); t++) {
                JsonNode turn = turns.path(t);
                if (t > 0) {
                    String id = c.path("id").asText() + "#" + (t + 1);
                    byCorpus.computeIfAbsent(c.path("corpus").asText(), k -> new ArrayList<>()).add(new QaItem(id,
                            turn.path("question").asText(), turn.path("kind").asText(), texts(turn.path("expect_any")),
                            List.of(), texts(turn.path("sources")), before));
                    parts.computeIfAbsent(c.path("corpus").asText(), k -> new LinkedHashMap<>()).put(id, part);
                }
                before.add(turn.path("question").asText());
            }
        }
        return perCorpus(FOLLOWUP_TURNS, byCorpus, corpora, (corpus, items) -> parts.get(corpus));
    }

    /**
     * Each conversation's first turn asked after the whole conversation before it in the file over the same corpus,
     * when the two share no article: a complete question on a new topic, which must be answered as well as alone.
     * Its half is its own first turn's article's.
     */
    public static List<DevSet> followupNewTopics(Path file, Map<String, Path> corpora) {
        Map<String, List<QaItem>> byCorpus = new LinkedHashMap<>();
        Map<String, JsonNode> previous = new LinkedHashMap<>();
        for (JsonNode c : jsonLines(file)) {
            String corpus = c.path("corpus").asText();
            JsonNode first = c.path("turns").path(0);
            JsonNode before = previous.put(corpus, c);
            if (before == null || shareArticles(before, c)) {
                continue;
            }
            List<String> asked = new ArrayList<>();
            before.path("turns").forEach(t -> asked.add(t.path("question").asText()));
            byCorpus.computeIfAbsent(corpus, k -> new ArrayList<>()).add(new QaItem(c.path("id").asText(),
                    first.path("question").asText(), first.path("kind").asText(), texts(first.path("expect_any")),
                    List.of(), texts(first.path("sources")), asked));
        }
        return perCorpus(NEW_TOPICS, byCorpus, corpora, (corpus, items) -> split(items));
    }

    /** One set per corpus whose folder is there, named after it, split by {@code parts}. */
    private static List<DevSet> perCorpus(String name, Map<String, List<QaItem>> byCorpus, Map<String, Path> corpora,
                                          BiFunction<String, List<QaItem>, Map<String, Part>> parts) {
        List<DevSet> out = new ArrayList<>();
        byCorpus.forEach((corpus, items) -> {
            Path folder = corpora.get(corpus);
            if (folder != null && Files.isDirectory(folder)) {
                out.add(new DevSet(name + " (" + corpus + ")", folder, items, parts.apply(corpus, items)));
            }
        });
        return out;
    }

    private static boolean shareArticles(JsonNode a, JsonNode b) {
        Set<String> sources = new HashSet<>();
        a.path("turns").forEach(t -> t.path("sources").forEach(s -> sources.add(s.asText())));
        for (JsonNode t : b.path("turns")) {
            for (JsonNode s : t.path("sources")) {
                if (sources.contains(s.asText())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every non-blank line of a JSON-lines file. */
    private static List<JsonNode> jsonLines(Path file) {
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }

    /** A verbatim answer as a case-insensitive pattern. */
    static String literal(String answer) {
        return "(?i)" + Pattern.quote(answer.strip());
    }

    private static void writeIfChanged(Path file, String text) throws IOException {
        if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
            return;
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
