package dev.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalSafeTest {
    @Test
    void controlCharactersFromAnArticleNeverReachTheTerminal() {
        StringWriter shown = new StringWriter();
        try (PrintWriter out = new PrintWriter(new TerminalSafe(shown))) {
            out.print("The mink farm had 44 mink. \u001b]0;pwned-title\u0007\u001b[2J The end.\u0000\u009b\n");
            out.print("\ttabbed, «quoted», Київ 🙂\r\n");
            out.write('\u001b');
        }
        assertEquals("The mink farm had 44 mink. ]0;pwned-title[2J The end.\n\ttabbed, «quoted», Київ 🙂\r\n",
                shown.toString());
    }
}
