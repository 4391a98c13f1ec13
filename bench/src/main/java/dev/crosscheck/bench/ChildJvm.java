package dev.crosscheck.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Runs a main class of this code base in a new JVM started the way {@code ./crosscheck} starts one (same Java, same
 * class path, JAVA_OPTS and the launcher's own options), and returns the last JSON line it printed. The child's
 * standard error is passed on to the log as it comes, and its tail is kept for the error when it fails.
 */
final class ChildJvm {
    private static final int TAIL_LINES = 40;

    private final PrintWriter log;
    private final Duration timeout;

    ChildJvm(PrintWriter log, Duration timeout) {
        this.log = log;
        this.timeout = timeout;
    }

    /**
     * The launcher's default heap cap (see {@code ./crosscheck}; LauncherTest keeps the two the same). Before JAVA_OPTS,
     * so that a user's own -Xmx, which comes later, wins.
     */
    static final String DEFAULT_HEAP = "-Xmx512m";
    /** The launcher's collector, unless the user's JAVA_OPTS names one (the JVM refuses two). */
    static final String DEFAULT_COLLECTOR = "-XX:+UseSerialGC";
    /** A collector named in JAVA_OPTS, read as the launcher reads it. */
    private static final Pattern GC_CHOSEN = Pattern.compile("(^|\\s)-XX:\\+Use[A-Za-z0-9]*GC(\\s|$)");

    /** The java command line for {@code mainClass} with {@code args}. */
    static List<String> command(Class<?> mainClass, List<String> args) {
        return command(mainClass.getName(), args);
    }

    static List<String> command(String mainClass, List<String> args) {
        return command(mainClass, args, System.getenv("JAVA_OPTS"));
    }

    /** As the launcher builds it, with the user's {@code javaOpts} (null: none). */
    static List<String> command(String mainClass, List<String> args, String javaOpts) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add(DEFAULT_HEAP);
        if (javaOpts != null && !javaOpts.isBlank()) {
            cmd.addAll(List.of(javaOpts.trim().split("\\s+")));
        }
        if (javaOpts == null || !GC_CHOSEN.matcher(javaOpts).find()) {
            cmd.add(DEFAULT_COLLECTOR);
        }
        int feature = Runtime.version().feature();
        if (feature >= 21) {
            // As the launcher does: Lucene computes vector similarities with the Vector API when it is enabled.
            cmd.add("--add-modules");
            cmd.add("jdk.incubator.vector");
        }
        if (feature >= 22) {
            // The launcher's jar grants this in its manifest; on a class path it has to be said.
            cmd.add("--enable-native-access=ALL-UNNAMED");
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(args);
        return cmd;
    }

    /** Runs the child to its end and returns its last line starting with "{". */
    String run(String label, Class<?> mainClass, List<String> args) {
        List<String> cmd = command(mainClass, args);
        Process process;
        try {
            process = new ProcessBuilder(cmd).start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + label + ": " + e.getMessage(), e);
        }
        Deque<String> tail = new ArrayDeque<>();
        List<String> json = new ArrayList<>();
        // Both pipes are drained while the child runs: a full pipe would stop it.
        Thread err = pump(process, true, line -> {
            synchronized (tail) {
                tail.addLast(line);
                if (tail.size() > TAIL_LINES) {
                    tail.removeFirst();
                }
            }
            synchronized (log) {
                log.println("  [" + label + "] " + line);
                log.flush();
            }
        });
        Thread out = pump(process, false, line -> {
            if (line.startsWith("{")) {
                synchronized (json) {
                    json.add(line);
                }
            }
        });
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
                throw failure(label, "did not finish within " + timeout.toMinutes() + " min", tail);
            }
            err.join(5_000);
            out.join(5_000);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(label + " was interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw failure(label, "exited with " + process.exitValue(), tail);
        }
        synchronized (json) {
            if (json.isEmpty()) {
                throw failure(label, "printed no JSON result", tail);
            }
            return json.get(json.size() - 1);
        }
    }

    private static IllegalStateException failure(String label, String what, Deque<String> tail) {
        synchronized (tail) {
            return new IllegalStateException("the " + label + " measurement " + what + "; its last output:\n  "
                    + String.join("\n  ", tail));
        }
    }

    private interface LineSink {
        void accept(String line);
    }

    private static Thread pump(Process process, boolean stderr, LineSink sink) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    stderr ? process.getErrorStream() : process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    sink.accept(line);
                }
            } catch (IOException e) {
                // The child is gone; its exit status tells what happened.
            }
        }, "scale-child-" + (stderr ? "err" : "out"));
        t.setDaemon(true);
        t.start();
        return t;
    }
}
