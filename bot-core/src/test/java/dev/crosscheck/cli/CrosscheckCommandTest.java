package dev.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.Crosscheck;
import dev.crosscheck.TestCores;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CrosscheckCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aOneShotCommandRepliesOnceConflictsAreDetected() {
        // Detection runs in the background and an answer waits for it only briefly: a one-shot summary on a busy
        // machine had its "Sources disagree" line in some runs and not in others.
        CrosscheckCommand command = new CrosscheckCommand();
        new CommandLine(command).parseArgs("--seeds", TestCores.seedsFolder().toString(),
                "--data", tmp.resolve("data").toString());
        try (Crosscheck core = command.open()) {
            assertTrue(core.conflictsDetected());
        }
    }
}
