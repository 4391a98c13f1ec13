package dev.crosscheck.bench;

import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.CorpusReader;
import java.nio.file.Path;
import java.util.List;

/** A named set of questions over the corpus they are about. */
public record QuestionSet(String name, Corpus corpus, List<QaItem> items) {
    public QuestionSet {
        items = List.copyOf(items);
    }

    /** The questions of a jsonl file over the articles in {@code folder}. */
    public static QuestionSet of(String name, Path folder, Path questions) {
        return new QuestionSet(name, CorpusReader.read(folder), QaFile.read(questions));
    }
}
