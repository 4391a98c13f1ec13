package dev.crosscheck.bench;

import dev.crosscheck.Crosscheck;
import dev.crosscheck.index.Embedder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Crosscheck's answer time against the least any answer could cost: one embedding of the question plus one plain
 * BM25 search for it. The three are timed question by question, interleaved, so load on a shared machine falls on
 * all three alike and the ratio holds when the absolute times drift.
 */
public record Floor(String corpus, Stats answer, Stats embed, Stats bm25) {
    /** The target: an answer within twice the floor. */
    static final double TARGET = 2;

    public double floorMs() {
        return embed.median() + bm25.median();
    }

    public double ratio() {
        return answer.median() / floorMs();
    }

    static Floor measure(String corpus, Crosscheck core, Bm25Contender bm25, Embedder embedder, List<String> questions,
                         int rounds) {
        for (String q : questions) {
            core.composer().answer(q);
            embedder.embedQuery(q);
            bm25.ask(q);
        }
        List<Double> answer = new ArrayList<>();
        List<Double> embed = new ArrayList<>();
        List<Double> search = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (String q : questions) {
                long a = System.nanoTime();
                core.composer().answer(q);
                long e = System.nanoTime();
                embedder.embedQuery(q);
                long s = System.nanoTime();
                bm25.ask(q);
                long end = System.nanoTime();
                answer.add((e - a) / 1e6);
                embed.add((s - e) / 1e6);
                search.add((end - s) / 1e6);
            }
        }
        return new Floor(corpus, Stats.of(answer), Stats.of(embed), Stats.of(search));
    }

    static String markdown(List<Floor> floors) {
        StringBuilder sb = new StringBuilder("| corpus | answer median / p99 ms | one embedding ms | one BM25 search ms "
                + "| answer / floor |\n|---|---:|---:|---:|---:|\n");
        for (Floor f : floors) {
            sb.append(String.format(Locale.ROOT, "| %s | %.2f / %.2f | %.2f | %.2f | %.2f× (target ≤ %.0f×: %s) |%n",
                    f.corpus(), f.answer().median(), f.answer().p99(), f.embed().median(), f.bm25().median(),
                    f.ratio(), TARGET, f.ratio() <= TARGET ? "**pass**" : "**FAIL**"));
        }
        return sb.toString();
    }
}
