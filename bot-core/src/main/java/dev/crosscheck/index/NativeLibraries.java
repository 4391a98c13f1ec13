package dev.crosscheck.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Points the tokenizer's native-library cache somewhere writable before the model loads.
 * DJL extracts into ~/.djl.ai by default, which fails under a read-only home (CI sandboxes, containers).
 */
final class NativeLibraries {
    private NativeLibraries() {
    }

    static synchronized void prepare() {
        if (System.getProperty("DJL_CACHE_DIR") != null || System.getenv("DJL_CACHE_DIR") != null) {
            return;
        }
        Path home = Path.of(System.getProperty("user.home", "."), ".djl.ai");
        if (writable(home)) {
            return;
        }
        Path fallback = Path.of(System.getProperty("java.io.tmpdir"), "crosscheck-djl-" + System.getProperty("user.name", "user"));
        System.setProperty("DJL_CACHE_DIR", fallback.toString());
    }

    private static boolean writable(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, "probe", ".tmp");
            Files.delete(probe);
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
