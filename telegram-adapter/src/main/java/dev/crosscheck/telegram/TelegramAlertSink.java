package dev.crosscheck.telegram;

import dev.crosscheck.alert.AlertSink;
import dev.crosscheck.alert.Delivery;
import dev.crosscheck.alert.Pace;
import dev.crosscheck.command.ChatRef;
import dev.crosscheck.command.ConflictText;
import dev.crosscheck.conflict.Conflict;
import dev.crosscheck.corpus.Corpus;
import java.time.Duration;
import java.util.function.Supplier;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Delivers conflict alerts to subscribed chats as one HTML message each, and tells the dispatcher what Telegram
 * said: a 429's retry_after, a blocked bot (403, the chat is unsubscribed), or a failure worth retrying.
 */
final class TelegramAlertSink implements AlertSink {
    private final TelegramApi api;
    private final Supplier<Corpus> corpus;
    private volatile boolean closed;

    TelegramAlertSink(TelegramApi api, Supplier<Corpus> corpus) {
        this.api = api;
        this.corpus = corpus;
    }

    @Override
    public String platform() {
        return TelegramFrontend.PLATFORM;
    }

    @Override
    public Pace pace() {
        return Pace.TELEGRAM;
    }

    @Override
    public Delivery deliver(ChatRef chat, Conflict conflict) {
        if (closed) {
            return Delivery.failed("the Telegram adapter has stopped");
        }
        try {
            api.send(chat.id(), TelegramRenderer.alert(ConflictText.reply(conflict, corpus.get())), null);
            return Delivery.delivered();
        } catch (TelegramApiRequestException e) {
            Duration wait = TelegramApi.retryAfter(e);
            if (wait != null) {
                return Delivery.retryAfter(wait, "Telegram: too many requests");
            }
            Integer code = e.getErrorCode();
            if (code != null && code == 403) {
                // The bot was blocked or removed from the chat: alerts there could never be delivered.
                return Delivery.gone("Telegram answered 403: " + e.getApiResponse());
            }
            return Delivery.failed("Telegram answered " + code + ": " + e.getApiResponse());
        } catch (TelegramApiException | RuntimeException e) {
            // Timeouts and connection failures arrive here: retried with backoff by the dispatcher.
            return Delivery.failed(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    void close() {
        closed = true;
    }
}
