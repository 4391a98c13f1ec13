package dev.crosscheck.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class AwaitTest {
    @Test
    void givesTheResultOfWorkDoneElsewhere() {
        assertEquals("model", Await.result(CompletableFuture.supplyAsync(() -> "model")));
    }

    @Test
    void failsWithWhatTheWorkThrewAsIfItHadRunInPlace() {
        IllegalStateException thrown = new IllegalStateException("no model in the jar");
        CompletableFuture<String> work = CompletableFuture.supplyAsync(() -> {
            throw thrown;
        });
        assertSame(thrown, assertThrows(IllegalStateException.class, () -> Await.result(work)));
        OutOfMemoryError error = new OutOfMemoryError("model too large");
        assertSame(error, assertThrows(OutOfMemoryError.class,
                () -> Await.result(CompletableFuture.failedFuture(error))));
    }

    @Test
    void keepsACheckedFailureWrappedSinceItCannotBeThrownUnchecked() {
        CompletionException e = assertThrows(CompletionException.class,
                () -> Await.result(CompletableFuture.failedFuture(new IOException("disk"))));
        assertEquals("disk", e.getCause().getMessage());
    }
}
