package dev.crosscheck.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The model must load when the home folder cannot be written (CI sandboxes, containers). Surefire runs this class
 * in its own JVM with user.home pointing into /proc, where nothing can be created, even by root.
 */
class ReadOnlyHomeEmbeddingTest {
    @Test
    void embedsWithAnUnwritableHome() {
        Path home = Path.of(System.getProperty("user.home"));
        assumeTrue(home.startsWith("/proc"), "runs in the read-only-home Surefire execution");
        assertFalse(Files.exists(home.resolve(".djl.ai")));
        float[] v = Embedder.bundled().embed("Missiles hit the power grid.");
        assertEquals(384, v.length);
    }
}
