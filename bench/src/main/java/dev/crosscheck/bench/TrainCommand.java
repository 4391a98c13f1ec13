package dev.crosscheck.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.crosscheck.Crosscheck;
import dev.crosscheck.answer.AnswerScorer;
import dev.crosscheck.answer.ExtractiveComposer;
import dev.crosscheck.answer.Feature;
import dev.crosscheck.answer.KnownConflicts;
import dev.crosscheck.config.Settings;
import dev.crosscheck.index.Embedder;
import dev.crosscheck.index.EmbeddingModels;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck bench train}: fits the answer scorer for an embedding model on the tune halves of the
 * development sets (and the foreign questions made of them) and writes its weights, threshold and provenance to the
 * resource the core reads. The check halves are never read.
 */
@Command(name = "train", description = "Fit the answer scorer on the tune halves of the development sets.")
final class TrainCommand implements Callable<Integer> {
    static final long SEED = 7;

    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Mixin
    DevSetOptions options;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Where the weights go (default: the core's resource for the model)")
    Path out;

    @Option(names = "--dump", paramLabel = "FILE",
            description = "Also write the training data (features and labels of every candidate) as JSON lines")
    Path dump;

    @Override
    public Integer call() throws IOException {
        PrintWriter log = spec.commandLine().getErr();
        DevSetOptions.writable(out, "--out", spec.commandLine());
        DevSetOptions.writable(dump, "--dump", spec.commandLine());
        Settings settings = bench.parent.settings();
        EmbeddingModels model = options.model(settings, spec.commandLine());
        Path target = out != null ? out : Path.of("bot-core", "src", "main", "resources")
                .resolve(AnswerScorer.resource(model.id()).substring(1));
        if (out == null && !Files.isDirectory(target.getParent())) {
            throw new ParameterException(spec.commandLine(), "run from the project's root or pass --out FILE");
        }
        List<DevSet> sets = options.load(settings, DevSuite.TRAINED, spec.commandLine());
        Embedder embedder = Embedder.bundled(model);
        Collected collected = collect(sets, embedder, options.indexes(settings, model), log);
        List<TrainingQuestion> questions = collected.questions();
        if (dump != null) {
            dump(questions);
        }
        ScorerFit.Result fit = ScorerFit.fit(questions, SEED);
        StoryShareFit.Result story = StoryShareFit.fit(collected.stories());
        WordChanceFit.Result chance = WordChanceFit.fit(sets.stream().flatMap(s -> s.items(Part.TUNE).stream())
                .map(QaItem::question).toList(), embedder::embed, SEED);
        Files.writeString(target, json(fit, story, chance, questions, model), StandardCharsets.UTF_8);
        log.printf(Locale.ROOT, "story share %.3f (balanced accuracy %.2f over %d follow-ups and %d new topics)%n",
                story.share(), story.balancedAccuracy(), story.followUps(), story.newTopics());
        log.printf(Locale.ROOT, "word chance %.3f (over %d random pairs of %d words)%n", chance.chance(),
                chance.pairs(), chance.words());
        log.printf(Locale.ROOT, "C = %s, threshold %.3f, runner-up shown from %.2f of the best, passage quoted "
                + "below %.2f reaching %d sentences past the answer's, cross-validated objective %.3f%n", fit.c(),
                fit.threshold(), fit.secondRatio(), fit.passageBelow(), fit.passageAfter(), fit.objective());
        fit.heldOut().forEach((set, s) -> log.printf(Locale.ROOT, "  held out, %s: answered %.0f %%, not found when "
                + "unanswerable %.0f %%%n", set, 100 * s[0], 100 * s[1]));
        log.println("weights written to " + target);
        return 0;
    }

    /** What the tune halves give: the scorer's training questions and the story share's examples. */
    record Collected(List<TrainingQuestion> questions, List<StoryShareFit.Example> stories) {
    }

    /**
     * The tune half of every set, asked of its corpus, each corpus opened once: every set but the new topics (first
     * turns again, asked later) gives the scorer its questions; later turns and new topics give the story share its
     * examples.
     */
    static Collected collect(List<DevSet> sets, Embedder embedder, Path indexes, PrintWriter log) {
        Map<Path, List<DevSet>> byCorpus = new LinkedHashMap<>();
        sets.forEach(s -> byCorpus.computeIfAbsent(s.corpus(), k -> new ArrayList<>()).add(s));
        List<TrainingQuestion> questions = new ArrayList<>();
        List<StoryShareFit.Example> stories = new ArrayList<>();
        for (Map.Entry<Path, List<DevSet>> e : byCorpus.entrySet()) {
            Path corpus = e.getKey();
            Settings settings = new Settings(corpus, indexes.resolve(corpus.getFileName().toString()));
            try (Crosscheck core = Crosscheck.open(settings, embedder)) {
                ExtractiveComposer composer = new ExtractiveComposer(core.retriever(), KnownConflicts.NONE,
                        AnswerScorer.forModel(embedder.modelId()));
                for (DevSet set : e.getValue()) {
                    boolean newTopics = set.name().startsWith(DevSets.NEW_TOPICS);
                    boolean laterTurns = set.name().startsWith(DevSets.FOLLOWUP_TURNS);
                    if (newTopics || laterTurns) {
                        stories.addAll(storyExamples(set, laterTurns, core, composer));
                    }
                    if (newTopics) {
                        continue;
                    }
                    String group = set.name().contains("→") ? DevSuite.FOREIGN
                            : set.name().startsWith(DevSets.FOLLOWUPS) ? DevSets.FOLLOWUPS
                            : laterTurns ? DevSets.FOLLOWUP_TURNS : set.name();
                    List<TrainingQuestion> part = TrainingData.of(group, set.items(Part.TUNE), core.commands(),
                            composer);
                    log.printf(Locale.ROOT, "training data: %s, tune half: %d questions, %d candidates%n",
                            set.name(), part.size(), part.stream().mapToInt(q -> q.rows().size()).sum());
                    log.flush();
                    questions.addAll(part);
                }
            }
        }
        return new Collected(questions, stories);
    }

    /**
     * Each tune item of a set whose story is known when it is asked, with its story share as the composer measures
     * it there: a follow-up when the set is of later turns, a new topic otherwise.
     */
    private static List<StoryShareFit.Example> storyExamples(DevSet set, boolean followUps, Crosscheck core,
                                                             ExtractiveComposer composer) {
        List<StoryShareFit.Example> out = new ArrayList<>();
        for (QaItem item : set.items(Part.TUNE)) {
            TrainingData.Posed posed = TrainingData.posed(item, core.commands(), "story share ");
            if (!posed.story().isEmpty()) {
                out.add(new StoryShareFit.Example(composer.storyShare(item.question(), posed.story()), followUps));
            }
        }
        return out;
    }

    private void dump(List<TrainingQuestion> questions) throws IOException {
        ObjectMapper json = new ObjectMapper();
        StringBuilder sb = new StringBuilder();
        List<String> names = java.util.Arrays.stream(Feature.values()).map(Feature::key).toList();
        sb.append(json.writeValueAsString(Map.of("features", names))).append('\n');
        for (TrainingQuestion q : questions) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", q.id());
            line.put("group", q.group());
            line.put("question", q.question());
            line.put("quotes", q.rows().stream().map(TrainingQuestion.Row::quote).toList());
            line.put("answerable", q.answerable());
            line.put("x", q.rows().stream().map(TrainingQuestion.Row::features).toList());
            line.put("y", q.rows().stream().map(r -> r.answers() ? 1 : 0).toList());
            sb.append(json.writeValueAsString(line)).append('\n');
        }
        Files.writeString(dump, sb.toString(), StandardCharsets.UTF_8);
    }

