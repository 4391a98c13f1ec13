package dev.crosscheck.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConversationIdsTest {
    private static final ChatRef CHANNEL = new ChatRef("discord", "200");
    private static final ChatRef GROUP = new ChatRef("telegram", "-100500");

    @Test
    void aReplyToTheBotsAnswerContinuesTheConversationOfTheQuestionItAnswered() {
        ConversationIds ids = new ConversationIds();
        String question = ids.of(CHANNEL, "10", null, false);
        ids.answered(CHANNEL, "11", question);
        assertEquals(question, ids.of(CHANNEL, "12", "11", false));
        // And so on down the chain: the answer to the follow-up belongs to the same conversation.
        ids.answered(CHANNEL, "13", question);
        assertEquals(question, ids.of(CHANNEL, "14", "13", false));
    }

    @Test
    void anUnrelatedMessageInTheSameChannelStartsAConversationOfItsOwn() {
        ConversationIds ids = new ConversationIds();
        String first = ids.of(CHANNEL, "10", null, false);
        ids.answered(CHANNEL, "11", first);
        String other = ids.of(CHANNEL, "12", null, false);
        assertNotEquals(first, other);
        assertNotEquals(other, ids.of(CHANNEL, "13", null, false));
    }

    @Test
    void aReplyToAMessageThatIsNotAKnownAnswerStartsAfresh() {
        ConversationIds ids = new ConversationIds();
        String first = ids.of(CHANNEL, "10", null, false);
        ids.answered(CHANNEL, "11", first);
        String toSomeoneElse = ids.of(CHANNEL, "12", "10", false);
        assertNotEquals(first, toSomeoneElse);
        assertEquals(ids.of(CHANNEL, "12", null, false), toSomeoneElse);
    }

    @Test
    void everyMessageInAWholeChatConversationSharesTheChatsConversation() {
        ConversationIds ids = new ConversationIds();
        ChatRef dm = new ChatRef("discord", "500");
        String first = ids.of(dm, "10", null, true);
        assertEquals(first, ids.of(dm, "20", null, true));
        assertEquals(first, ids.of(dm, "30", "999", true));
        assertNotEquals(first, ids.of(new ChatRef("discord", "501"), "40", null, true));
    }

    @Test
    void aChatIdAndAMessageIdWithTheSameDigitsAreDifferentConversations() {
        ConversationIds ids = new ConversationIds();
        assertNotEquals(ids.of(new ChatRef("telegram", "7"), "7", null, true),
                ids.of(new ChatRef("telegram", "7"), "7", null, false));
    }

    @Test
    void answersAreKnownPerChatSinceMessageIdsRepeatAcrossChats() {
        ConversationIds ids = new ConversationIds();
        ids.answered(GROUP, "5", "message:4");
        assertEquals(Optional.of("message:4"), ids.ofAnswer(GROUP, "5"));
        ChatRef otherGroup = new ChatRef("telegram", "-100600");
        assertEquals(Optional.empty(), ids.ofAnswer(otherGroup, "5"));
        assertEquals("message:6", ids.of(otherGroup, "6", "5", false));
    }

    @Test
    void theLeastRecentlyUsedAnswersAreForgottenBeyondTheCapacity() {
        ConversationIds ids = new ConversationIds(2);
        ids.answered(GROUP, "1", "a");
        ids.answered(GROUP, "2", "b");
        // Replying to answer 1 uses it, so answer 2 is now the least recently used.
        assertEquals("a", ids.of(GROUP, "10", "1", false));
        ids.answered(GROUP, "3", "c");
        assertEquals(Optional.of("a"), ids.ofAnswer(GROUP, "1"));
        assertEquals(Optional.empty(), ids.ofAnswer(GROUP, "2"));
        assertEquals(Optional.of("c"), ids.ofAnswer(GROUP, "3"));
        assertTrue(ids.of(GROUP, "11", "2", false).endsWith("11"), "a reply to a forgotten answer starts afresh");
    }

    @Test
    void aCapacityBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ConversationIds(0));
    }
}
