package dev.crosscheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One line naming the machine a benchmark ran on, so figures are never quoted without it. */
final class Machine {
    private Machine() {
    }

    static String describe() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse(cpu);
        } catch (IOException | RuntimeException ignored) {
            // Not Linux: the JVM's own description below still says enough.
        }
        long memGb = Math.round(((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize() / 1e9);
        return "%s, %d cores, %d GB RAM, %s %s, Java %s".formatted(cpu, Runtime.getRuntime().availableProcessors(),
                memGb, System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
    }
}
