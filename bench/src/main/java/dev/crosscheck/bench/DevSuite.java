package dev.crosscheck.bench;

import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.CorpusReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/** Loads the chosen development sets and runs contenders on them, one corpus at a time. */
public final class DevSuite {
    public static final String FOREIGN = "foreign";
    public static final String FIRST_TURNS = "first-turns";
    /**
     * The sets the answer scorer is fitted on. The stories are measured, not fitted on: fitted on their tune half
     * too (2026-12-07), the scorer answered more of their check half and fewer SQuAD questions (experiments).
     */
    public static final List<String> TRAINED = List.of(DevSets.QA_DEV, DevSets.BBC, DevSets.SQUAD, FIRST_TURNS,
            FOREIGN);
    /** Every set, by the names {@link #load} takes. */
    public static final List<String> ALL = Stream.concat(TRAINED.stream(), Stream.of(DevSets.STORIES))
            .toList();

    private DevSuite() {
    }

    /**
     * The named sets from the folder {@code eval}: qa-dev over {@code seeds}, bbc-natural over {@code bbc}, squad
     * (its articles written under {@code work}), first-turns (of the follow-up conversations, over their corpora)
     * and foreign (BBC questions asked of the SQuAD articles, SQuAD
     * questions asked of the BBC corpus and of the seeds) and stories (each story folder of {@code stories}, see
     * {@link DevSets#stories}). A set whose files are missing is left out.
     */
    public static List<DevSet> load(Path eval, Path seeds, Path bbc, Path work, Path stories, List<String> names) {
        List<DevSet> out = new ArrayList<>();
        boolean foreign = names.contains(FOREIGN);
        DevSet bbcSet = null;
        DevSet squadSet = null;
        if (names.contains(DevSets.QA_DEV) && Files.isRegularFile(eval.resolve("qa-dev.jsonl"))) {
            out.add(DevSets.qaDev(eval.resolve("qa-dev.jsonl"), seeds));
        }
        if ((names.contains(DevSets.BBC) || foreign) && Files.isRegularFile(eval.resolve("qa-bbc-natural.jsonl"))
                && Files.isDirectory(bbc)) {
            bbcSet = DevSets.bbcNatural(eval.resolve("qa-bbc-natural.jsonl"), bbc);
            if (names.contains(DevSets.BBC)) {
                out.add(bbcSet);
            }
        }
        if ((names.contains(DevSets.SQUAD) || foreign)
                && Files.isRegularFile(eval.resolve("squad2-dev-3articles.json"))) {
            squadSet = DevSets.squad(eval.resolve("squad2-dev-3articles.json"), work.resolve("squad-articles"));
            if (names.contains(DevSets.SQUAD)) {
                out.add(squadSet);
            }
        }
        if (names.contains(FIRST_TURNS) && Files.isRegularFile(eval.resolve("followups-dev.jsonl"))) {
            Map<String, Path> corpora = Map.of("seeds", seeds, "conflicts-rail",
                    eval.resolve("conflicts-rail").resolve("articles"), "bbc-news", bbc);
            out.addAll(DevSets.followupFirstTurns(eval.resolve("followups-dev.jsonl"), corpora));
            out.addAll(DevSets.followupTurns(eval.resolve("followups-dev.jsonl"), corpora));
            out.addAll(DevSets.followupNewTopics(eval.resolve("followups-dev.jsonl"), corpora));
        }
        if (foreign && bbcSet != null && squadSet != null) {
            out.add(bbcSet.askedOf("bbc questions → squad articles", squadSet.corpus()));
            out.add(squadSet.askedOf("squad questions → bbc", bbcSet.corpus()));
            out.add(squadSet.askedOf("squad questions → seeds", seeds));
        }
        if (names.contains(DevSets.STORIES) && stories != null && Files.isDirectory(stories)) {
            out.addAll(DevSets.stories(stories));
        }
        return out;
    }

    /** Every contender on every set; each contender is built once per corpus and closed before the next. */
    public static List<DevResult> run(List<DevSet> sets, List<Function<Corpus, Contender>> contenders,
                                      PrintWriter log) {
        Map<Path, List<DevSet>> byCorpus = new LinkedHashMap<>();
        sets.forEach(s -> byCorpus.computeIfAbsent(s.corpus(), k -> new ArrayList<>()).add(s));
        List<DevResult> out = new ArrayList<>();
        for (Map.Entry<Path, List<DevSet>> e : byCorpus.entrySet()) {
            Corpus corpus = CorpusReader.read(e.getKey());
            for (Function<Corpus, Contender> build : contenders) {
                try (Contender contender = build.apply(corpus)) {
                    for (DevSet set : e.getValue()) {
                        DevResult r = DevEvaluation.run(set, contender);
                        log.printf(Locale.ROOT, "%s on %s: tune %s, check %s%n", r.contender(), r.set(),
                                DevTable.cell(r.tally(Part.TUNE)), DevTable.cell(r.tally(Part.CHECK)));
                        log.flush();
                        out.add(r);
                    }
                }
            }
        }
        return DevResult.merged(out);
    }
}
