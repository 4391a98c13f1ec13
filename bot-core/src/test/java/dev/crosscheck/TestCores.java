package dev.crosscheck;

import dev.crosscheck.config.Settings;
import dev.crosscheck.index.Embedder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Shared, lazily built cores for tests: loading the model and indexing the seeds once per test JVM. */
public final class TestCores {
    private static Embedder embedder;
    private static Crosscheck seeds;

    private TestCores() {
    }

    /** The project's seeds folder, found from the module directory Maven runs tests in. */
    public static Path seedsFolder() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("seeds")) && Files.exists(p.resolve("mvnw"))) {
                return p.resolve("seeds");
            }
        }
        throw new IllegalStateException("seeds folder not found above " + here);
    }

    /** A copy of the seeds in a new folder, for tests that add or change articles. */
    public static Path copySeeds(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (var files = Files.list(seedsFolder())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        return folder;
    }

    public static synchronized Embedder embedder() {
        if (embedder == null) {
            embedder = Embedder.bundled();
        }
        return embedder;
    }

    /** A core over the seeds with its index in a fresh temporary folder. */
    public static synchronized Crosscheck seeds() {
        if (seeds == null) {
            try {
                Path data = Files.createTempDirectory("crosscheck-test-data");
                // Shared by every test of the JVM, so removed when it exits: each build had left one in /tmp.
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        deleteTree(data);
                    } catch (IOException e) {
                        System.err.println("could not remove " + data + ": " + e.getMessage());
                    }
                }));
                seeds = Crosscheck.open(new Settings(seedsFolder(), data), embedder());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seeds;
    }

    /** Deletes a folder and everything in it (nothing when it is gone). */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** A core over a fresh folder of the given articles (name, text, name, text…) under {@code tmp}. */
    public static Crosscheck over(Path tmp, String... namesAndTexts) throws IOException {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            Files.writeString(seeds.resolve(namesAndTexts[i]), namesAndTexts[i + 1]);
        }
        return Crosscheck.open(new Settings(seeds, tmp.resolve("data")), embedder());
    }
}
