package dev.crosscheck.telegram;

import dev.crosscheck.command.Command;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.telegram.telegrambots.meta.api.methods.ActionType;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The few Bot API calls the adapter makes, over telegrambots' client, in the shapes the adapter needs. */
final class TelegramApi {
    /** When Telegram says "too many requests" without saying how long to wait. */
    static final Duration DEFAULT_RETRY = Duration.ofSeconds(3);
    /** A reply waits out at most this many 429s; alerts have the dispatcher's own retries instead. */
    private static final int REPLY_ATTEMPTS = 3;
    private static final Duration LONGEST_REPLY_WAIT = Duration.ofSeconds(30);

    private final TelegramClient client;

    TelegramApi(TelegramClient client) {
        this.client = client;
    }

    User me() throws TelegramApiException {
        return client.execute(new GetMe());
    }

    /** The menu Telegram shows for "/": /start plus every core command. */
    /** Tells Telegram to post updates to the public URL, with the secret it must echo back. */
    void setWebhook(String url, String secret) throws TelegramApiException {
        client.execute(org.telegram.telegrambots.meta.api.methods.updates.SetWebhook.builder().url(url)
                .secretToken(secret).build());
    }

    void registerCommands() throws TelegramApiException {
        List<BotCommand> menu = new ArrayList<>();
        menu.add(new BotCommand("start", "Welcome and the list of commands"));
        for (Command c : Command.values()) {
            String description = c.description();
            // Telegram's limit for a command description is 256 characters.
            menu.add(new BotCommand(c.word(), description.length() > 256 ? description.substring(0, 255) + "…"
                    : description));
        }
        client.execute(SetMyCommands.builder().commands(menu).build());
    }

    void typing(String chatId) {
        try {
            client.execute(SendChatAction.builder().chatId(chatId).action(ActionType.TYPING.toString()).build());
        } catch (TelegramApiException e) {
            // Only a courtesy: the answer itself still goes out.
        }
    }

    /** Whether the user is the chat's creator or one of its administrators. */
    boolean isAdmin(String chatId, long userId) throws TelegramApiException {
        String status = client.execute(GetChatMember.builder().chatId(chatId).userId(userId).build()).getStatus();
        status = status == null ? "" : status.toLowerCase(Locale.ROOT);
        return status.equals("creator") || status.equals("administrator");
    }

    /** Sends one HTML message, as a reply to {@code replyTo} when it is not null. */
    Message send(String chatId, String html, Integer replyTo) throws TelegramApiException {
        SendMessage.SendMessageBuilder<?, ?> m = SendMessage.builder().chatId(chatId).text(html).parseMode("HTML")
                .disableWebPagePreview(true);
        if (replyTo != null) {
            // The question may have been deleted meanwhile; the answer is still worth sending.
            m.replyParameters(ReplyParameters.builder().messageId(replyTo).allowSendingWithoutReply(true).build());
        }
        return client.execute(m.build());
    }

    /** As {@link #send}, waiting out a 429 a few times: a reply has no outbox to come back to. */
    Message reply(String chatId, String html, int replyTo) throws TelegramApiException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return send(chatId, html, replyTo);
            } catch (TelegramApiRequestException e) {
                Duration wait = retryAfter(e);
                if (wait == null || attempt >= REPLY_ATTEMPTS || wait.compareTo(LONGEST_REPLY_WAIT) > 0) {
                    throw e;
                }
                Thread.sleep(wait.toMillis());
            }
        }
    }

    /** The wait a 429 asks for, or null when the error is not a 429. */
    static Duration retryAfter(TelegramApiRequestException e) {
        if (e.getErrorCode() == null || e.getErrorCode() != 429) {
            return null;
        }
        Integer seconds = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
        return seconds != null && seconds >= 0 ? Duration.ofSeconds(seconds) : DEFAULT_RETRY;
    }
}
