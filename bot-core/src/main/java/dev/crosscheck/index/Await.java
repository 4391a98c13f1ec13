package dev.crosscheck.index;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waits for work done on another thread (loading the model, scorer or WordNet; detection) and fails as it failed. */
public final class Await {
    private Await() {
    }

    /**
     * The work's result; what it threw is rethrown unwrapped, as if the work had been done in place, so callers
     * report a missing model or scorer in their own words rather than as a CompletionException.
     */
    public static <T> T result(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
