package dev.crosscheck.discord;

import dev.crosscheck.Bot;
import dev.crosscheck.Frontend;
import dev.crosscheck.command.ConversationIds;
import dev.crosscheck.command.Request;
import dev.crosscheck.config.Settings;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Discord front end: slash commands, mentions and conflict alerts through JDA, over the shared bot. */
public final class DiscordFrontend implements Frontend {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordFrontend.class);
    /** As in {@code ChatRef.platform()}: subscriptions made here are "discord" chats. */
    static final String PLATFORM = "discord";
    /** Logging in, the session and every guild loaded; beyond this something is wrong, not slow. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(60);

    private final Duration connectTimeout;
    private final Consumer<Request> heard;
    /** Kept across a restart of the front end: the answers it remembers are still on Discord to be replied to. */
    private final ConversationIds conversations = new ConversationIds();
    private Workers workers;
    private DiscordClient client;
    private DiscordAlertSink sink;

    /** For {@link java.util.ServiceLoader}. */
    public DiscordFrontend() {
        this(CONNECT_TIMEOUT, request -> { });
    }

    /** {@code heard} sees every request as it is handed to the command layer (tests read what it reports there). */
    DiscordFrontend(Duration connectTimeout, Consumer<Request> heard) {
        this.connectTimeout = connectTimeout;
        this.heard = heard;
    }

    /**
     * Whether everything said in a channel of this type is one conversation: a DM with the bot, or a thread (where
     * the bot answered, else the command layer has nothing to continue). In other channels a conversation is a
     * chain of replies to the bot's answers.
     */
    static boolean isOneConversation(ChannelType type) {
        return type == ChannelType.PRIVATE || type.isThread();
    }

    ConversationIds conversations() {
        return conversations;
    }

    @Override
    public String name() {
        return PLATFORM;
    }

    @Override
    public boolean configured(Settings settings, Map<String, String> env) {
        return DiscordConfig.hasToken(env);
    }

    @Override
    public synchronized void start(Bot bot, Settings settings, Map<String, String> env) throws Exception {
        if (client != null) {
            throw new IllegalStateException("the Discord front end is already started");
        }
        DiscordConfig config = DiscordConfig.from(settings.platform(name()), env);
        LOG.info("Connecting to Discord ({})", config);
        workers = new Workers();
        try {
            client = DiscordClient.connect(config, connectTimeout,
                    new InteractionListener(bot.core()::commands, bot.core()::corpus, workers, conversations, heard),
                    new MentionListener(bot.core()::commands, workers, conversations, heard));
            SlashCommands.register(client.jda(), config.guilds());
            sink = new DiscordAlertSink(client.jda(), bot.core()::corpus);
            bot.register(sink);
            LOG.info("Discord: logged in as {}", client.jda().getSelfUser().getName());
        } catch (Exception | Error e) {
            // The caller never closes a front end whose start failed: nothing of it may keep running.
            close();
            throw e;
        }
    }

    @Override
    public synchronized void close() {
        if (sink != null) {
            sink.close();
            sink = null;
        }
        // Answers under way are finished and sent before the connection goes; new questions are no longer taken.
        if (client != null) {
            client.stopEvents();
        }
        if (workers != null) {
            workers.close();
            workers = null;
        }
        if (client != null) {
            client.close();
            client = null;
        }
    }
}
