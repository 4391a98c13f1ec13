package dev.crosscheck;

import java.util.Map;

/** A fake chat-platform server on 127.0.0.1 that a real front end can be pointed at. */
public interface FakePlatform extends AutoCloseable {
    /** The environment that points the front end here (token, base URL). */
    Map<String, String> env();

    @Override
    void close();
}
