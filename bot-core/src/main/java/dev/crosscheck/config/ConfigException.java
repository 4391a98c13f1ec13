package dev.crosscheck.config;

/** The configuration cannot be used; the message says which file and which option. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
