package dev.crosscheck.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.command.ChatRef;
import dev.crosscheck.command.Request;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Private and group chats through the real telegrambots client and long polling, against the fake Bot API; and the
 * conversation the adapter reports for each message, read from the request it hands the real command layer.
 */
@Timeout(60)
class ChatsEndToEndTest {
    /** An article whose sentence carries the three characters Telegram's HTML reads as markup. */
    static final String MARKUP_ARTICLE = """
            Cooling pond <update> & depth

            The cooling pond of the Zaporizhzhia plant holds water <at least 12 metres deep> & stays stable, the operator said.
            """;
    private static final Duration WAIT = Duration.ofSeconds(15);

    private static TelegramFixture fixture;
    private static FakeBotApi telegram;

    @BeforeAll
    static void start() throws Exception {
        fixture = TelegramFixture.start(Map.of("900_cooling_pond.txt", MARKUP_ARTICLE));
        telegram = fixture.telegram;
    }

    @AfterAll
    static void stop() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void startReadsTheBotsUsernameAndRegistersEveryCommandForTheMenu() {
        assertFalse(telegram.calls("getme").isEmpty());
        JsonNode commands = telegram.calls("setmycommands").get(0).body().path("commands");
        Set<String> names = new HashSet<>();
        commands.forEach(c -> names.add(c.path("command").asText()));
        assertEquals(Set.of("start", "help", "ask", "summary", "sources", "conflicts", "subscribe", "unsubscribe", "alerts"),
                names);
    }

    @Test
    void aPrivateQuestionIsAnsweredAsAReplyWithCitationsAndEscapedHtml() throws Exception {
        long id = telegram.say(FakeBotApi.READER, FakeBotApi.READER, "How deep is the cooling pond of the plant?");
        Sent reply = telegram.awaitReply(id, WAIT);
        assertEquals("HTML", reply.body().path("parse_mode").asText());
        assertEquals(Long.toString(FakeBotApi.READER), reply.chatId());
        String html = reply.text();
        assertTrue(html.contains("[1]") && html.contains("<b>Sources</b>") && html.contains("<b>[1]</b>"), html);
        assertTrue(html.contains("&lt;at least 12 metres deep&gt; &amp; stays stable"), html);
        assertFalse(html.contains("<at least") || html.contains("<update>"), html);
        assertTrue(telegram.sent.stream().anyMatch(s -> s.method().equals("sendchataction")
                && s.chatId().equals(Long.toString(FakeBotApi.READER)) && s.body().path("action").asText()
                        .equals("typing")), "typing… while answering");
    }

    @Test
    void aMessageOfTwoQuestionsIsAnsweredUnderEachQuestionInOneReply() throws Exception {
        long id = telegram.say(FakeBotApi.READER, FakeBotApi.READER,
                "How many people died in Solochiv? Who is the mayor of Kyiv?");
        String html = telegram.awaitReply(id, WAIT).text();
        int first = html.indexOf("<b>How many people died in Solochiv?</b>");
        int second = html.indexOf("<b>Who is the mayor of Kyiv?</b>");
        assertTrue(first >= 0 && second > first, html);
        assertTrue(html.indexOf("four people died") > first && html.indexOf("Klitschko", second) > second, html);
    }

    @Test
    void startInAPrivateChatWelcomesAndListsTheCommands() throws Exception {
        long id = telegram.say(FakeBotApi.READER, FakeBotApi.READER, "/start");
        String html = telegram.awaitReply(id, WAIT).text();
        assertTrue(html.startsWith("Welcome to Crosscheck"), html);
        assertTrue(html.contains("/summary") && html.contains("/subscribe"), html);
    }

    @Test
    void conflictsAboutATopicListOnlyThoseAboutIt() throws Exception {
        long id = telegram.say(FakeBotApi.READER, FakeBotApi.READER, "/conflicts Lviv");
        String html = telegram.awaitReply(id, WAIT).text();
        assertTrue(html.contains("people killed in Lviv"), html);
        assertFalse(html.contains("A later report updates"), html);
    }

    @Test
    void sourcesWithWordsListOnlyTheArticlesWhoseIdHasThem() throws Exception {
        long id = telegram.say(FakeBotApi.READER, FakeBotApi.READER, "/sources 003_214ac054cd4d5203");
        String html = telegram.awaitReply(id, WAIT).text();
        assertTrue(html.contains("1 of ") && html.contains("003_214ac054cd4d5203.txt"), html);
        assertFalse(html.contains("000_991764a6e002428f.txt"), html);
    }

    @Test
    void aGroupMessageIsAnsweredOnlyWhenItMentionsOrRepliesToTheBot() throws Exception {
        long plain = telegram.say(FakeBotApi.GROUP, FakeBotApi.READER, "Who is the mayor of Kyiv?");
        long toSomeoneElse = telegram.say(FakeBotApi.GROUP, FakeBotApi.READER, "Who is the mayor of Kyiv?",
                FakeBotApi.ADMIN);
        long otherBot = telegram.say(FakeBotApi.GROUP, FakeBotApi.READER, "/sources@some_other_bot");
        long mention = telegram.say(FakeBotApi.GROUP, FakeBotApi.READER, "@crosscheck_bot who is the mayor of Kyiv?");
        long reply = telegram.say(FakeBotApi.GROUP, FakeBotApi.READER, "Who is the mayor of Kyiv?", FakeBotApi.BOT_ID);
        assertTrue(telegram.awaitReply(mention, WAIT).text().contains("Klitschko"));
        assertTrue(telegram.awaitReply(reply, WAIT).text().contains("Klitschko"));
        // Sent after them, so answered after them if they were answered at all.
        long command = telegram.say(FakeBotApi.GROUP, FakeBotApi.READER, "/sources@crosscheck_bot");
        telegram.awaitReply(command, WAIT);
        Thread.sleep(300);
        for (long ignored : List.of(plain, toSomeoneElse, otherBot)) {
            assertTrue(telegram.sent.stream().noneMatch(s -> s.replyTo() == ignored), "answered " + ignored);
        }
    }

