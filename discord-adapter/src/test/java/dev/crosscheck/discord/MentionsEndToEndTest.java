package dev.crosscheck.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Questions in ordinary messages: a mention of the bot, or a reply to one of its answers. */
@Timeout(60)
class MentionsEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String BOT = "<@" + FakeDiscord.BOT + ">";

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
        return discord.await(s -> s.kind().equals("channel")
                && s.message().path("message_reference").path("message_id").asText().equals(messageId), WAIT);
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
