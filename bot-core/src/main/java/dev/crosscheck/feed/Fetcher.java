package dev.crosscheck.feed;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.SSLException;

/**
 * Fetches feeds and pages as a polite crawler does: robots.txt honoured, at most one request a second per host,
 * conditional requests, gzip, redirects, timeouts, a size cap and a content-type check, and a User-Agent that says
 * who is asking.
 */
public final class Fetcher {
    public static final String USER_AGENT = "Crosscheck/0.1.0 (+https://github.com/crosscheck-bot/crosscheck)";
    /** The robots.txt product token. */
    static final String ROBOT_NAME = "crosscheck";
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(20);
    /** At most one request a second to a host. */
    private static final Duration HOST_GAP = Duration.ofSeconds(1);
    private static final Duration ROBOTS_TTL = Duration.ofHours(24);
    private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");

    /** What a request asked for: feeds take XML, pages take HTML. */
    public enum Kind {
        FEED("application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1"),
        PAGE("text/html, application/xhtml+xml;q=0.9, */*;q=0.1");

        final String accept;

        Kind(String accept) {
            this.accept = accept;
        }

        boolean accepts(String contentType) {
            String t = contentType.toLowerCase(Locale.ROOT);
            return switch (this) {
                // Servers label feeds in many ways (even text/plain); HTML is the one label that is never a feed.
                case FEED -> !t.contains("html");
                case PAGE -> t.isEmpty() || t.contains("html");
            };
        }
    }

    /** A response: 200 with a body, or 304 (not modified) without one. */
    public record Response(int status, URI uri, String contentType, byte[] body, String etag, String lastModified,
                           Duration maxAge) {
        public boolean notModified() {
            return status == 304;
        }
    }

    private record Robots(BaseRobotRules rules, Instant until) {
    }

