package dev.crosscheck.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChatInputTest {
    @Test
    void aSlashLineIsACommandAndAnythingElseAQuestion() {
        assertEquals(new ChatInput("summary", "short Bakhmut"), ChatInput.of("/summary short Bakhmut"));
        assertEquals(new ChatInput("help", ""), ChatInput.of("/HELP"));
        assertEquals(new ChatInput("ask", "Who is the mayor of Kyiv?"), ChatInput.of("  Who is the mayor of Kyiv? "));
        assertEquals(new ChatInput("ask", "/"), ChatInput.of("/"));
    }

    @Test
    void aCommandAddressedToABotKeepsItsWordAndNamesTheBot() {
        assertEquals(new ChatInput("ask", "who leads Wagner?"), ChatInput.of("/ask@crosscheck_bot who leads Wagner?"));
        assertEquals(Optional.of("crosscheck_bot"), ChatInput.addressee("/ask@crosscheck_bot who?"));
        assertEquals(Optional.empty(), ChatInput.addressee("/ask who?"));
    }
}
