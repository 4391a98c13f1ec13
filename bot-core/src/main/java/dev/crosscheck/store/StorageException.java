package dev.crosscheck.store;

/**
 * A store could not do what was asked. The message is one line that names the database (a SQLite file, or
 * PostgreSQL's host and port) and never contains a password.
 */
public class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
