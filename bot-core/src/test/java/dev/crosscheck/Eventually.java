package dev.crosscheck;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for something another thread does (a front end answering, an adapter learning an id), failing after a while. */
public final class Eventually {
    private Eventually() {
    }

    /** Returns once {@code done} holds; fails with {@code failure}'s message after {@code timeout}. */
    public static void until(BooleanSupplier done, Duration timeout, Supplier<String> failure)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(failure.get() + " (waited " + timeout + ")");
            }
            Thread.sleep(10);
        }
    }
}
