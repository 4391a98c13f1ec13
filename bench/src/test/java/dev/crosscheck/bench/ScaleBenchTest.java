package dev.crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.TestCores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scale benchmark's child JVMs over the seeds: an index run and a restart run that report sensible numbers. */
class ScaleBenchTest {
    private static final ScaleBench.Plan QUICK = new ScaleBench.Plan(1, 1, 1, 1_000, 100, Duration.ofMinutes(3));

    @Test
    void childJvmsIndexAndRestartOverTheSeeds(@TempDir Path work) {
        StringWriter log = new StringWriter();
        List<ScalePoint> points = new ScaleBench(work, new PrintWriter(log), QUICK).run(
                List.of(new ScaleBench.Target("seeds", TestCores.seedsFolder())),
                List.of("Who is the mayor of Kyiv?", "How many missiles were fired?", "What did the White House say?"));

        ScalePoint seeds = points.get(0);
        IndexMeasurement index = seeds.index();
        assertEquals(5, index.articles());
        assertTrue(index.sentences() > 100, index.toString());
        assertEquals(100, index.rawSample());
        assertTrue(index.rawPerSecond() > 0 && index.indexPerSecond() > 0 && index.indexSeconds() > 0, index.toString());
        assertTrue(index.indexMb() > 0.05, index.toString());
        assertTrue(Files.isDirectory(work.resolve("data/seeds/index")));

        RestartMeasurement restart = seeds.restarts().get(0);
        assertEquals(3, restart.questions());
        assertEquals(3, restart.latencies());
        assertTrue(restart.found() >= 2, restart.toString());
        assertEquals(5, restart.conflicts(), "the seeds' five conflicts");
        assertTrue(restart.p50Ms() > 0 && restart.p99Ms() >= restart.p50Ms(), restart.toString());
        assertTrue(restart.fromJvmStartSeconds() > restart.openSeconds(),
                restart.toString());
        assertTrue(restart.detectionSeconds() > 0 && restart.detectionSeconds() < 5, restart.toString());
        if (Files.exists(Path.of("/proc/self/status"))) {
            assertTrue(restart.residentMib() > 50 && restart.peakResidentMib() >= restart.residentMib(),
                    restart.toString());
            assertTrue(restart.heapUsedMib() > 1, restart.toString());
        }
        assertTrue(log.toString().contains("[seeds index] scale: raw embedding"), log.toString());
    }

    @Test
    void aFailingChildIsReportedWithTheEndOfItsOutput(@TempDir Path work) throws Exception {
        Path questions = Files.writeString(work.resolve("q.txt"), "Who is the mayor of Kyiv?\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new ChildJvm(
                new PrintWriter(new StringWriter()), Duration.ofMinutes(1)).run("seeds restart", ScaleRun.class,
                List.of("restart", TestCores.seedsFolder().toString(), work.resolve("nothing").toString(),
                        questions.toString())));
        assertTrue(e.getMessage().contains("seeds restart measurement exited with 1"), e.getMessage());
        assertTrue(e.getMessage().contains("run the index mode first"), e.getMessage());
    }

    @Test
    void theChildStartsAsTheLauncherStartsJava() {
        List<String> cmd = ChildJvm.command(ScaleRun.class, List.of("index"));
        assertTrue(cmd.get(0).endsWith("java"), cmd.toString());
        assertEquals(Runtime.version().feature() >= 21, cmd.contains("jdk.incubator.vector"), cmd.toString());
        assertEquals(List.of("dev.crosscheck.bench.ScaleRun", "index"), cmd.subList(cmd.size() - 2, cmd.size()));
    }
}