    @Test
    void aReplyToAnAnswerIsAnsweredInContextAndAnUnrelatedMessageIsNot() throws Exception {
        Sent answer = telegram.awaitReply(telegram.say(FakeBotApi.GROUP, FakeBotApi.READER,
                "@crosscheck_bot How many people were killed in the Lviv region?"), WAIT);
        fixture.awaitKnownAnswer(answer, WAIT);
        Sent inContext = telegram.awaitReply(telegram.reply(FakeBotApi.READER, "And in Kharkiv?", answer), WAIT);
        assertTrue(inContext.text().contains("Reading this as: How many people were killed in Kharkiv?"),
                inContext.text());
        Sent alone = telegram.awaitReply(telegram.say(FakeBotApi.GROUP, FakeBotApi.ADMIN,
                "@crosscheck_bot And in Kharkiv?"), WAIT);
        assertFalse(alone.text().contains("Reading this as"), alone.text());
    }

    @Test
    void aReplyToTheBotsAnswerInAGroupContinuesTheQuestionsConversationAndAnUnrelatedMessageStartsItsOwn()
            throws Exception {
        long asked = telegram.say(FakeBotApi.GROUP, FakeBotApi.READER,
                "@crosscheck_bot who is the mayor of Kyiv, to begin with?");
        Sent answer = telegram.awaitReply(asked, WAIT);
        fixture.awaitKnownAnswer(answer, WAIT);
        String followUp = "And how many people were killed in Lviv, following up?";
        Sent second = telegram.awaitReply(telegram.reply(FakeBotApi.READER, followUp, answer), WAIT);
        fixture.awaitKnownAnswer(second, WAIT);
        String further = "And how many missiles were fired, further down the chain?";
        telegram.awaitReply(telegram.reply(FakeBotApi.ADMIN, further, second), WAIT);
        telegram.awaitReply(telegram.say(FakeBotApi.GROUP, FakeBotApi.READER,
                "@crosscheck_bot how many missiles were fired, asked on its own?"), WAIT);

        Request first = fixture.requests.awaitArgs("who is the mayor of Kyiv, to begin with?", WAIT);
        assertEquals(new ChatRef("telegram", Long.toString(FakeBotApi.GROUP)), first.chat());
        assertNotNull(first.conversation(), "a question in a group starts a conversation of its own");
        assertEquals(first.conversation(), fixture.requests.awaitArgs(followUp, WAIT).conversation());
        assertEquals(first.conversation(), fixture.requests.awaitArgs(further, WAIT).conversation(),
                "a reply to the follow-up's answer is still the same conversation");
        Request apart = fixture.requests.awaitArgs("how many missiles were fired, asked on its own?", WAIT);
        assertEquals(first.chat(), apart.chat());
        assertNotNull(apart.conversation());
        assertNotEquals(first.conversation(), apart.conversation(), "same group, unrelated message: afresh");
    }

    @Test
    void everyMessageInAPrivateChatContinuesTheChatsConversation() throws Exception {
        long someone = 7_001;
        String first = "Who is the mayor of Kyiv, asked in private?";
        String second = "How many people were killed in Lviv, next in private?";
        String command = "How many missiles were fired, as a command in private?";
        telegram.awaitReply(telegram.say(someone, someone, first), WAIT);
        telegram.awaitReply(telegram.say(someone, someone, second), WAIT);
        telegram.awaitReply(telegram.say(someone, someone, "/ask " + command), WAIT);
        String elsewhere = "Who is the mayor of Kyiv, asked in another private chat?";
        telegram.awaitReply(telegram.say(someone + 1, someone + 1, elsewhere), WAIT);

        Request opening = fixture.requests.awaitArgs(first, WAIT);
        assertNotNull(opening.conversation());
        assertEquals(opening.conversation(), fixture.requests.awaitArgs(second, WAIT).conversation());
        assertEquals(opening.conversation(), fixture.requests.awaitArgs(command, WAIT).conversation());
        assertNotEquals(opening.conversation(), fixture.requests.awaitArgs(elsewhere, WAIT).conversation());
    }

    @Test
    void subscribeInAGroupIsRefusedForAMemberAndAcceptedForAnAdministrator() throws Exception {
        long member = telegram.say(FakeBotApi.GROUP, FakeBotApi.READER, "/subscribe Kharkiv");
        assertTrue(telegram.awaitReply(member, WAIT).text().startsWith("Only someone who can manage"));
        long admin = telegram.say(FakeBotApi.GROUP, FakeBotApi.ADMIN, "/subscribe@crosscheck_bot Kharkiv");
        assertTrue(telegram.awaitReply(admin, WAIT).text().startsWith("Subscribed"));
        assertTrue(telegram.calls("getchatmember").stream()
                .anyMatch(s -> s.body().path("user_id").asLong() == FakeBotApi.READER));
    }

    @Test
    void twoHundredUpdatesInOneBatchAreAllAnsweredNoneLost() throws Exception {
        List<ObjectNode> batch = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long chat = 50_000 + i;
            batch.add(telegram.message(chat, chat, i % 2 == 0 ? "Who is the mayor of Kyiv?" : "/sources", null));
        }
        telegram.queue(batch);
        for (ObjectNode update : batch) {
            telegram.awaitReply(update.path("message").path("message_id").asLong(), Duration.ofSeconds(30));
        }
    }
}
