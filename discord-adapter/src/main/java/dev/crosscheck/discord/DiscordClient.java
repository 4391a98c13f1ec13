package dev.crosscheck.discord;

import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.GatewayEncoding;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import net.dv8tion.jda.api.utils.cache.CacheFlag;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A connected JDA session with the HTTP client it owns, so that closing it stops every thread it started. */
final class DiscordClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordClient.class);

    /** Messages in guilds and DMs (JDA always has guilds); their content, as a reply to the bot need not ping it. */
    static final EnumSet<GatewayIntent> INTENTS = EnumSet.of(GatewayIntent.GUILD_MESSAGES,
            GatewayIntent.DIRECT_MESSAGES, GatewayIntent.MESSAGE_CONTENT);

    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

    private final JDA jda;
    private final OkHttpClient http;
    private final ExecutorService requests;

    private DiscordClient(JDA jda, OkHttpClient http, ExecutorService requests) {
        this.jda = jda;
        this.http = http;
        this.requests = requests;
    }

    /** Logs in and waits until the gateway session is ready and every guild is loaded. */
    static DiscordClient connect(DiscordConfig config, Duration timeout, Object... listeners) throws InterruptedException {
        OkHttpClient http = httpClient();
        ExecutorService requests = requestThreads();
        JDABuilder builder = JDABuilder.createLight(config.token(), INTENTS)
                // Channel-level rights (Manage Channels on one channel) include member-specific overrides.
                .enableCache(CacheFlag.MEMBER_OVERRIDES)
                .setHttpClient(http)
                .setRateLimitElastic(requests, true)
                // The serve command closes the adapter on SIGTERM; a second hook would race it.
                .setEnableShutdownHook(false)
                .addEventListeners(listeners);
        if (config.restUrl() != null) {
            builder.setRestConfig(new RestConfig().setBaseUrl(config.restUrl()));
        }
        if (config.gatewayUrl() != null) {
            builder.setSessionController(new FixedGateway(config.gatewayUrl()));
        }
        if (config.plainGateway()) {
            builder.setCompression(Compression.NONE).setGatewayEncoding(GatewayEncoding.JSON);
        }
        JDA jda;
        try {
            jda = builder.build();
        } catch (InvalidTokenException e) {
            stop(http);
            requests.shutdown();
            throw new IllegalStateException("Discord rejected the token in " + DiscordConfig.TOKEN_ENV);
        } catch (RuntimeException e) {
            stop(http);
            requests.shutdown();
            throw e;
        }
        DiscordClient client = new DiscordClient(jda, http, requests);
        try {
            client.awaitReady(timeout);
            return client;
        } catch (RuntimeException | InterruptedException e) {
            client.close();
            throw e;
        }
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (jda.getStatus() != JDA.Status.CONNECTED) {
            JDA.Status status = jda.getStatus();
            if (status == JDA.Status.SHUTDOWN || status == JDA.Status.SHUTTING_DOWN
                    || status == JDA.Status.FAILED_TO_LOGIN) {
                // JDA has already logged Discord's reason, for example disallowed intents (close code 4014).
                throw new IllegalStateException("Discord closed the connection while logging in (" + status
                        + "); if the log mentions intents, enable the Message Content intent in the developer portal");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("could not connect to the Discord gateway within "
                        + timeout.toSeconds() + " s (last state: " + status + ")");
            }
            Thread.sleep(20);
        }
    }

    JDA jda() {
        return jda;
    }

    /** Stops handing events to the adapter, so that what is under way can finish while nothing new starts. */
    void stopEvents() {
        jda.getRegisteredListeners().forEach(jda::removeEventListener);
    }

    @Override
    public void close() {
        jda.shutdown();
        try {
            if (!jda.awaitShutdown(SHUTDOWN_WAIT)) {
                LOG.warn("Discord requests still pending after {} s; cancelling them", SHUTDOWN_WAIT.toSeconds());
                jda.shutdownNow();
                jda.awaitShutdown(Duration.ofSeconds(2));
            }
            // JDA waits for the requests it has queued, not for one already on the wire (an answer going out):
            // that one runs on these threads, which JDA has shut down but not waited for.
            requests.awaitTermination(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            jda.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            stop(http);
        }
    }

    /** JDA's own kind of pool for running requests, owned here so that closing can wait for it. */
    private static ExecutorService requestThreads() {
        AtomicInteger n = new AtomicInteger();
        return new ThreadPoolExecutor(1, Integer.MAX_VALUE, 2, TimeUnit.MINUTES, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "JDA RateLimit-Elastic-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** JDA's own settings (25 parallel requests per host), on a client this adapter can stop. */
    private static OkHttpClient httpClient() {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequestsPerHost(25);
        return new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(5, 10, TimeUnit.SECONDS))
                .dispatcher(dispatcher)
                .build();
    }

    private static void stop(OkHttpClient http) {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    /** JDA asks its session controller, not REST, for the gateway address; this one answers the configured one. */
    private static final class FixedGateway extends SessionControllerAdapter {
        private final String url;

        FixedGateway(String url) {
            this.url = url;
        }

        @Override
        public String getGateway() {
            return url;
        }
    }
}
