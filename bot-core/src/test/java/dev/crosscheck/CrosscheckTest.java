package dev.crosscheck;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.crosscheck.config.Settings;
import java.nio.file.Path;
import java.util.Arrays;
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
}
