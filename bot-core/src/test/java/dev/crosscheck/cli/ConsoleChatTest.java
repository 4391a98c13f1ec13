package dev.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.TestCores;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

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
}
