package dev.crosscheck.discord;

import dev.crosscheck.command.ChatRef;
import dev.crosscheck.command.Command;
import dev.crosscheck.command.Commands;
import dev.crosscheck.command.ConversationIds;
import dev.crosscheck.command.Reply;
import dev.crosscheck.command.Request;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageReference;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Questions in ordinary messages: one that mentions the bot, a reply to one of the bot's messages (a follow-up,
 * answered in the same reply chain, and so in the same thread), or any message in a DM with the bot. Each reports
 * the conversation it continues: a reply, that of the bot's answer it replies to; in a DM or a thread, the chat's;
 * else one of its own, which replies to its answer continue.
 */
final class MentionListener extends ListenerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(MentionListener.class);

    private final Supplier<Commands> commands;
    private final Workers workers;
    private final ConversationIds conversations;
    private final Consumer<Request> heard;

    MentionListener(Supplier<Commands> commands, Workers workers, ConversationIds conversations,
                    Consumer<Request> heard) {
        this.commands = commands;
        this.workers = workers;
        this.conversations = conversations;
        this.heard = heard;
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        // Bots, webhooks and the system never ask; answering them could start a loop between two bots.
        if (event.getAuthor().isBot() || event.getAuthor().isSystem() || event.isWebhookMessage()
                || !isQuestion(event)) {
            return;
        }
        Message message = event.getMessage();
        Request request = request(event);
        try {
            workers.answers().execute(() -> answer(message, request));
        } catch (RejectedExecutionException e) {
            LOG.warn("Too many requests waiting; not answering message {}", message.getId());
            send(message, List.of(DiscordRenderer.plain(
                    "I am answering many questions right now; please ask again in a moment.")), sent -> { });
        }
    }

    static boolean isQuestion(MessageReceivedEvent event) {
        long self = event.getJDA().getSelfUser().getIdLong();
        Message message = event.getMessage();
        if (event.isFromType(ChannelType.PRIVATE)) {
            return true;
        }
        // Only a direct mention counts: @everyone or a role the bot has is meant for people.
        if (message.getMentions().getUsers().stream().anyMatch(u -> u.getIdLong() == self)) {
            return true;
        }
        Message replied = message.getReferencedMessage();
        return replied != null && replied.getAuthor().getIdLong() == self;
    }

    /**
     * A question, in the conversation this message continues. It needs no rights, so none are looked up; the
     * command layer takes it whole, mentions and all, as it takes any question.
     */
    private Request request(MessageReceivedEvent event) {
        Message message = event.getMessage();
        ChatRef chat = new ChatRef(DiscordFrontend.PLATFORM, message.getChannelId());
        MessageReference reference = message.getMessageReference();
        // A forwarded message also has a reference, to a message it copies, which it does not answer.
        String repliesTo = reference != null && reference.getType() == MessageReference.MessageReferenceType.DEFAULT
                ? reference.getMessageId() : null;
        String conversation = conversations.of(chat, message.getId(), repliesTo,
                DiscordFrontend.isOneConversation(event.getChannelType()));
        return new Request(chat, event.getAuthor().getId(), false, Command.ASK.word(), message.getContentRaw(),
                conversation);
    }

    private void answer(Message message, Request request) {
        heard.accept(request);
        Reply reply = commands.get().handle(request);
        send(message, DiscordRenderer.render(reply, canEmbed(message)),
                answer -> conversations.answered(request.chat(), answer.getId(), request.conversation()));
    }

    /**
     * Each part replies to the one before, so a long answer stays one chain the asker can reply to; each part is
     * remembered as sent, since a reply to any of them continues the conversation.
     */
    private static void send(Message question, List<MessageCreateData> parts, Consumer<Message> sent) {
        try {
            RestAction<Message> chain = question.reply(parts.get(0)).onSuccess(sent);
            for (MessageCreateData next : parts.subList(1, parts.size())) {
                chain = chain.flatMap(previous -> previous.reply(next).onSuccess(sent));
            }
            chain.queue(null, e -> cannotAnswer(question, e));
        } catch (RuntimeException e) {
            // JDA refuses before sending when the bot may not write here (no Send Messages in the channel).
            cannotAnswer(question, e);
        }
    }

    private static void cannotAnswer(Message question, Throwable e) {
        LOG.warn("Could not answer message {} in channel {}: {}", question.getId(), question.getChannelId(),
                e.getMessage());
    }

    /** Without Embed Links in a channel, the sources are listed in the text instead. */
    private static boolean canEmbed(Message message) {
        if (!message.isFromGuild()) {
            return true;
        }
        Member self = message.getGuild().getSelfMember();
        return self.hasPermission((GuildChannel) message.getChannel(), Permission.MESSAGE_EMBED_LINKS);
    }
}
