package dev.crosscheck.bench;

import dev.crosscheck.conflict.Conflict;
import dev.crosscheck.conflict.ConflictDetector;
import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.CorpusReader;
import dev.crosscheck.index.Embedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The conflict part of the bench report: the conflict sets scored and the reports over a corpus of unrelated stories. */
final class ConflictBench {
    /**
     * Conflict sets in the rail layout kept in the repository: corpora written by helpers who saw nothing of the
     * project, to measure the detector on wording nobody tuned it for. Scored and listed, but no issue's target.
     */
    static final Path PROBES = Path.of("bench", "probes");
    /**
     * The stories fresh users wrote and ran the bot on ({@code bench/probes/user-tests}), those with a gold file made
     * from their writers' notes: ten planted disagreements, four updates and six agreements each.
     */
    static final Path USER_TESTS = PROBES.resolve("user-tests");

    private ConflictBench() {
    }

    /** The gold sets found under the eval folder. */
    static List<ConflictGold> golds(Path eval, Path seeds) throws IOException {
        List<ConflictGold> out = new ArrayList<>();
        if (Files.isRegularFile(eval.resolve("conflicts-rail").resolve("gold.json"))) {
            out.add(ConflictGold.rail(eval.resolve("conflicts-rail")));
        }
        if (Files.isRegularFile(eval.resolve("conflicts-dev.json"))) {
            out.add(ConflictGold.seeds(eval.resolve("conflicts-dev.json"), seeds));
        }
        return out;
    }

    /** The detector as the bot runs it with this model: by words, and figures worded apart by meaning. */
    static Function<Corpus, ConflictDetector> shipped(Embedder embedder) {
        return corpus -> ConflictDetector.of(corpus, embedder);
    }

    static ConflictScore score(ConflictGold gold, Function<Corpus, ConflictDetector> detect) {
        return ConflictScore.of(gold, detect.apply(CorpusReader.read(gold.articles())).conflicts());
    }

    /** The probe sets under {@code folder}, each a folder with gold.json, by name. */
    static List<ConflictGold> probes(Path folder) throws IOException {
        return sets(folder, false);
    }

    /** The user tests under {@code folder} with a gold file, by name, each story wholly in one half. */
    static List<ConflictGold> userTests(Path folder) throws IOException {
        return sets(folder, true);
    }

    private static List<ConflictGold> sets(Path folder, boolean byStory) throws IOException {
        List<ConflictGold> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (var sets = Files.list(folder)) {
            for (Path set : sets.sorted().toList()) {
                if (Files.isRegularFile(set.resolve("gold.json"))) {
                    String name = set.getFileName().toString();
                    out.add(byStory ? ConflictGold.story(name, set) : ConflictGold.of(name, set));
                }
            }
        }
        return out;
    }

    static String report(Path eval, Path seeds, Path unrelated, Function<Corpus, ConflictDetector> detect)
            throws IOException {
        StringBuilder sb = new StringBuilder();
        List<ConflictGold> sets = new ArrayList<>(golds(eval, seeds));
        sets.addAll(probes(PROBES));
        for (ConflictGold gold : sets) {
            ConflictScore score = score(gold, detect);
            sb.append("#### ").append(gold.name()).append("\n\n").append(score.markdown()).append('\n');
            sb.append(list(score.reported())).append('\n');
        }
        List<ConflictGold> stories = userTests(USER_TESTS);
        if (!stories.isEmpty()) {
            sb.append(userTests(stories.stream().map(g -> score(g, detect)).toList())).append('\n');
        }
        if (unrelated != null) {
            List<Conflict> found = detect.apply(CorpusReader.read(unrelated)).conflicts();
            sb.append("#### ").append(unrelated.getFileName()).append(": every report, to read for false alarms\n\n")
                    .append(list(found)).append('\n');
        }
        return sb.toString();
    }

    /** The targets on the conflict sets, as headline lines. */
    static String targets(Path eval, Path seeds, Function<Corpus, ConflictDetector> detect) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (ConflictGold gold : golds(eval, seeds)) {
            ConflictScore score = score(gold, detect);
            boolean rail = gold.name().equals("conflicts-rail");
            long needed = rail ? 8 : score.total(null);
            boolean pass = score.foundWithKind(null) >= needed && score.falseAlarmsOnValues().isEmpty();
            sb.append(String.format(Locale.ROOT, "- conflicts: %s, %d of %d found with their kind, %d agreements "
                            + "reported (target ≥ %d, none): %s%n", gold.name(), score.foundWithKind(null),
                    score.total(null), score.falseAlarmsOnValues().size(), needed, pass ? "**pass**" : "**FAIL**"));
        }
        return sb.toString();
    }

    /** The user tests' stories, a line each, and their totals by half. */
    static String userTests(List<ConflictScore> scores) {
        StringBuilder sb = new StringBuilder("#### user tests (bench/probes/user-tests), halved by story\n\n")
                .append("| story | half | found | with their kind | of | agreements reported on their values | reports "
                        + "| matching a required item |\n|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (ConflictScore s : scores) {
            Part half = s.gold().required().isEmpty() ? Part.of(s.gold().name()) : s.gold().required().get(0).part();
            sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %d of %d | %d | %d |%n", s.gold().name(),
                    half.label(), s.found(null), s.foundWithKind(null), s.total(null),
                    s.falseAlarmsOnValues().size(), s.gold().agreements().size(), s.reported().size(),
                    s.matchedReports()));
        }
        for (Part half : Part.values()) {
            List<ConflictScore> in = scores.stream().filter(s -> s.total(half) > 0).toList();
            long reports = in.stream().mapToLong(s -> s.reported().size()).sum();
            long matched = in.stream().mapToLong(ConflictScore::matchedReports).sum();
            sb.append(String.format(Locale.ROOT, "%n%s, %d stories: found %d of %d (%d with their kind); %d of %d "
                            + "agreements reported on their values; %d reports, %d matching a required item.", half.label(),
                    in.size(), in.stream().mapToLong(s -> s.found(half)).sum(),
                    in.stream().mapToLong(s -> s.total(half)).sum(),
                    in.stream().mapToLong(s -> s.foundWithKind(half)).sum(),
                    in.stream().mapToLong(s -> s.falseAlarmsOnValues().size()).sum(),
                    in.stream().mapToLong(s -> s.gold().agreements().size()).sum(), reports, matched));
        }
        return sb.append('\n').toString();
    }

    /** Every conflict with its sides' quotes. */
    static String list(List<Conflict> conflicts) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%d reported%s%n", conflicts.size(), conflicts.isEmpty() ? "." : ":"));
        for (Conflict c : conflicts) {
            sb.append(String.format(Locale.ROOT, "- **%s** (%s)%n", c.topic(), c.kind().label()));
            for (Conflict.Statement s : c.statements()) {
                sb.append(String.format(Locale.ROOT, "  - side %d, %s%s: “%s”%n", s.side() + 1, s.source(),
                        s.saidBy().isEmpty() ? "" : " (" + s.saidBy() + ")", s.quote()));
            }
        }
        return sb.toString();
    }
}
