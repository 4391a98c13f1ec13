package dev.crosscheck.discord;

import dev.crosscheck.command.Reply;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One slash command's answer on its way: replied to at once when it is ready in time, else deferred (Discord drops
 * an interaction not acknowledged within 3 s) and followed up. Errors and usage hints go only to the asker.
 */
final class PendingReply {
    private static final Logger LOG = LoggerFactory.getLogger(PendingReply.class);

    private enum State { OPEN, DEFERRED, ANSWERED }

    private final IReplyCallback interaction;
    /** Told of each public message of the answer once it is posted, since a reply to it continues the conversation. */
    private final Consumer<Message> posted;
    private final AtomicReference<State> state = new AtomicReference<>(State.OPEN);

    PendingReply(IReplyCallback interaction, Consumer<Message> posted) {
        this.interaction = interaction;
        this.posted = posted;
    }

    /** Acknowledges now: Discord shows "thinking…" until the answer follows. */
    void defer() {
        if (state.compareAndSet(State.OPEN, State.DEFERRED)) {
            interaction.deferReply().queue(null, e -> LOG.warn("Could not defer interaction {}: {}",
                    interaction.getId(), e.getMessage()));
        }
    }

    /** Defers if no answer has gone out by then. */
    void deferAfter(Duration delay, ScheduledExecutorService timer) {
        timer.schedule(this::defer, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    void send(Reply reply) {
        List<MessageCreateData> messages = DiscordRenderer.render(reply);
        boolean privately = reply.has(Reply.Flag.ERROR) || reply.has(Reply.Flag.USAGE);
        InteractionHook hook = interaction.getHook();
        RestAction<?> chain;
        if (state.compareAndSet(State.OPEN, State.ANSWERED)) {
            // Discord answers the callback with the message it posted (JDA asks with_response), which has its id.
            chain = privately ? interaction.reply(messages.get(0)).setEphemeral(true)
                    : interaction.reply(messages.get(0)).onSuccess(this::postedBy);
        } else if (state.compareAndSet(State.DEFERRED, State.ANSWERED)) {
            // The first follow-up of a deferred reply replaces its public "thinking…" message; a private reply
            // can only come as a new message once that one is gone.
            chain = privately
                    ? hook.deleteOriginal().flatMap(done -> hook.sendMessage(messages.get(0)).setEphemeral(true))
                    : hook.sendMessage(messages.get(0)).onSuccess(posted);
        } else {
            LOG.warn("Interaction {} was answered twice; the second answer is dropped", interaction.getId());
            return;
        }
        for (MessageCreateData next : messages.subList(1, messages.size())) {
            chain = chain.flatMap(previous -> privately ? hook.sendMessage(next).setEphemeral(true)
                    : hook.sendMessage(next).onSuccess(posted));
        }
        chain.queue(null, e -> LOG.warn("Could not answer interaction {}: {}", interaction.getId(), e.getMessage()));
    }

    private void postedBy(InteractionHook hook) {
        Message message = hook.hasCallbackResponse() ? hook.getCallbackResponse().getMessage() : null;
        if (message != null) {
            posted.accept(message);
        }
    }
}
