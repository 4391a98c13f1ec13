package dev.crosscheck.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.command.ChatRef;
import dev.crosscheck.command.Request;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Questions in ordinary messages: a mention of the bot, or a reply to one of its answers; and the conversation the
 * adapter reports for each, read from the request it hands the real command layer.
 */
@Timeout(60)
class MentionsEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String BOT = "<@" + FakeDiscord.BOT + ">";
    private static final ChatRef NEWS = new ChatRef("discord", Long.toString(FakeDiscord.NEWS));

    private static DiscordFixture fixture;
    private static FakeDiscord discord;

    @BeforeAll
    static void start() throws Exception {
        fixture = DiscordFixture.start();
        discord = fixture.discord;
    }

    @AfterAll
    static void stop() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    private static Sent replyTo(String messageId) throws InterruptedException {
        return discord.awaitReplyTo(messageId, WAIT);
    }

    @Test
    void aMessageMentioningTheBotIsAnsweredAsAReplyWithSources() throws Exception {
        String asked = discord.message(FakeDiscord.READER, FakeDiscord.NEWS, BOT + " Who is the mayor of Kyiv?", true, null);
        Sent answer = replyTo(asked);
        assertEquals(Long.toString(FakeDiscord.NEWS), answer.target());
        assertTrue(answer.content().contains("Klitschko") && answer.content().contains("[1]"), answer.content());
        assertEquals("Sources", answer.data().path("embeds").get(0).path("title").asText());
        assertTrue(answer.mentionsNobody(), "not even a reply ping");
    }

    @Test
    void aMessageOfTwoQuestionsIsAnsweredUnderEachQuestionWithOneSourceList() throws Exception {
        Sent answer = replyTo(discord.message(FakeDiscord.READER, FakeDiscord.NEWS,
                BOT + " How many people died in Solochiv? Who is the mayor of Kyiv?", true, null));
        String text = answer.content();
        int first = text.indexOf("**How many people died in Solochiv?**");
        int second = text.indexOf("**Who is the mayor of Kyiv?**");
        assertTrue(first >= 0 && second > first, text);
        assertTrue(text.indexOf("four people died") > first && text.indexOf("Klitschko", second) > second, text);
        assertEquals("Sources", answer.data().path("embeds").get(0).path("title").asText());
    }

    @Test
    void aReplyToTheBotsAnswerIsAFollowUpAnsweredInTheSameChain() throws Exception {
        String asked = discord.message(FakeDiscord.READER, FakeDiscord.NEWS, BOT + " Who is the mayor of Kyiv?", true, null);
        Sent first = replyTo(asked);
        // No mention this time: replying to the bot is enough.
        String followUp = discord.message(FakeDiscord.READER, FakeDiscord.NEWS, "How many people were killed in Lviv?",
                false, first.posted());
        Sent answer = replyTo(followUp);
        assertTrue(answer.content().contains("Lviv") || answer.content().contains("[1]"), answer.content());
    }

    @Test
    void aReplyToAnAnswerIsAnsweredInContextAndAnUnrelatedMessageIsNot() throws Exception {
        Sent answer = replyTo(discord.message(FakeDiscord.READER, FakeDiscord.NEWS,
                BOT + " How many people were killed in the Lviv region?", true, null));
        fixture.awaitKnownAnswer(answer, WAIT);
        Sent inContext = replyTo(discord.message(FakeDiscord.READER, FakeDiscord.NEWS, "And in Kharkiv?", false,
                answer.posted()));
        assertTrue(inContext.content().contains("Reading this as: How many people were killed in Kharkiv?"),
                inContext.content());
        Sent alone = replyTo(discord.message(FakeDiscord.MODERATOR, FakeDiscord.NEWS, BOT + " And in Kharkiv?", true,
                null));
        assertFalse(alone.content().contains("Reading this as"), alone.content());
    }

    @Test
    void aReplyToTheBotsAnswerContinuesTheQuestionsConversationAndAnUnrelatedMessageStartsItsOwn() throws Exception {
        String question = BOT + " Who is the mayor of Kyiv, to begin with?";
        Sent answer = replyTo(discord.message(FakeDiscord.READER, FakeDiscord.NEWS, question, true, null));
        fixture.awaitKnownAnswer(answer, WAIT);
        String followUp = "And how many people were killed in Lviv, following up?";
        Sent second = replyTo(discord.message(FakeDiscord.READER, FakeDiscord.NEWS, followUp, false, answer.posted()));
        fixture.awaitKnownAnswer(second, WAIT);
        String further = "And how many missiles were fired, further down the chain?";
        replyTo(discord.message(FakeDiscord.READER, FakeDiscord.NEWS, further, false, second.posted()));
        String unrelated = BOT + " How many missiles were fired, asked on its own?";
        replyTo(discord.message(FakeDiscord.MODERATOR, FakeDiscord.NEWS, unrelated, true, null));

        Request first = fixture.requests.awaitArgs(question, WAIT);
        assertEquals(NEWS, first.chat());
        assertEquals("ask", first.command());
        assertNotNull(first.conversation(), "a question in a channel starts a conversation of its own");
        assertEquals(first.conversation(), fixture.requests.awaitArgs(followUp, WAIT).conversation());
        assertEquals(first.conversation(), fixture.requests.awaitArgs(further, WAIT).conversation(),
                "a reply to the follow-up's answer is still the same conversation");
        Request apart = fixture.requests.awaitArgs(unrelated, WAIT);
        assertEquals(NEWS, apart.chat());
        assertNotNull(apart.conversation());
        assertNotEquals(first.conversation(), apart.conversation(), "same channel, unrelated message: afresh");
    }

    @Test
    void everyQuestionInAThreadContinuesTheThreadsConversation() throws Exception {
        String first = BOT + " How many missiles were fired, first in the thread?";
        String second = BOT + " Who is the mayor of Kyiv, second in the thread?";
        replyTo(discord.message(FakeDiscord.READER, FakeDiscord.THREAD, first, true, null));
        replyTo(discord.message(FakeDiscord.MODERATOR, FakeDiscord.THREAD, second, true, null));
        String inThread = fixture.requests.awaitArgs(first, WAIT).conversation();
        assertNotNull(inThread);
        assertEquals(inThread, fixture.requests.awaitArgs(second, WAIT).conversation());
        String outside = BOT + " How many missiles were fired, asked outside the thread?";
        replyTo(discord.message(FakeDiscord.READER, FakeDiscord.NEWS, outside, true, null));
        assertNotEquals(inThread, fixture.requests.awaitArgs(outside, WAIT).conversation());
    }

    @Test
    void everyMessageAndSlashCommandInADmContinuesTheDmsConversation() throws Exception {
        String first = "Who is the mayor of Kyiv, asked in a DM?";
        String second = "How many people were killed in Lviv, next in the DM?";
        String dm = Long.toString(FakeDiscord.DM);
        assertEquals(dm, replyTo(discord.messageInDm(FakeDiscord.READER, first)).target(), "answered in the DM");
        replyTo(discord.messageInDm(FakeDiscord.READER, second));
        String slashed = "How many missiles were fired, slashed in the DM?";
        discord.awaitAnswer(discord.slashInDm(FakeDiscord.READER, "ask", Map.of("question", slashed)), WAIT);

        Request opening = fixture.requests.awaitArgs(first, WAIT);
        assertEquals(new ChatRef("discord", dm), opening.chat());
        assertNotNull(opening.conversation());
        assertEquals(opening.conversation(), fixture.requests.awaitArgs(second, WAIT).conversation());
        assertEquals(opening.conversation(), fixture.requests.awaitArgs(slashed, WAIT).conversation());
    }

    @Test
    void aQuestionInAThreadIsAnsweredInTheThread() throws Exception {
        String asked = discord.message(FakeDiscord.READER, FakeDiscord.THREAD, BOT + " How many missiles were fired?",
                true, null);
        assertEquals(Long.toString(FakeDiscord.THREAD), replyTo(asked).target());
    }

    @Test
    void everyoneHereAndRoleMentionsInAQuestionPingNobody() throws Exception {
        String asked = discord.message(FakeDiscord.READER, FakeDiscord.NEWS, BOT + " @everyone @here <@&"
                + FakeDiscord.MODERATORS + "> how many people were killed in Lviv?", true, null);
        Sent answer = replyTo(asked);
        assertTrue(answer.mentionsNobody(), answer.message().path("allowed_mentions").toString());
    }

    @Test
    void aMessageNeitherMentioningNorReplyingToTheBotIsLeftAlone() throws Exception {
        String chatter = discord.message(FakeDiscord.READER, FakeDiscord.NEWS, "@everyone lunch is ready", false, null);
        String asked = discord.message(FakeDiscord.READER, FakeDiscord.NEWS, BOT + " Who is the mayor of Kyiv?", true, null);
        replyTo(asked);
        // The chatter came first; had it been taken for a question, its answer would be out by about now.
        Thread.sleep(500);
        assertTrue(discord.sent.stream().noneMatch(s -> s.message().path("message_reference").path("message_id")
                .asText().equals(chatter)));
    }
}
