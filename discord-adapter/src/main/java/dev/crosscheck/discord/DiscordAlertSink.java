package dev.crosscheck.discord;

import dev.crosscheck.alert.AlertSink;
import dev.crosscheck.alert.Delivery;
import dev.crosscheck.alert.Pace;
import dev.crosscheck.command.ChatRef;
import dev.crosscheck.command.ConflictText;
import dev.crosscheck.conflict.Conflict;
import dev.crosscheck.corpus.Corpus;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers conflict alerts to subscribed channels as embeds. A channel the bot can no longer post to is reported
 * once in the log and its alerts stay in the outbox, retried with backoff, until it can again.
 */
final class DiscordAlertSink implements AlertSink {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordAlertSink.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(20);
    /** When Discord says "too many requests" without saying how long to wait. */
    private static final Duration DEFAULT_RETRY = Duration.ofSeconds(5);

    private final JDA jda;
    private final Supplier<Corpus> corpus;
    private final Set<String> unreachable = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    DiscordAlertSink(JDA jda, Supplier<Corpus> corpus) {
        this.jda = jda;
        this.corpus = corpus;
    }

    @Override
    public String platform() {
        return DiscordFrontend.PLATFORM;
    }

    @Override
    public Pace pace() {
        return Pace.DISCORD;
    }

    @Override
    public Delivery deliver(ChatRef chat, Conflict conflict) {
        if (closed) {
            return Delivery.failed("the Discord adapter has stopped");
        }
        try {
            ChannelPoster.post(jda, chat.id(), DiscordRenderer.alert(ConflictText.reply(conflict, corpus.get())))
                    .timeout(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .complete();
        } catch (ErrorResponseException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().code;
            if (status == 429) {
                long wait = e.getResponse().retryAfter;
                return Delivery.retryAfter(wait > 0 ? Duration.ofMillis(wait) : DEFAULT_RETRY, e.getMeaning());
            }
            if (status == 403 || status == 404) {
                return unreachable(chat, e.getMeaning() + " (" + e.getErrorCode() + ")");
            }
            return Delivery.failed("Discord answered " + status + ": " + e.getMeaning());
        } catch (InsufficientPermissionException e) {
            return unreachable(chat, "missing permission " + e.getPermission().getName());
        } catch (RuntimeException e) {
            return Delivery.failed(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        if (unreachable.remove(chat.id())) {
            LOG.info("Discord channel {} takes alerts again", chat.id());
        }
        return Delivery.delivered();
    }

    /** Not Gone: that would unsubscribe the channel, and a permission can be given back. */
    private Delivery unreachable(ChatRef chat, String reason) {
        if (unreachable.add(chat.id())) {
            LOG.warn("Cannot post alerts to Discord channel {}: {}. They are kept and retried until it can.",
                    chat.id(), reason);
        }
        return Delivery.failed("cannot post to channel " + chat.id() + ": " + reason);
    }

    void close() {
        closed = true;
    }
}
