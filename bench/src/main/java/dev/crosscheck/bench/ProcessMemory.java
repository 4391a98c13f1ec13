package dev.crosscheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** This process's resident memory, now and at its peak, in MiB; -1 where the system does not say (no /proc). */
record ProcessMemory(double residentMib, double peakResidentMib) {
    private static final Path STATUS = Path.of("/proc/self/status");

    static ProcessMemory now() {
        try {
            List<String> lines = Files.readAllLines(STATUS);
            return new ProcessMemory(kib(lines, "VmRSS:") / 1024.0, kib(lines, "VmHWM:") / 1024.0);
        } catch (IOException | RuntimeException e) {
            // Not Linux: the JVM cannot see its resident size, and a guess would be worse than saying so.
            return new ProcessMemory(-1, -1);
        }
    }

    /** Heap in use after a full collection, in MiB: what the process really keeps, whatever the collector defers. */
    static double heapAfterGcMib() {
        return heapAfterGc() / (1024.0 * 1024.0);
    }

    /**
     * Used heap once garbage is collected, in bytes. System.gc() is only a request, so it is repeated until the figure
     * settles; what remains is what live objects hold, not what the collector has yet to free.
     */
    static long heapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long last = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            long used = rt.totalMemory() - rt.freeMemory();
            if (Math.abs(last - used) < 256 * 1024) {
                return used;
            }
            last = used;
        }
        return last;
    }

    private static double kib(List<String> status, String field) {
        for (String line : status) {
            if (line.startsWith(field)) {
                // "VmRSS:	  123456 kB"
                return Double.parseDouble(line.substring(field.length()).trim().split("\\s+")[0]);
            }
        }
        throw new IllegalStateException("no " + field + " in " + STATUS);
    }
}
