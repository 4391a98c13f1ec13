package dev.crosscheck.answer;

import dev.crosscheck.conflict.Conflict;
import dev.crosscheck.corpus.Sentence;
import java.util.Optional;

/** The conflict a sentence takes part in, if any: how answers learn that sources disagree on what they quote. */
@FunctionalInterface
public interface KnownConflicts {
    KnownConflicts NONE = s -> Optional.empty();

    Optional<Conflict> about(Sentence sentence);
}
