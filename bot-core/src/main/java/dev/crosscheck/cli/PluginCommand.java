package dev.crosscheck.cli;

/**
 * A picocli subcommand of {@code crosscheck} that lives outside the core (the bench module's {@code bench}), found
 * with {@link java.util.ServiceLoader} when its jar is on the class path. It reads the shared options through
 * {@code @ParentCommand CrosscheckCommand}.
 */
public interface PluginCommand {
}
