package dev.crosscheck.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/** The fake Discord's gateway: HELLO, IDENTIFY → READY and GUILD_CREATE, heartbeat acks, and dispatched events. */
final class FakeGateway extends WebSocketServer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeDiscord discord;
    private final CountDownLatch started = new CountDownLatch(1);
    final List<String> handshakePaths = new CopyOnWriteArrayList<>();
    final List<JsonNode> identifies = new CopyOnWriteArrayList<>();
    private volatile WebSocket session;
    private int sequence;

    FakeGateway(FakeDiscord discord) {
        super(new InetSocketAddress("127.0.0.1", 0));
        this.discord = discord;
        setReuseAddr(true);
        setConnectionLostTimeout(0);
    }

    void startAndWait() throws InterruptedException {
        start();
        if (!started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the fake gateway did not start");
        }
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        handshakePaths.add(handshake.getResourceDescriptor());
        conn.send("{\"op\":10,\"d\":{\"heartbeat_interval\":41250}}");
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        try {
            JsonNode frame = JSON.readTree(message);
            switch (frame.path("op").asInt(-1)) {
                case 1 -> conn.send("{\"op\":11}");
                case 2 -> identify(conn, frame);
                default -> {
                    // Presence updates and the like change nothing here.
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("bad gateway frame: " + message, e);
        }
    }

    private void identify(WebSocket conn, JsonNode frame) {
        identifies.add(frame.path("d"));
        synchronized (this) {
            session = conn;
            sequence = 0;
        }
        dispatch("READY", discord.ready());
        dispatch("GUILD_CREATE", discord.guild());
    }

    /** Sends one event to the connected bot. */
    synchronized void dispatch(String type, ObjectNode data) {
        if (session == null) {
            throw new IllegalStateException("no bot is connected");
        }
        ObjectNode frame = JSON.createObjectNode().put("op", 0).put("t", type).put("s", ++sequence);
        frame.set("d", data);
        session.send(frame.toString());
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        synchronized (this) {
            if (conn == session) {
                session = null;
            }
        }
    }

    boolean connected() {
        return session != null;
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        // A bot that disconnects mid-frame is not the fake's problem; tests look at what was received.
    }
}
