package dev.crosscheck.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A local web server for feed tests: routes set by the test, and a log of every request with its headers. */
final class FeedServer implements AutoCloseable {
    /** What a route answers. */
    record Route(int status, String contentType, byte[] body, Map<String, String> headers, long delayMillis) {
        static Route ok(String contentType, String body) {
            return new Route(200, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of(), 0);
        }

        Route with(String header, String value) {
            Map<String, String> h = new java.util.HashMap<>(headers);
            h.put(header, value);
            return new Route(status, contentType, body, h, delayMillis);
        }
    }

    /** One request the server saw. */
    record Seen(String path, Map<String, List<String>> headers, long nanos) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    final List<Seen> seen = new CopyOnWriteArrayList<>();

    FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    void route(String path, Route r) {
        routes.put(path, r);
    }

    long requests(String path) {
        return seen.stream().filter(s -> s.path().equals(path)).count();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath()
                + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
        seen.add(new Seen(path, Map.copyOf(ex.getRequestHeaders()), System.nanoTime()));
        Route r = routes.getOrDefault(path, routes.get(ex.getRequestURI().getRawPath()));
        if (r == null) {
            r = new Route(404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8), Map.of(), 0);
        }
        try {
            if (r.delayMillis() > 0) {
                Thread.sleep(r.delayMillis());
            }
            String etag = r.headers().get("ETag");
            if (etag != null && etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            ex.getResponseHeaders().set("Content-Type", r.contentType());
            r.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
            ex.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
            if (r.body().length > 0) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(r.body());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The client gave up (a timeout test): nothing to answer.
        } finally {
            ex.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
