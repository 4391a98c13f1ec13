package dev.crosscheck.command;

import dev.crosscheck.cache.LruMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which conversation a chat message continues, for the {@link Request#conversation()} an adapter reports: the
 * conversation of the bot's answer it replies to, else the chat's own where a whole chat is one conversation, else a
 * fresh one. Ids are the platform's, as strings; the bot's answers are remembered in a bounded map, least recently
 * used first out, so a long-running bot holds a few thousand of them at most.
 */
public final class ConversationIds {
    /** Answers remembered: replies come within hours, not days; a few thousand entries are about a megabyte. */
    public static final int CAPACITY = 5_000;

    private final Map<Key, String> answers;

    /** Remembers the last {@link #CAPACITY} answers. */
    public ConversationIds() {
        this(CAPACITY);
    }

    /** Remembers the last {@code capacity} answers. */
    public ConversationIds(int capacity) {
        this.answers = new LruMap<>(capacity);
    }

    /**
     * The conversation of message {@code messageId} in {@code chat}: that of the bot's answer it replies to
     * ({@code repliesTo}, null when it replies to nothing) while that answer is remembered; else the chat's own when
     * {@code wholeChat} (a direct message, a private chat, a thread: everything said there is one conversation, which
     * the command layer lets lapse after a silence); else a fresh one of its own, which a reply to the bot's answer
     * to it will continue.
     */
    public String of(ChatRef chat, String messageId, String repliesTo, boolean wholeChat) {
        if (repliesTo != null) {
            Optional<String> continued = ofAnswer(chat, repliesTo);
            if (continued.isPresent()) {
                return continued.get();
            }
        }
        // Prefixed, so that a chat's id and a message's id can never name the same conversation.
        return wholeChat ? "chat:" + chat.id() : "message:" + messageId;
    }

    /** Remembers that the bot's message {@code answerId} in {@code chat} belongs to {@code conversation}. */
    public void answered(ChatRef chat, String answerId, String conversation) {
        if (answerId == null || conversation == null) {
            return;
        }
        synchronized (answers) {
            answers.put(new Key(chat, answerId), conversation);
        }
    }

    /** The conversation the bot's message {@code answerId} in {@code chat} belongs to, while it is remembered. */
    public Optional<String> ofAnswer(ChatRef chat, String answerId) {
        synchronized (answers) {
            // Message ids are unique only within a chat on some platforms (Telegram), so the chat is part of the key.
            return Optional.ofNullable(answers.get(new Key(chat, answerId)));
        }
    }

    private record Key(ChatRef chat, String message) {
    }
}
