package dev.crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrainCommandTest {
    @Test
    void provenanceNamesTheCommitWhoseCodeRankedTheCandidates() {
        String code = TrainCommand.codeVersion();
        assertTrue(code.matches("commit [0-9a-f]{7,40}( with uncommitted changes)?")
                || code.equals("unknown (not run from a git checkout)"), code);
    }
}
