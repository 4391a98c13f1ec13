package dev.crosscheck.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.answer.Citation;
import dev.crosscheck.command.Reply;
import dev.crosscheck.corpus.Origin;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class DiscordRendererTest {
    private static final Citation KYIV = new Citation(1, "003.txt", "Russia says a missile strike killed six",
            "Kyiv Mayor Vitali Klitschko said explosions were reported.");

    private static Reply answer(String text, List<Citation> citations, Set<Reply.Flag> flags) {
        return new Reply(List.of(new Reply.Segment(Reply.Style.TEXT, text)), citations, List.of(), flags);
    }

    private static void assertQuiet(MessageCreateData m) {
        assertEquals(EnumSet.noneOf(Message.MentionType.class), m.getAllowedMentions());
        assertFalse(m.isMentionRepliedUser());
        assertTrue(m.getMentionedUsers().isEmpty() && m.getMentionedRoles().isEmpty());
    }

    @Test
    void anAnswerKeepsItsMarkersAndListsEachSourceWithTitleAndShortenedQuote() {
        Citation longQuote = new Citation(2, "000.txt", "Ukrainian sources", "word ".repeat(100).strip() + ".");
        List<MessageCreateData> out = DiscordRenderer.render(answer("Vitali Klitschko is the mayor. [1][2]",
                List.of(KYIV, longQuote), Set.of()));
        assertEquals(1, out.size());
        assertEquals("Vitali Klitschko is the mayor. [1][2]", out.get(0).getContent());
        MessageEmbed sources = out.get(0).getEmbeds().get(0);
        assertEquals("Sources", sources.getTitle());
        String[] lines = sources.getDescription().split("\n");
        assertEquals("**[1]** Russia says a missile strike killed six — “Kyiv Mayor Vitali Klitschko said explosions "
                + "were reported.”", lines[0]);
        assertTrue(lines[1].startsWith("**[2]** Ukrainian sources — “word") && lines[1].endsWith("…”")
                && lines[1].length() < 250, lines[1]);
        assertQuiet(out.get(0));
    }

    @Test
    void aFetchedSourcesTitleLinksToItsPageWithItsOutletAndDateBeside() {
        Citation fetched = new Citation(1, "feeds/example/a.md", "Strikes [update] hit *Kyiv*", "Strikes hit Kyiv.",
                new Origin("https://example.org/news/kyiv_(strikes)", "Example News",
                        Instant.parse("2026-12-01T09:30:00Z")));
        MessageCreateData m = DiscordRenderer.render(answer("Strikes hit Kyiv. [1]", List.of(fetched), Set.of())).get(0);
        assertEquals("**[1]** [Strikes \\[update\\] hit \\*Kyiv\\*](https://example.org/news/kyiv_%28strikes%29)"
                + " (Example News, 1 Dec 2026) — “Strikes hit Kyiv.”", m.getEmbeds().get(0).getDescription());
        MessageCreateData brief = DiscordRenderer.render(answer("A summary. [1]", List.of(fetched),
                Set.of(Reply.Flag.BRIEF_SOURCES))).get(0);
        assertEquals("**[1]** feeds/example/a.md — [Strikes \\[update\\] hit \\*Kyiv\\*]"
                + "(https://example.org/news/kyiv_%28strikes%29) (Example News, 1 Dec 2026)",
                brief.getEmbeds().get(0).getDescription());
    }

    @Test
    void longOutputIsSplitUnder2000CharactersAtSentenceEnds() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 4_500; i++) {
            text.append("Sentence number ").append(i).append(" says something about the strikes. [1] ");
        }
        List<MessageCreateData> out = DiscordRenderer.render(answer(text.toString(), List.of(KYIV), Set.of()));
        assertEquals(3, out.size());
        for (MessageCreateData m : out) {
            assertTrue(m.getContent().length() < 2_000, "" + m.getContent().length());
            assertTrue(m.getContent().endsWith("strikes. [1]"), "ends at a sentence: " + m.getContent());
            assertQuiet(m);
        }
        assertTrue(out.get(0).getEmbeds().isEmpty() && out.get(2).getEmbeds().size() == 1, "sources come last");
    }

    @Test
    void aReplyTooLongForAChatIsCutWithANote() {
        List<Reply.Segment> items = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            items.add(new Reply.Segment(Reply.Style.ITEM, "article-" + i + ".txt — a title that takes some room here"));
        }
        List<MessageCreateData> out = DiscordRenderer.render(new Reply(items, List.of(), List.of(), Set.of()));
        assertEquals(DiscordRenderer.MAX_MESSAGES, out.size());
        assertTrue(out.get(out.size() - 1).getContent().contains("more not shown"));
        assertTrue(out.stream().allMatch(m -> m.getContent().length() < 2_000));
    }

    @Test
    void notFoundSaysSoPlainlyAndShowsRelatedPassagesAsSuch() {
        Reply notFound = new Reply(List.of(new Reply.Segment(Reply.Style.TEXT, "The sources do not answer this question.")),
                List.of(), List.of(KYIV), Set.of(Reply.Flag.NOT_FOUND));
        MessageCreateData m = DiscordRenderer.render(notFound).get(0);
        assertEquals("The sources do not answer this question.", m.getContent());
        assertEquals("Nearest passages", m.getEmbeds().get(0).getTitle());
    }

    @Test
    void briefSourcesShowIdsAndTitlesOnly() {
        MessageCreateData m = DiscordRenderer.render(answer("A summary. [1]", List.of(KYIV),
                Set.of(Reply.Flag.BRIEF_SOURCES))).get(0);
        assertEquals("**[1]** 003.txt — Russia says a missile strike killed six", m.getEmbeds().get(0).getDescription());
    }

    @Test
    void withoutEmbedsTheSourcesFollowTheText() {
        MessageCreateData m = DiscordRenderer.render(answer("Klitschko. [1]", List.of(KYIV), Set.of()), false).get(0);
        assertTrue(m.getEmbeds().isEmpty());
        assertTrue(m.getContent().startsWith("Klitschko. [1]\n\n**Sources**\n**[1]** Russia says"), m.getContent());
    }

    @Test
    void markdownInArticlesAndQuestionsShowsAsWritten() {
        assertEquals("2 \\* 3 \\_is\\_ \\~\\~six\\~\\~ \\|\\| \\`code\\`", Markdown.escape("2 * 3 _is_ ~~six~~ || `code`"));
        assertEquals("\\# not a heading\n\\> not a quote\n\\- not a list",
                Markdown.escape("# not a heading\n> not a quote\n- not a list"));
        assertEquals("[1][2] stay markers", Markdown.escape("[1][2] stay markers"));
    }

    @Test
    void anAlertIsOneEmbedWithTheConflictHeadingSidesAndQuotes() {
        Reply conflict = new Reply(List.of(
                new Reply.Segment(Reply.Style.HEADING, "Sources contradict each other on strikes"),
                new Reply.Segment(Reply.Style.TEXT, "15 strikes [1]; 25 strikes [2].")),
                List.of(KYIV, new Citation(2, "005.txt", "Kharkiv hit again", "25 strikes overnight.")), List.of(),
                Set.of());
        MessageCreateData m = DiscordRenderer.alert(conflict);
        assertEquals("", m.getContent());
        MessageEmbed embed = m.getEmbeds().get(0);
        assertEquals("Sources contradict each other on strikes", embed.getTitle());
        assertTrue(embed.getDescription().startsWith("15 strikes [1]; 25 strikes [2].\n\n**[1]** Russia says"),
                embed.getDescription());
        assertTrue(embed.getDescription().contains("**[2]** Kharkiv hit again — “25 strikes overnight.”"));
        assertQuiet(m);
    }
}
