package dev.crosscheck;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.command.ChatRef;
import dev.crosscheck.command.Reply;
import dev.crosscheck.command.Request;
import dev.crosscheck.config.Settings;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrosscheckTest {
    @TempDir
    Path tmp;

    @Test
    void aFolderThatCannotBeReadLeavesNoModelLoadingBehind() {
        // The CLI exits right after this error; a model still loading then crashed the JVM in ONNX Runtime.
        assertThrows(RuntimeException.class,
                () -> Crosscheck.open(new Settings(tmp.resolve("nowhere"), tmp.resolve("data"))));
        boolean loading = Thread.getAllStackTraces().values().stream().flatMap(Arrays::stream)
                .anyMatch(frame -> frame.getClassName().startsWith("ai.onnxruntime.")
                        || frame.getClassName().startsWith("dev.crosscheck.index.BundledModel")
                        || frame.getClassName().startsWith("dev.crosscheck.index.Embedder")
                        || frame.getMethodName().startsWith("lambda$open"));
        assertFalse(loading, "the model is still being loaded on another thread");
    }

    @Test
    void theConfiguredNumberOfConversationsIsRemembered() {
        Settings settings = new Settings(TestCores.seedsFolder(), tmp.resolve("data")).withConversations(1);
        try (Crosscheck core = Crosscheck.open(settings, TestCores.embedder())) {
            ChatRef chat = new ChatRef("telegram", "7");
            core.commands().handle(new Request(chat, "u", false, "ask",
                    "How many people were killed in the Lviv region?", "a"));
            Reply followUp = core.commands().handle(new Request(chat, "u", false, "ask", "And in Kharkiv?", "a"));
            assertTrue(followUp.body().startsWith("Reading this as:"), followUp.body());
            core.commands().handle(new Request(chat, "u", false, "ask", "Who is the mayor of Kyiv?", "b"));
            Reply forgotten = core.commands().handle(new Request(chat, "u", false, "ask", "And in Kharkiv?", "a"));
            assertFalse(forgotten.body().startsWith("Reading this as:"), "conversation b pushed a out");
        }
    }
    @Test
    void aChangesWarningsAreNotLoggedAgain() {
        // The watcher logs a warning where it meets it; the core logging the change's warnings showed each twice.
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream logged = new java.io.ByteArrayOutputStream();
        try (Crosscheck core = Crosscheck.open(new Settings(TestCores.seedsFolder(), tmp.resolve("data")),
                TestCores.embedder())) {
            System.setErr(new java.io.PrintStream(logged, true));
            core.apply(new dev.crosscheck.corpus.CorpusChange(List.of(), List.of(),
                    List.of("scan.txt: skipped, binary content, not text")));
        } finally {
            System.setErr(err);
        }
        assertFalse(logged.toString().contains("scan.txt"), logged.toString());
    }
}
