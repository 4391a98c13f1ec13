package dev.crosscheck.feed;

/** A feed or page that could not be fetched or read; the message is short and fit for a log line or a chat. */
public final class FetchException extends Exception {
    public FetchException(String message) {
        super(message);
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