    private String json(ScorerFit.Result fit, StoryShareFit.Result story, WordChanceFit.Result chance,
                        List<TrainingQuestion> questions, EmbeddingModels model)
            throws IOException {
        Map<String, Object> weights = new LinkedHashMap<>();
        for (Feature f : Feature.values()) {
            weights.put(f.key(), round(fit.weights()[f.ordinal()]));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        for (TrainingQuestion q : questions) {
            @SuppressWarnings("unchecked")
            Map<String, Object> d = (Map<String, Object>) data.computeIfAbsent(q.group(), k -> {
                Map<String, Object> counts = new LinkedHashMap<>();
                counts.put("questions", 0);
                counts.put("answerable", 0);
                counts.put("candidates", 0);
                return counts;
            });
            d.put("questions", (int) d.get("questions") + 1);
            d.put("answerable", (int) d.get("answerable") + (q.answerable() ? 1 : 0));
            d.put("candidates", (int) d.get("candidates") + q.rows().size());
        }
        Map<String, Object> heldOut = new LinkedHashMap<>();
        fit.heldOut().forEach((set, s) -> heldOut.put(set, Map.of("answered", round(s[0]),
                "not_found_when_unanswerable", round(s[1]))));
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("command", "crosscheck bench train --model " + model.id());
        provenance.put("date", LocalDate.now(ZoneOffset.UTC).toString());
        provenance.put("code", codeVersion());
        provenance.put("model", model.id());
        provenance.put("data", "tune halves of ../shared/eval (qa-dev, qa-bbc-natural, squad2-dev-3articles, the "
                + "conversations of followups-dev, later turns read as the command layer reads them after the "
                + "questions before them, and the BBC and SQuAD questions asked of the other corpora as "
                + "unanswerable), split by article (CRC-32 parity); check halves unread");
        provenance.put("training_questions", data);
        provenance.put("learner", "liblinear 2.44, L2-regularised logistic regression on standardised features");
        provenance.put("c", fit.c());
        provenance.put("cross_validation", ScorerFit.FOLDS + " folds by question, seed " + SEED
                + "; C by the held-out objective");
        provenance.put("threshold_rule", "mean over sets of each set's accuracy, held out, with at least "
                + Math.round(100 * ScorerFit.UNASKED_FLOOR) + " % of the foreign questions not found");
        provenance.put("showing_rule", "second_ratio, passage_below and passage_after give the most right replies held "
                + "out (a reply is right when it holds the answer within a chat message); of showings giving as many, "
                + "the narrower");
        provenance.put("story_share_rule", "a question that names nothing is read with its conversation when the "
                + "story's nearest sentence comes this near the folder's (cosine over cosine); the share that tells "
                + "the tune later turns of followups-dev (" + story.followUps() + ") from their first turns asked "
                + "after another story's conversation (" + story.newTopics() + ") best by balanced accuracy ("
                + round(story.balancedAccuracy()) + "), the highest of those doing as well");
        provenance.put("word_chance_rule", "the cosine that " + Math.round(100 * WordChanceFit.LEVEL) + " % of "
                + chance.pairs() + " random pairs of the " + chance.words() + " words of the tune questions that a "
                + "follow-up's thing may stand for (seed " + SEED + ") do not pass; \"What about the injured?\" "
                + "takes the place of the last question's word nearest to it only past this");
        provenance.put("held_out", heldOut);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("weights", weights);
        root.put("bias", round(fit.bias()));
        root.put("threshold", round(fit.threshold()));
        root.put("second_ratio", fit.secondRatio());
        root.put("passage_below", fit.passageBelow());
        root.put("passage_after", fit.passageAfter());
        root.put("story_share", story.share());
        root.put("word_chance", chance.chance());
        root.put("provenance", provenance);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
    }

    /**
     * The commit the candidates were ranked by, marked when the working tree had changes: the fit depends on the
     * features the code gives, so the same command on other code fits other weights.
     */
    static String codeVersion() {
        String head = git("rev-parse", "--short", "HEAD");
        if (head.isEmpty()) {
            return "unknown (not run from a git checkout)";
        }
        return git("status", "--porcelain", "--untracked-files=no").isEmpty() ? "commit " + head
                : "commit " + head + " with uncommitted changes";
    }

    private static String git(String... args) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static double round(double x) {
        return Double.isNaN(x) ? 0 : Math.round(x * 1e6) / 1e6;
    }
}
