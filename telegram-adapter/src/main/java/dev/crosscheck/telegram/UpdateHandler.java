package dev.crosscheck.telegram;

import dev.crosscheck.command.ChatInput;
import dev.crosscheck.command.ChatRef;
import dev.crosscheck.command.Command;
import dev.crosscheck.command.Commands;
import dev.crosscheck.command.ConversationIds;
import dev.crosscheck.command.Reply;
import dev.crosscheck.command.Request;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one message into a command and sends the reply. In a private chat any text is a question; in a group only
 * commands (not addressed to another bot), messages that mention the bot and replies to its messages count. Each
 * reports the conversation it continues: a reply to one of the bot's answers, that answer's; in a private chat,
 * the chat's; else (in a group) one of its own, which replies to the bot's answer to it continue.
 */
final class UpdateHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateHandler.class);
    static final String WELCOME = "Welcome to Crosscheck. Ask me anything about the news articles I follow.";

    private final Supplier<Commands> commands;
    private final TelegramApi api;
    private final long botId;
    private final String username;
    private final Pattern mention;
    private final ConversationIds conversations;
    private final Consumer<Request> heard;

    UpdateHandler(Supplier<Commands> commands, TelegramApi api, User me, ConversationIds conversations,
                  Consumer<Request> heard) {
        this.commands = commands;
        this.api = api;
        this.conversations = conversations;
        this.heard = heard;
        this.botId = me.getId();
        this.username = me.getUserName() == null ? "" : me.getUserName();
        this.mention = Pattern.compile("(?<![\\p{L}\\d_])@" + Pattern.quote(username) + "(?![\\p{L}\\d_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Handles one update; never throws, since a failure must not stop the updates after it. */
    void handle(Update update) {
        Message message = update.hasMessage() ? update.getMessage() : null;
        if (message == null || !message.hasText() || message.getFrom() == null || message.getFrom().getIsBot()) {
            return;
        }
        try {
            request(message).ifPresent(request -> answer(message, request));
        } catch (RuntimeException | TelegramApiException e) {
            LOG.warn("Could not handle message {} in chat {}: {}", message.getMessageId(), message.getChatId(),
                    e.toString());
        }
    }

    /** The request a message makes, or nothing when the bot is not being spoken to. */
    Optional<Request> request(Message message) throws TelegramApiException {
        String text = message.getText().strip();
        boolean isPrivate = message.getChat().isUserChat();
        boolean isCommand = text.startsWith("/") && text.length() > 1;
        if (isCommand) {
            Optional<String> addressee = ChatInput.addressee(text);
            if (addressee.isPresent() && !addressee.get().equalsIgnoreCase(username)) {
                return Optional.empty();
            }
        } else if (!isPrivate && !mention.matcher(text).find() && !repliesToMe(message)) {
            return Optional.empty();
        }
        ChatInput input = ChatInput.of(text);
        String command = input.command();
        if (isCommand && !isPrivate && Command.named(command).isEmpty() && !command.equals("start")
                && ChatInput.addressee(text).isEmpty()) {
            // "/stats" in a group is most likely for another bot: say nothing rather than "unknown command".
            return Optional.empty();
        }
        String chatId = message.getChatId().toString();
        User from = message.getFrom();
        boolean manages = isPrivate || (managing(command) && api.isAdmin(chatId, from.getId()));
        String args = command.equals("ask") ? mention.matcher(input.args()).replaceAll(" ").strip() : input.args();
        ChatRef chat = new ChatRef(TelegramFrontend.PLATFORM, chatId);
        Message replied = message.getReplyToMessage();
        String conversation = conversations.of(chat, message.getMessageId().toString(),
                replied == null ? null : replied.getMessageId().toString(), isPrivate);
        return Optional.of(new Request(chat, from.getId().toString(), manages, command, args, conversation));
    }

    private boolean repliesToMe(Message message) {
        Message replied = message.getReplyToMessage();
        return replied != null && replied.getFrom() != null && replied.getFrom().getId() == botId;
    }

    /** Only these commands need the admin check, so only they cost a getChatMember call. */
    private static boolean managing(String command) {
        String c = command.toLowerCase(Locale.ROOT);
        return c.equals("subscribe") || c.equals("unsubscribe");
    }

    private void answer(Message message, Request request) {
        String chatId = request.chat().id();
        api.typing(chatId);
        heard.accept(request);
        Reply reply = request.command().equals("start") ? welcome(commands.get().help())
                : commands.get().handle(request);
        for (String part : TelegramRenderer.render(reply)) {
            try {
                Message sent = api.reply(chatId, part, message.getMessageId());
                // A reply to any part of the answer continues this conversation.
                conversations.answered(request.chat(), sent.getMessageId().toString(), request.conversation());
            } catch (TelegramApiException e) {
                LOG.warn("Could not answer message {} in chat {}: {}", message.getMessageId(), chatId, e.getMessage());
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** /start is Telegram's first contact, not a core command: the help with a welcome line on top. */
    static Reply welcome(Reply help) {
        List<Reply.Segment> segments = new ArrayList<>();
        segments.add(new Reply.Segment(Reply.Style.TEXT, WELCOME));
        segments.addAll(help.segments());
        return new Reply(segments, help.citations(), help.seeAlso(), help.flags());
    }
}
