package dev.crosscheck.answer;

import dev.crosscheck.conflict.Conflict;
import dev.crosscheck.corpus.Sentence;
import java.util.List;

/** The conflicts a sentence takes part in: how answers learn that sources disagree on what they quote. */
@FunctionalInterface
public interface KnownConflicts {
    KnownConflicts NONE = s -> List.of();

    List<Conflict> about(Sentence sentence);
}