    /** Closes bodies that stream for longer than the read timeout. */
    private static final java.util.concurrent.ScheduledExecutorService WATCHDOG =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "crosscheck-fetch-timeout");
                t.setDaemon(true);
                return t;
            });

    private final HttpClient http;
    private final Clock clock;
    private final Duration readTimeout;
    private final Duration hostGap;
    private final Map<String, Robots> robots = new ConcurrentHashMap<>();
    private final Map<String, Object> hostLocks = new ConcurrentHashMap<>();
    private final Map<String, Instant> nextRequest = new ConcurrentHashMap<>();

    public Fetcher(Clock clock) {
        this(clock, CONNECT_TIMEOUT, READ_TIMEOUT, HOST_GAP);
    }

    /** A fetcher with other timeouts and gap between requests to a host (tests). */
    Fetcher(Clock clock, Duration connectTimeout, Duration readTimeout, Duration hostGap) {
        this.clock = clock;
        this.readTimeout = readTimeout;
        this.hostGap = hostGap;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** A GET, conditional when an ETag or Last-Modified from an earlier response is given. */
    public Response get(URI uri, Kind kind, String etag, String lastModified) throws FetchException {
        if (!allowed(uri)) {
            throw new FetchException("disallowed by robots.txt");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(readTimeout).GET()
                .header("User-Agent", USER_AGENT).header("Accept", kind.accept)
                .header("Accept-Encoding", "gzip");
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        HttpResponse<InputStream> response = send(uri, request.build());
        int status = response.statusCode();
        if (status == 304) {
            close(response);
            return new Response(304, response.uri(), "", new byte[0], etag, lastModified, maxAge(response));
        }
        if (status != 200) {
            close(response);
            throw new FetchException(status + " " + reason(status));
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!kind.accepts(type)) {
            close(response);
            throw new FetchException("not a " + kind.name().toLowerCase(Locale.ROOT) + " (" + type + ")");
        }
        byte[] body = read(response);
        return new Response(200, response.uri(), type, body,
                response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null), maxAge(response));
    }

    private HttpResponse<InputStream> send(URI uri, HttpRequest request) throws FetchException {
        pace(uri);
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new FetchException("timed out after " + readTimeout.toMillis() / 1000.0 + " s", e);
        } catch (SSLException e) {
            throw new FetchException("TLS error: " + e.getMessage(), e);
        } catch (ConnectException e) {
            throw new FetchException("cannot connect to " + uri.getHost(), e);
        } catch (IOException e) {
            throw new FetchException("network error: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted", e);
        } finally {
            answered(uri);
        }
    }

    /**
     * The body, gunzipped when the server compressed it, refused when larger than {@link #MAX_BYTES} or slower than
     * the read timeout (which the HTTP client applies only to the headers).
     */
    private byte[] read(HttpResponse<InputStream> response) throws FetchException {
        boolean gzip = response.headers().firstValue("Content-Encoding").orElse("")
                .toLowerCase(Locale.ROOT).contains("gzip");
        InputStream raw = response.body();
        java.util.concurrent.atomic.AtomicBoolean late = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.ScheduledFuture<?> guard = WATCHDOG.schedule(() -> {
            late.set(true);
            close(response);
        }, readTimeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        try (InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_BYTES) {
                    throw new FetchException("larger than " + MAX_BYTES / (1024 * 1024) + " MB");
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            if (late.get()) {
                throw new FetchException("timed out after " + readTimeout.toMillis() / 1000.0 + " s", e);
            }
            throw new FetchException("could not read the response: " + e.getMessage(), e);
        } finally {
            guard.cancel(false);
        }
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // Nothing was wanted from this body.
        }
    }

    private static Duration maxAge(HttpResponse<?> response) {
        Optional<String> cache = response.headers().firstValue("Cache-Control");
        if (cache.isEmpty()) {
            return null;
        }
        Matcher m = MAX_AGE.matcher(cache.get());
        return m.find() ? Duration.ofSeconds(Long.parseLong(m.group(1))) : null;
    }

    /**
     * Waits until this host may be asked again: one request a second per host, counted from when the last one was
     * answered (a request sent a second after the last was sent reaches the host sooner than that when the last was
     * slow to reach it).
     */
    private void pace(URI uri) throws FetchException {
        String host = host(uri);
        synchronized (hostLocks.computeIfAbsent(host, h -> new Object())) {
            Instant now = clock.instant();
            Instant next = nextRequest.getOrDefault(host, now);
            if (next.isAfter(now)) {
                try {
                    // Rounded up: a sleep cut to whole milliseconds would ask the host a little early.
                    Thread.sleep((Duration.between(now, next).toNanos() + 999_999) / 1_000_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new FetchException("interrupted", e);
                }
            }
            // Another thread waits a pause from now; the pause starts again when this request is answered.
            nextRequest.put(host, clock.instant().plus(hostGap));
        }
    }

    /** Starts the host's pause again from now, when its answer (or the failure to get one) came. */
    private void answered(URI uri) {
        nextRequest.merge(host(uri), clock.instant().plus(hostGap), (a, b) -> a.isAfter(b) ? a : b);
    }

    private static String host(URI uri) {
        return uri.getHost() + ":" + uri.getPort();
    }

    /** Whether robots.txt lets Crosscheck fetch this URL; the rules are read once a day per host. */
    boolean allowed(URI uri) throws FetchException {
        String origin = uri.getScheme() + "://" + uri.getRawAuthority();
        Robots r = robots.get(origin);
        if (r == null || r.until().isBefore(clock.instant())) {
            r = new Robots(readRobots(URI.create(origin + "/robots.txt")), clock.instant().plus(ROBOTS_TTL));
            robots.put(origin, r);
        }
        return r.rules().isAllowed(uri.toString());
    }

    private BaseRobotRules readRobots(URI robotsUri) throws FetchException {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        HttpResponse<InputStream> response = send(robotsUri, HttpRequest.newBuilder(robotsUri).timeout(readTimeout)
                .GET().header("User-Agent", USER_AGENT).header("Accept-Encoding", "gzip").build());
        if (response.statusCode() != 200) {
            close(response);
            // 4xx: no rules, everything allowed; 5xx: the site is not well, nothing is fetched until it is.
            return parser.failedFetch(response.statusCode());
        }
        byte[] body;
        try {
            body = read(response);
        } catch (FetchException e) {
            return parser.failedFetch(500);
        }
        return parser.parseContent(robotsUri.toString(), body,
                response.headers().firstValue("Content-Type").orElse("text/plain"), List.of(ROBOT_NAME));
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 410 -> "Gone";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> status >= 500 ? "server error" : "unexpected status";
        };
    }
}
