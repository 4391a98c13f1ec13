package dev.crosscheck.discord;

import dev.crosscheck.command.ChatRef;
import dev.crosscheck.command.Command;
import dev.crosscheck.command.Commands;
import dev.crosscheck.command.ConversationIds;
import dev.crosscheck.command.Reply;
import dev.crosscheck.command.Request;
import dev.crosscheck.command.Text;
import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.summary.Length;
import dev.crosscheck.summary.SummaryRequest;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns slash commands into command-layer requests and their replies into interaction responses. A slash command
 * in a DM or a thread continues that chat's conversation; elsewhere it starts one, which replies to its answer
 * continue.
 */
final class InteractionListener extends ListenerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(InteractionListener.class);

    /** These may take seconds (a cold model, a large corpus, conflicts still being detected): deferred at once. */
    static final Set<Command> SLOW = EnumSet.of(Command.ASK, Command.SUMMARY, Command.CONFLICTS);
    /** Fast commands are deferred too if they have not answered by then, well inside Discord's 3 s. */
    static final Duration DEFER_AFTER = Duration.ofMillis(1_500);

    private final Supplier<Commands> commands;
    private final Supplier<Corpus> corpus;
    private final Workers workers;
    private final ConversationIds conversations;
    private final Consumer<Request> heard;

    InteractionListener(Supplier<Commands> commands, Supplier<Corpus> corpus, Workers workers,
                        ConversationIds conversations, Consumer<Request> heard) {
        this.commands = commands;
        this.corpus = corpus;
        this.workers = workers;
        this.conversations = conversations;
        this.heard = heard;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        ChatRef chat = new ChatRef(DiscordFrontend.PLATFORM, event.getChannelId());
        // A slash command replies to nothing; the interaction's id names a conversation it starts.
        String conversation = conversations.of(chat, event.getId(), null,
                DiscordFrontend.isOneConversation(event.getChannelType()));
        PendingReply pending = new PendingReply(event,
                answer -> conversations.answered(chat, answer.getId(), conversation));
        Optional<Command> command = Command.named(event.getName());
        if (command.isEmpty()) {
            // A command left registered by an older version of the bot.
            pending.send(Reply.usage("I no longer know /" + event.getName() + ". Try /help."));
            return;
        }
        Command c = command.get();
        Optional<String> problem = c == Command.ASK
                ? Commands.problemWith(Text.typed(option(event, SlashCommands.QUESTION)))
                : Optional.empty();
        if (problem.isPresent()) {
            pending.send(Reply.usage(problem.get()));
            return;
        }
        if (SLOW.contains(c)) {
            pending.defer();
        } else {
            pending.deferAfter(DEFER_AFTER, workers.timer());
        }
        Request request = request(event, c, chat, conversation);
        heard.accept(request);
        try {
            workers.answers().execute(() -> pending.send(answer(c, request, event)));
        } catch (RejectedExecutionException e) {
            LOG.warn("Too many requests waiting; refusing /{} from {}", c.word(), event.getUser().getId());
            pending.send(Reply.error("I am answering many questions right now; please try again in a moment."));
        }
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        boolean source = event.getName().equals(Command.SUMMARY.word())
                && event.getFocusedOption().getName().equals(SlashCommands.SOURCE);
        event.replyChoices(source ? SourceChoices.matching(corpus.get(), event.getFocusedOption().getValue()) : List.of())
                .queue(null, e -> LOG.debug("Autocomplete answer not delivered: {}", e.getMessage()));
    }

    private Reply answer(Command c, Request request, SlashCommandInteractionEvent event) {
        if (c == Command.SUMMARY) {
            return commands.get().summary(new SummaryRequest(cleaned(event, SlashCommands.SOURCE),
                    cleaned(event, SlashCommands.TOPIC),
                    Length.named(option(event, SlashCommands.LENGTH)).orElse(Length.NORMAL)));
        }
        return commands.get().handle(request);
    }

    private static Request request(SlashCommandInteractionEvent event, Command c, ChatRef chat,
                                   String conversation) {
        String args = switch (c) {
            case ASK -> option(event, SlashCommands.QUESTION);
            case SUBSCRIBE, UNSUBSCRIBE, CONFLICTS -> option(event, SlashCommands.TOPIC);
            case SOURCES -> option(event, SlashCommands.WORDS);
            default -> "";
        };
        return new Request(chat, event.getUser().getId(), canManageChannel(event), c.word(), args, conversation);
    }

    /**
     * Manage Channels in this channel, checked on receipt although the commands that need it are hidden from others
     * by default: a server can override those defaults. Outside a guild (a DM with the bot) the user owns the chat.
     */
    static boolean canManageChannel(SlashCommandInteractionEvent event) {
        if (!event.isFromGuild()) {
            return true;
        }
        Member member = event.getMember();
        try {
            return member != null && member.hasPermission(event.getGuildChannel(), SlashCommands.MANAGE);
        } catch (RuntimeException e) {
            LOG.warn("Could not check {}'s permissions in channel {}: {}", event.getUser().getId(),
                    event.getChannelId(), e.getMessage());
            return false;
        }
    }

    private static String option(SlashCommandInteractionEvent event, String name) {
        OptionMapping option = event.getOption(name);
        return option == null ? "" : option.getAsString();
    }

    private static String cleaned(SlashCommandInteractionEvent event, String name) {
        return Text.typed(option(event, name));
    }
}
