package dev.crosscheck.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The usage errors the bench commands share: a folder or file they were given that is not there. */
final class UsageChecks {
    private UsageChecks() {
    }

    /** Fails the command with "{@code what} not found: {@code folder}" unless the folder exists. */
    static void requireFolder(CommandSpec spec, Path folder, String what) {
        if (!Files.isDirectory(folder)) {
            throw new ParameterException(spec.commandLine(), what + " not found: " + folder);
        }
    }

    /** Fails the command with "{@code what} not found: {@code file}" unless the file exists. */
    static void requireFile(CommandSpec spec, Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), what + " not found: " + file);
        }
    }
}
