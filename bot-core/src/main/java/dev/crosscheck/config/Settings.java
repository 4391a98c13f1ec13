package dev.crosscheck.config;

import java.nio.file.Path;

/** Where Crosscheck reads articles from and keeps its index, after the config file, environment and flags are applied. */
public record Settings(Path seeds, Path data) {
    public static Settings defaults() {
        return new Settings(Path.of("seeds"), Path.of("data"));
    }

    public Settings withSeeds(Path p) {
        return new Settings(p, data);
    }

    public Settings withData(Path p) {
        return new Settings(seeds, p);
    }
}
