package dev.crosscheck;

import dev.crosscheck.command.Request;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Every request a front end handed to the command layer, in order: end-to-end tests read what the adapter reported
 * there (the chat, the conversation) while the real command layer answers.
 */
public final class HeardRequests implements Consumer<Request> {
    private final List<Request> heard = new CopyOnWriteArrayList<>();

    @Override
    public void accept(Request request) {
        heard.add(request);
    }

    /** The first request that passes the test, once the front end has made it. */
    public Request await(Predicate<Request> test, Duration timeout) throws InterruptedException {
        Eventually.until(() -> heard.stream().anyMatch(test), timeout, () -> "no such request; heard: " + heard);
        return heard.stream().filter(test).findFirst().orElseThrow();
    }

    /** The first request whose arguments are exactly {@code args} (tests give each question its own words). */
    public Request awaitArgs(String args, Duration timeout) throws InterruptedException {
        return await(r -> r.args().equals(args), timeout);
    }
}
