package dev.crosscheck.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.Bot;
import dev.crosscheck.Frontend;
import dev.crosscheck.command.ConversationIds;
import dev.crosscheck.command.Request;
import dev.crosscheck.config.Settings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Telegram front end: commands, questions and conflict alerts through telegrambots, by long polling or webhook. */
public final class TelegramFrontend implements Frontend {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramFrontend.class);
    /** As in {@code ChatRef.platform()}: subscriptions made here are "telegram" chats. */
    static final String PLATFORM = "telegram";
    /** Sending a message; long polls get their own, longer read timeout (Telegram holds them up to 50 s). */
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL_READ_TIMEOUT = Duration.ofSeconds(75);

    private final Consumer<Request> heard;
    /** Kept across a restart of the front end: the answers it remembers are still in their chats to be replied to. */
    private final ConversationIds conversations = new ConversationIds();
    private OkHttpClient http;
    private OkHttpClient pollHttp;
    private Workers workers;
    private TelegramBotsLongPollingApplication polling;
    private WebhookServer webhook;
    private TelegramAlertSink sink;

    /** For {@link java.util.ServiceLoader}. */
    public TelegramFrontend() {
        this(request -> { });
    }

    /** {@code heard} sees every request as it is handed to the command layer (tests read what it reports there). */
    TelegramFrontend(Consumer<Request> heard) {
        this.heard = heard;
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
        return TelegramConfig.hasToken(env);
    }

    @Override
    public synchronized void start(Bot bot, Settings settings, Map<String, String> env) throws Exception {
        if (workers != null) {
            throw new IllegalStateException("the Telegram front end is already started");
        }
        TelegramConfig config = TelegramConfig.from(settings.platform(name()), env);
        LOG.info("Connecting to Telegram ({})", config);
        TelegramUrl url = config.telegramUrl();
        workers = new Workers();
        try {
            http = new OkHttpClient.Builder().callTimeout(CALL_TIMEOUT).build();
            // Its own dispatcher, so that cancelling the held poll at close cannot cancel an answer being sent.
            pollHttp = http.newBuilder().dispatcher(new Dispatcher()).callTimeout(Duration.ZERO)
                    .readTimeout(POLL_READ_TIMEOUT).build();
            TelegramApi api = new TelegramApi(new OkHttpTelegramClient(http, config.token(), url));
            User me = api.me();
            api.registerCommands();
            UpdateHandler handler = new UpdateHandler(bot.core()::commands, api, me, conversations, heard);
            if (config.webhook()) {
                webhook = WebhookServer.start(config, updates -> dispatch(handler, updates));
                api.setWebhook(config.webhookUrl(), config.webhookSecret());
            } else {
                polling = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> pollHttp, workers::poller);
                polling.registerBot(config.token(), () -> url, new DefaultGetUpdatesGenerator(),
                        updates -> dispatch(handler, updates));
            }
            sink = new TelegramAlertSink(api, bot.core()::corpus);
            bot.register(sink);
            LOG.info("Telegram: logged in as @{}", me.getUserName());
        } catch (Exception | Error e) {
            // The caller never closes a front end whose start failed: nothing of it may keep running.
            close();
            throw e;
        }
    }

    /** Each update is answered on the pool, so the poller is back for the next batch at once. */
    private void dispatch(UpdateHandler handler, List<Update> updates) {
        for (Update update : updates) {
            try {
                workers.answers().execute(() -> handler.handle(update));
            } catch (RejectedExecutionException e) {
                LOG.warn("Shutting down; update {} is not answered", update.getUpdateId());
            }
        }
    }

    /** The local port of the webhook endpoint (for tests, which bind to a free port). */
    synchronized int webhookPort() {
        return webhook == null ? -1 : webhook.port();
    }

    @Override
    public synchronized void close() {
        if (sink != null) {
            sink.close();
            sink = null;
        }
        if (webhook != null) {
            webhook.close();
            webhook = null;
        }
        if (polling != null) {
            try {
                polling.close();
            } catch (Exception e) {
                LOG.warn("Stopping Telegram long polling: {}", e.toString());
            }
            polling = null;
        }
        if (http != null) {
            // A getUpdates may be held open by Telegram for up to 50 s; cancelling it frees the poller now.
            pollHttp.dispatcher().cancelAll();
        }
        if (workers != null) {
            // Polling stops first; answers already taken are still sent before the HTTP client goes.
            workers.close();
            workers = null;
        }
        if (http != null) {
            http.dispatcher().executorService().shutdown();
            pollHttp.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
            http = null;
            pollHttp = null;
        }
    }
}
