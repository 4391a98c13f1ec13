package dev.crosscheck.index;

/** The index on disk cannot be used: locked by another process, unreadable, or corrupt. */
public class IndexException extends RuntimeException {
    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
