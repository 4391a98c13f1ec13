package dev.crosscheck.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void splitsLongTextAtSentenceEndsUnderTheLimit() {
        String sentence = "Air raid sirens wailed through the night across Ukraine. [1] ";
        String text = sentence.repeat(80);
        List<String> parts = Text.split(text, 2_000);
        assertTrue(parts.size() >= 3);
        for (String p : parts) {
            assertTrue(p.length() <= 2_000, p.length() + "");
            assertTrue(p.endsWith("[1]"), "breaks after a sentence and its citation: " + p.substring(p.length() - 20));
        }
        assertEquals(text.replaceAll("\\s+", ""), String.join("", parts).replaceAll("\\s+", ""), "nothing lost");
    }

    @Test
    void fallsBackToWordsWhenASentenceIsTooLong() {
        String text = "word ".repeat(1_000);
        for (String p : Text.split(text, 100)) {
            assertTrue(p.length() <= 100);
        }
        assertEquals(List.of("short"), Text.split("short", 100));
    }

    @Test
    void cleansControlCharactersAndMentions() {
        assertEquals("who is it", Text.clean("who\u0000 is\u0007 it"));
        assertEquals("who is the mayor?", Text.withoutMentions("@everyone who is the <@&123> mayor?"));
    }

    @Test
    void spacesThatPastedTextBringsPartWordsAsSpacesDo() {
        assertEquals("who is the mayor of Kyiv?", Text.clean("who\u200Bis the\u00A0mayor\u2009of\u202FKyiv?"));
        assertEquals("mayor", Text.clean("may\u200Dor"), "a joiner joins");
    }

    @Test
    void aLongReplyIsCappedWithANoteThatFits() {
        List<String> many = List.of("a\nb", "c", "d", "e", "f", "g", "h");
        List<String> capped = Text.cap(many, " [cut]", 100);
        assertEquals(Text.MAX_MESSAGES, capped.size());
        assertEquals("f [cut]", capped.get(Text.MAX_MESSAGES - 1));
        assertEquals(List.of("a", "b"), Text.cap(List.of("a", "b"), " [cut]", 100), "short replies are untouched");
        List<String> full = Text.cap(List.of("x".repeat(50) + "\n" + "y".repeat(45), "z"), 1, " [cut]", 100);
        assertEquals("x".repeat(50) + " [cut]", full.get(0), "cut at a line so the note fits");
    }

    @Test
    void whatAUserTypedIsReadWithoutControlCharactersOrMentions() {
        assertEquals("how many died in Lviv?", Text.typed("<@42>\thow many\u0000 died\n in Lviv? @crosscheck_bot"));
        assertEquals("", Text.typed(null));
    }

    @Test
    void aLinkPastedBesideAQuestionIsNoPartOfIt() {
        assertEquals("how many died?",
                Text.typed("https://www.bbc.co.uk/news/world-europe-64904133 how many died?"));
        assertEquals("how many died? see",
                Text.typed("how many died? see <https://example.org/a?b=1> www.example.org/x"));
        assertEquals("", Text.typed("HTTP://example.org"));
        assertEquals("who runs bbc.co.uk?", Text.typed("who runs bbc.co.uk?"), "a site named, not linked, stays");
    }
}
