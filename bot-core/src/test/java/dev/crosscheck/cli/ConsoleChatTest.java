package dev.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.Crosscheck;
import dev.crosscheck.TestCores;
import dev.crosscheck.config.Settings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleChatTest {
    private String chat(String input) {
        StringWriter out = new StringWriter();
        new ConsoleChat(TestCores.seeds().commands(), new BufferedReader(new StringReader(input)),
                new PrintWriter(out, true), false).run();
        return out.toString();
    }

    @Test
    void aLineIsAQuestionAndSlashCommandsWork() {
        String out = chat("/help\nWho is the mayor of Kyiv?\n/sources\n/quit\nWho leads the Wagner group?\n");
        assertTrue(out.contains("/ask"), out);
        assertTrue(out.contains("Klitschko"), out);
        assertTrue(out.contains("003_214ac054cd4d5203.txt"), out);
        assertFalse(out.contains("Prigozhin"), "nothing is answered after /quit: " + out);
    }

    @Test
    void unknownCommandsAndEmptyLinesDoNotEndTheChat() {
        String out = chat("\n/nope\n   \nWho leads the Wagner group?\n");
        assertTrue(out.contains("Unknown command"), out);
        assertTrue(out.contains("Prigozhin"), out);
    }

    @Test
    void aFolderWithNoArticlesSaysSoWhenTheChatOpensAndInItsHelp(@TempDir Path tmp) throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("news"));
        try (Crosscheck core = Crosscheck.open(new Settings(empty, tmp.resolve("data")), TestCores.embedder())) {
            StringWriter out = new StringWriter();
            new ConsoleChat(core.commands(), new BufferedReader(new StringReader("/help\n")),
                    new PrintWriter(out, true), false).run();
            String[] lines = out.toString().split("\n");
            assertTrue(lines[1].startsWith("There are no articles in news yet"), out.toString());
            assertTrue(out.toString().indexOf("There are no articles", 30) > 0, "and /help says so: " + out);
        }
        assertFalse(chat("/help\n").contains("There are no articles"), "a folder with articles says nothing of it");
    }
}
