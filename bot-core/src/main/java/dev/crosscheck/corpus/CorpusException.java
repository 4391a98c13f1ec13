package dev.crosscheck.corpus;

/** The corpus as a whole cannot be read, e.g. its folder is missing; problems with single files are warnings. */
public class CorpusException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CorpusException(String message) {
        super(message);
    }

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
