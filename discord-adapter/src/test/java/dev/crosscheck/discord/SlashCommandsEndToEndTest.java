package dev.crosscheck.discord;

import dev.crosscheck.ScriptedModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosscheck.command.ChatRef;
import dev.crosscheck.command.Command;
import dev.crosscheck.command.Request;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Slash commands through the real JDA against the fake Discord, which refuses late or repeated acknowledgements. */
@Timeout(60)
class SlashCommandsEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
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

    @Test
    void askIsAnsweredWithTheTextAndANumberedSourceList() throws Exception {
        String id = discord.slash(FakeDiscord.READER, FakeDiscord.NEWS, "ask",
                Map.of("question", "Who is the mayor of Kyiv?"));
        Sent answer = discord.awaitAnswer(id, WAIT);
        assertTrue(answer.content().contains("Klitschko") && answer.content().contains("[1]"), answer.content());
        JsonNode sources = answer.data().path("embeds").get(0);
        assertEquals("Sources", sources.path("title").asText());
        String list = sources.path("description").asText();
        assertTrue(list.startsWith("**[1]** ") && list.contains(" — “") && list.contains("**[2]** "), list);
        assertTrue(answer.mentionsNobody());
        assertFalse(answer.ephemeral());
    }

    @Test
    void askIsDeferredAtOnceAndFollowedUpWhenTheAnswerTakesLongerThanDiscordWaits() throws Exception {
        String id = discord.slash(FakeDiscord.READER, FakeDiscord.NEWS, "ask",
                Map.of("question", "How many missiles were fired, asked " + ScriptedModel.SLOW_WORD + "?"));
        Sent answer = discord.awaitAnswer(id, WAIT);
        List<Sent> all = discord.answersTo(id);
        Sent deferral = all.get(0);
        assertEquals(5, deferral.callbackType(), "acknowledged with a deferral first: " + all);
        assertEquals("followup", answer.kind(), "the answer came through the interaction's webhook");
        assertTrue(answer.atNanos() - deferral.atNanos() >= ScriptedModel.DELAY.toNanos() / 2, "it really was slow");
        assertTrue(answer.hasMessage() && answer.mentionsNobody());
        assertFalse(discord.rest.refusedCallbacks.contains(id), "Discord accepted the acknowledgement in time");
    }

    @Test
    void aFailureAfterTheDeferralIsShownOnlyToTheAsker() throws Exception {
        String id = discord.slash(FakeDiscord.READER, FakeDiscord.NEWS, "ask",
                Map.of("question", "What went " + ScriptedModel.FAIL_WORD + " in Kyiv?"));
        Sent answer = discord.awaitAnswer(id, WAIT);
        assertTrue(answer.ephemeral(), "errors are ephemeral");
        assertTrue(answer.content().startsWith("Sorry, something went wrong"), answer.content());
        List<String> steps = discord.answersTo(id).stream().map(Sent::kind).toList();
        assertEquals(List.of("callback", "delete", "followup"), steps, "the public placeholder is removed first");
    }

    @Test
    void summaryTakesTypedOptionsAndListsSourcesBriefly() throws Exception {
        String id = discord.slash(FakeDiscord.READER, FakeDiscord.NEWS, "summary",
                Map.of("topic", "Zaporizhzhia nuclear plant", "length", "short"));
        Sent answer = discord.awaitAnswer(id, WAIT);
        assertTrue(answer.content().contains("[1]"), answer.content());
        String list = answer.data().path("embeds").get(0).path("description").asText();
        assertTrue(list.startsWith("**[1]** ") && !list.contains("“"), "ids and titles only: " + list);
        assertTrue(answer.content().length() < 2_000);
    }

    @Test
    void sourceAutocompleteOffersTheArticlesMatchingWhatIsTyped() throws Exception {
        String id = discord.autocomplete(FakeDiscord.READER, "summary", "source", "missile");
        Sent choices = discord.await(s -> s.target().equals(id), WAIT);
        assertEquals(8, choices.callbackType());
        JsonNode list = choices.message().path("data").path("choices");
        assertTrue(list.size() >= 1, choices.message().toString());
        Map<String, String> titles = fixture.bot.core().corpus().documents().stream()
                .collect(Collectors.toMap(d -> d.id(), d -> d.title()));
        for (JsonNode c : list) {
            String title = titles.get(c.path("value").asText());
            assertNotNull(title, "a document id: " + c);
            assertTrue(title.toLowerCase().contains("missile"), title);
        }
    }

    @Test
    void helpIsAnsweredDirectlyWithEveryCommand() throws Exception {
        String id = discord.slash(FakeDiscord.READER, FakeDiscord.NEWS, "help", Map.of());
        Sent answer = discord.awaitAnswer(id, WAIT);
        assertEquals(4, answer.callbackType(), "fast commands need no deferral");
        for (Command c : Command.values()) {
            assertTrue(answer.content().contains("/" + c.word()), answer.content());
        }
    }

    @Test
    void aReplyToTheAnswerOfAskContinuesTheConversationTheCommandStarted() throws Exception {
        String question = "Who is the mayor of Kyiv, slashed first?";
        Sent answer = discord.awaitAnswer(discord.slash(FakeDiscord.READER, FakeDiscord.NEWS, "ask",
                Map.of("question", question)), WAIT);
        fixture.awaitKnownAnswer(answer, WAIT);
        String followUp = "And how many people were killed in Lviv, replying to the slashed answer?";
        discord.awaitReplyTo(discord.message(FakeDiscord.READER, FakeDiscord.NEWS, followUp, false, answer.posted()),
                WAIT);
        String apart = "How many missiles were fired, slashed on its own?";
        discord.awaitAnswer(discord.slash(FakeDiscord.READER, FakeDiscord.NEWS, "ask", Map.of("question", apart)), WAIT);

        Request asked = fixture.requests.awaitArgs(question, WAIT);
        assertEquals(NEWS, asked.chat());
        assertNotNull(asked.conversation());
        assertEquals(asked.conversation(), fixture.requests.awaitArgs(followUp, WAIT).conversation());
        assertNotEquals(asked.conversation(), fixture.requests.awaitArgs(apart, WAIT).conversation());
    }

    @Test
    void aReplyToAnAnswerPostedWithTheCallbackItselfContinuesThatCommandsConversation() throws Exception {
        String id = discord.slash(FakeDiscord.READER, FakeDiscord.NEWS, "help", Map.of());
        Sent answer = discord.awaitAnswer(id, WAIT);
        assertNotNull(answer.posted(), "the posted message comes back with the callback: " + answer);
        fixture.awaitKnownAnswer(answer, WAIT);
        String followUp = "Who is the mayor of Kyiv, replying to the help?";
        discord.awaitReplyTo(discord.message(FakeDiscord.READER, FakeDiscord.NEWS, followUp, false, answer.posted()),
                WAIT);
        String conversation = fixture.requests.awaitArgs(followUp, WAIT).conversation();
        assertNotNull(conversation);
        fixture.requests.await(r -> r.command().equals("help") && conversation.equals(r.conversation()), WAIT);
    }

    @Test
    void aBlankQuestionGetsItsUsageOnlyForTheAsker() throws Exception {
        String id = discord.slash(FakeDiscord.READER, FakeDiscord.NEWS, "ask", Map.of("question", "   "));
        Sent answer = discord.awaitAnswer(id, WAIT);
        assertEquals(4, answer.callbackType());
        assertTrue(answer.ephemeral(), "usage hints are ephemeral");
        assertTrue(answer.content().startsWith("Ask a question"), answer.content());
    }

    @Test
    void subscribeIsRefusedWithoutManageChannels() throws Exception {
        String id = discord.slash(FakeDiscord.READER, FakeDiscord.NEWS, "subscribe", Map.of("topic", "Kyiv"));
        Sent answer = discord.awaitAnswer(id, WAIT);
        assertTrue(answer.ephemeral(), "errors are ephemeral");
        assertTrue(answer.content().startsWith("Only someone who can manage"), answer.content());
        assertTrue(fixture.bot.store().subscriptions(NEWS).stream().noneMatch(s -> s.topic().equalsIgnoreCase("Kyiv")));
    }

    @Test
    void subscribeAndUnsubscribeAreAcceptedWithManageChannels() throws Exception {
        String on = discord.slash(FakeDiscord.MODERATOR, FakeDiscord.NEWS, "subscribe", Map.of("topic", "Lviv"));
        Sent subscribed = discord.awaitAnswer(on, WAIT);
        assertTrue(subscribed.content().startsWith("Subscribed"), subscribed.content());
        assertFalse(subscribed.ephemeral());
        assertTrue(fixture.bot.store().subscriptions(NEWS).stream().anyMatch(s -> s.topic().equalsIgnoreCase("Lviv")));
        String listed = discord.slash(FakeDiscord.READER, FakeDiscord.NEWS, "alerts", Map.of());
        assertTrue(discord.awaitAnswer(listed, WAIT).content().contains("\"lviv\""), "anyone may see the chat's alerts");

        String off = discord.slash(FakeDiscord.MODERATOR, FakeDiscord.NEWS, "unsubscribe", Map.of("topic", "Lviv"));
        assertTrue(discord.awaitAnswer(off, WAIT).content().startsWith("Unsubscribed"));
        assertTrue(fixture.bot.store().subscriptions(NEWS).stream().noneMatch(s -> s.topic().equalsIgnoreCase("Lviv")));
    }

    @Test
    void sourcesTakeWordsAndListOnlyTheArticlesWhoseIdHasThem() throws Exception {
        String id = discord.slash(FakeDiscord.READER, FakeDiscord.NEWS, "sources",
                Map.of("words", "003_214ac054cd4d5203"));
        Sent answer = discord.awaitAnswer(id, WAIT);
        String all = answer.text();
        assertTrue(all.contains("003\\_214ac054cd4d5203.txt") || all.contains("003_214ac054cd4d5203.txt"), all);
        assertFalse(all.contains("991764a6e002428f"), all);
    }

    @Test
    void conflictsTakeATopicAndListOnlyThoseAboutIt() throws Exception {
        String id = discord.slash(FakeDiscord.READER, FakeDiscord.NEWS, "conflicts", Map.of("topic", "Lviv"));
        Sent answer = discord.awaitAnswer(id, WAIT);
        assertTrue(answer.content().contains("people killed in Lviv"), answer.content());
        assertFalse(answer.content().contains("A later report updates"), answer.content());
    }

    @Test
    void commandsAreRegisteredInTheConfiguredGuildWithTheCoreDescriptions() {
        JsonNode commands = discord.registered.get(Long.toString(FakeDiscord.GUILD));
        assertNotNull(commands, "registered for the guild: " + discord.registered.keySet());
        assertFalse(discord.registered.containsKey("global"));
        Map<String, JsonNode> byName = new HashMap<>();
        commands.forEach(c -> byName.put(c.path("name").asText(), c));
        for (Command c : Command.values()) {
            JsonNode registered = byName.get(c.word());
            assertNotNull(registered, c.word());
            assertEquals(c.description(), registered.path("description").asText());
            boolean manages = c == Command.SUBSCRIBE || c == Command.UNSUBSCRIBE;
            assertEquals(manages ? Long.toString(FakeDiscord.MANAGE_CHANNELS) : null,
                    registered.path("default_member_permissions").textValue(), c.word());
        }
        JsonNode question = byName.get("ask").path("options").get(0);
        assertTrue(question.path("required").asBoolean() && question.path("type").asInt() == 3);
        List<String> summaryOptions = new ArrayList<>();
        byName.get("summary").path("options").forEach(o -> summaryOptions.add(o.path("name").asText()
                + (o.path("autocomplete").asBoolean() ? "*" : "")));
        assertEquals(List.of("source*", "topic", "length"), summaryOptions);
    }

    @Test
    void everyoneAndRoleMentionsInAQuestionPingNobody() throws Exception {
        String id = discord.slash(FakeDiscord.READER, FakeDiscord.NEWS, "ask", Map.of("question",
                "@everyone @here <@&" + FakeDiscord.MODERATORS + "> how many people were killed in Lviv?"));
        discord.awaitAnswer(id, WAIT);
        List<Sent> messages = discord.answersTo(id).stream().filter(Sent::hasMessage).toList();
        assertFalse(messages.isEmpty());
        for (Sent s : messages) {
            assertTrue(s.mentionsNobody(), s.data().path("allowed_mentions").toString());
        }
    }

    @Test
    void twoHundredInteractionsInFlightAreAllAnsweredOnce() throws Exception {
        String[] questions = {"Who is the mayor of Kyiv?", "How many people were killed in Lviv?",
                "How many missiles were fired?", "Where did the missiles hit?"};
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ids.add(discord.slash(FakeDiscord.READER, FakeDiscord.NEWS, "ask",
                    Map.of("question", questions[i % questions.length])));
        }
        for (String id : ids) {
            discord.awaitAnswer(id, Duration.ofSeconds(40));
        }
        for (String id : ids) {
            List<Sent> all = discord.answersTo(id);
            assertEquals(1, all.stream().filter(s -> s.kind().equals("callback")).count(), "one acknowledgement");
            assertEquals(1, all.stream().filter(Sent::hasMessage).count(), "one answer: " + all);
        }
        assertTrue(discord.rest.refusedCallbacks.isEmpty(), "late or repeated: " + discord.rest.refusedCallbacks);
    }
}
