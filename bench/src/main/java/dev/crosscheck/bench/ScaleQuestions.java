package dev.crosscheck.bench;

import dev.crosscheck.corpus.CorpusReader;
import dev.crosscheck.corpus.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one question set every corpus size is asked, so latencies differ only by corpus: the seeds' questions and
 * questions made from headlines spread over a corpus (found in the bigger corpora, not in the seeds, and the other
 * way round), as {@link Benchmark} asks over its large corpus.
 */
public final class ScaleQuestions {
    private ScaleQuestions() {
    }

    public static List<String> of(List<String> seedQuestions, Path headlineCorpus, int headlines) {
        List<Document> docs = CorpusReader.read(headlineCorpus).documents().stream()
                .filter(d -> d.title().length() < 120 && d.sentences().size() > 1)
                .toList();
        List<String> out = new ArrayList<>(seedQuestions);
        for (int i = 0; i < docs.size(); i++) {
            if ((long) (i + 1) * headlines / docs.size() > (long) i * headlines / docs.size()) {
                out.add("What happened: " + docs.get(i).title() + "?");
            }
        }
        return out;
    }
}
