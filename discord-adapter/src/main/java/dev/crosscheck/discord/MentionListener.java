package dev.crosscheck.discord;

import dev.crosscheck.command.Commands;
import dev.crosscheck.command.Reply;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
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
 * answered in the same reply chain, and so in the same thread), or any message in a DM with the bot.
 */
final class MentionListener extends ListenerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(MentionListener.class);

    private final Supplier<Commands> commands;
    private final Workers workers;

    MentionListener(Supplier<Commands> commands, Workers workers) {
        this.commands = commands;
        this.workers = workers;
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        // Bots, webhooks and the system never ask; answering them could start a loop between two bots.
        if (event.getAuthor().isBot() || event.getAuthor().isSystem() || event.isWebhookMessage()
                || !isQuestion(event)) {
            return;
        }
        Message message = event.getMessage();
        try {
            workers.answers().execute(() -> answer(message));
        } catch (RejectedExecutionException e) {
            LOG.warn("Too many requests waiting; not answering message {}", message.getId());
            send(message, List.of(DiscordRenderer.plain(
                    "I am answering many questions right now; please ask again in a moment.")));
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

    private void answer(Message message) {
        Reply reply = commands.get().ask(message.getContentRaw());
        send(message, DiscordRenderer.render(reply, canEmbed(message)));
    }

    /** Each part replies to the one before, so a long answer stays one chain the asker can reply to. */
    private static void send(Message question, List<MessageCreateData> parts) {
        try {
            RestAction<Message> chain = question.reply(parts.get(0));
            for (MessageCreateData next : parts.subList(1, parts.size())) {
                chain = chain.flatMap(previous -> previous.reply(next));
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
