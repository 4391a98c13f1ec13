package dev.crosscheck.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.answer.Citation;
import dev.crosscheck.command.Reply;
import dev.crosscheck.corpus.Origin;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rendering replies as Telegram HTML: escaping, the numbered sources, and messages under the limit. */
class TelegramRendererTest {

    @Test
    void everyCharacterFromTheSourcesIsEscapedAndTheMarkersAndSourceListKept() {
        Reply reply = new Reply(List.of(new Reply.Segment(Reply.Style.TEXT, "Losses <12> & rising. [1]")),
                List.of(new Citation(1, "a.txt", "R&D <title>", "Losses <12> & rising.")), List.of(), Set.of());
        String html = TelegramRenderer.render(reply).get(0);
        assertEquals("Losses &lt;12&gt; &amp; rising. [1]\n\n<b>Sources</b>\n"
                + "<b>[1]</b> R&amp;D &lt;title&gt; — “Losses &lt;12&gt; &amp; rising.”", html);
    }

    @Test
    void aFetchedSourcesTitleLinksToItsPageWithEverythingEscapedAndItsOutletAndDateBeside() {
        Origin origin = new Origin("https://example.org/a?id=\"1\"&x=<2>", "R&D <News>",
                Instant.parse("2026-12-01T09:30:00Z"));
        Reply reply = new Reply(List.of(new Reply.Segment(Reply.Style.TEXT, "Losses rising. [1]")),
                List.of(new Citation(1, "a.md", "R&D <title>", "Losses rising.", origin)), List.of(), Set.of());
        assertEquals("Losses rising. [1]\n\n<b>Sources</b>\n<b>[1]</b> "
                + "<a href=\"https://example.org/a?id=&quot;1&quot;&amp;x=&lt;2&gt;\">R&amp;D &lt;title&gt;</a>"
                + " (R&amp;D &lt;News&gt;, 1 Dec 2026) — “Losses rising.”", TelegramRenderer.render(reply).get(0));
    }

    @Test
    void longTextIsSplitAtSentenceEndsUnderTheLimitEvenWhenEscapingLengthensIt() {
        String sentence = "Officials said <&> shelling continued overnight near the plant. ";
        Reply reply = Reply.text(sentence.repeat(150));
        List<String> messages = TelegramRenderer.render(reply);
        assertTrue(messages.size() > 1);
        for (String m : messages) {
            assertTrue(m.length() <= TelegramRenderer.LIMIT, "length " + m.length());
            assertTrue(m.endsWith("plant."), "split at a sentence end: …" + m.substring(m.length() - 20));
        }
    }

    @Test
    void aReplyTooLongForAChatIsCutWithANote() {
        Reply reply = Reply.text("A sentence that goes on for a while to fill the message. ".repeat(1_000));
        List<String> messages = TelegramRenderer.render(reply);
        assertEquals(TelegramRenderer.MAX_MESSAGES, messages.size());
        assertTrue(messages.get(messages.size() - 1).endsWith("too long for a chat.</i>"));
        assertTrue(messages.stream().allMatch(m -> m.length() <= TelegramRenderer.LIMIT));
    }

    @Test
    void headingsAreBoldAndItemsBulleted() {
        Reply reply = new Reply(List.of(new Reply.Segment(Reply.Style.HEADING, "3 <sources>"),
                new Reply.Segment(Reply.Style.ITEM, "a & b")), List.of(), List.of(), Set.of());
        assertEquals("<b>3 &lt;sources&gt;</b>\n• a &amp; b", TelegramRenderer.render(reply).get(0));
    }
}
