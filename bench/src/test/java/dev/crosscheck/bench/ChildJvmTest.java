package dev.crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Child JVMs start as the ./crosscheck launcher starts the bot, so what they measure is what a user gets. */
class ChildJvmTest {
    @Test
    void childrenGetTheLaunchersHeapCapBeforeAnythingTheUserSets() throws IOException {
        // Surefire runs in the module folder; the launcher is at the project root.
        String launcher = Files.readString(Path.of("..", "crosscheck"));
        assertTrue(launcher.contains("exec java " + ChildJvm.DEFAULT_HEAP + " ${JAVA_OPTS:-}"),
                "the launcher and ChildJvm.DEFAULT_HEAP disagree");

        List<String> cmd = ChildJvm.command("dev.crosscheck.cli.Main", List.of("ask", "Who?"));
        assertEquals(ChildJvm.DEFAULT_HEAP, cmd.get(1));
        assertEquals(List.of("dev.crosscheck.cli.Main", "ask", "Who?"), cmd.subList(cmd.size() - 3, cmd.size()));
    }

    @Test
    void childrenGetTheLaunchersCollectorUnlessTheUserNamesOne() throws IOException {
        String launcher = Files.readString(Path.of("..", "crosscheck"));
        assertTrue(launcher.contains("gc_chosen='(^|[[:space:]])-XX:\\+Use[[:alnum:]]*GC([[:space:]]|$)'")
                && launcher.contains("opts+=(" + ChildJvm.DEFAULT_COLLECTOR + ")"),
                "the launcher and ChildJvm.DEFAULT_COLLECTOR disagree");

        assertTrue(ChildJvm.command("Main", List.of(), null).contains(ChildJvm.DEFAULT_COLLECTOR));
        assertTrue(ChildJvm.command("Main", List.of(), "-Xmx2g").contains(ChildJvm.DEFAULT_COLLECTOR));
        assertTrue(ChildJvm.command("Main", List.of(), "-XX:+UseGCOverheadLimit").contains(ChildJvm.DEFAULT_COLLECTOR),
                "a flag that only mentions GC names no collector");
        List<String> theirs = ChildJvm.command("Main", List.of(), "-Xmx2g -XX:+UseG1GC");
        assertTrue(theirs.contains("-XX:+UseG1GC") && !theirs.contains(ChildJvm.DEFAULT_COLLECTOR), theirs.toString());
    }
}
