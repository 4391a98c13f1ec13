package dev.crosscheck.alert;

import dev.crosscheck.command.ChatRef;
import dev.crosscheck.conflict.Conflict;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/** A sink that answers from a script (then "delivered") and records every call with the time it was made. */
final class ScriptedSink implements AlertSink {
    record Call(ChatRef chat, Conflict conflict, Instant at, Delivery result) {
    }

    private final String platform;
    private final Clock clock;
    private final Pace pace;
    private final Deque<Function<ChatRef, Delivery>> script = new ArrayDeque<>();
    private final List<Call> calls = new ArrayList<>();

    ScriptedSink(String platform, Clock clock, Pace pace) {
        this.platform = platform;
        this.clock = clock;
        this.pace = pace;
    }

    ScriptedSink(String platform, Clock clock) {
        this(platform, clock, Pace.UNLIMITED);
    }

    /** The next answers, in order: a {@link Delivery}, a {@link RuntimeException} to throw, or null to return. */
    synchronized ScriptedSink answers(Object... outcomes) {
        for (Object o : outcomes) {
            script.addLast(chat -> {
                if (o instanceof RuntimeException e) {
                    throw e;
                }
                return (Delivery) o;
            });
        }
        return this;
    }

    /** Answers for one chat only; other chats are delivered. */
    synchronized ScriptedSink answersFor(ChatRef only, Delivery outcome) {
        script.addLast(chat -> chat.equals(only) ? outcome : Delivery.delivered());
        return this;
    }

    @Override
    public String platform() {
        return platform;
    }

    @Override
    public Pace pace() {
        return pace;
    }

    @Override
    public synchronized Delivery deliver(ChatRef chat, Conflict conflict) {
        Function<ChatRef, Delivery> next = script.pollFirst();
        Delivery result;
        try {
            result = next == null ? Delivery.delivered() : next.apply(chat);
        } catch (RuntimeException e) {
            calls.add(new Call(chat, conflict, clock.instant(), null));
            throw e;
        }
        calls.add(new Call(chat, conflict, clock.instant(), result));
        return result;
    }

    synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    synchronized List<Call> calls(ChatRef chat) {
        return calls.stream().filter(c -> c.chat().equals(chat)).toList();
    }

    synchronized long delivered() {
        return calls.stream().filter(c -> c.result() instanceof Delivery.Delivered).count();
    }
}
