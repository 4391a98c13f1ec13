package dev.crosscheck.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SmallTalkTest {
    @Test
    void thanksInAnyCommonWordingIsWelcomed() {
        for (String m : new String[] {"thanks", "Thanks!", "thank you so much", "Thx", "ok thanks", "cheers mate",
                "Thank you, bot 🙏", "much appreciated"}) {
            assertEquals(Optional.of(SmallTalk.THANKS), SmallTalk.reply(m), m);
        }
    }

    @Test
    void greetingsPartingsAndAcknowledgementsAreAnsweredInKind() {
        for (String m : new String[] {"hi", "Hello!", "hey there", "Good morning"}) {
            assertEquals(Optional.of(SmallTalk.GREETING), SmallTalk.reply(m), m);
        }
        for (String m : new String[] {"bye", "Good night", "see you later"}) {
            assertEquals(Optional.of(SmallTalk.GOODBYE), SmallTalk.reply(m), m);
        }
        for (String m : new String[] {"ok", "OK, got it.", "great", "cool 👍", "I see"}) {
            assertEquals(Optional.of(SmallTalk.ACKNOWLEDGED), SmallTalk.reply(m), m);
        }
    }

    @Test
    void aMessageWithAnythingElseInItIsNoSmallTalk() {
        for (String m : new String[] {"hi, how many people died?", "thanks, and in Kharkiv?", "ok what about Lviv",
                "Good night in Kyiv", "so", "🙂🙂🙂", "???", "", "Hello Kitty sales"}) {
            assertTrue(SmallTalk.reply(m).isEmpty(), m);
        }
    }

    @Test
    void courtesyOpeningAQuestionIsSetAside() {
        assertEquals("how many missiles were fired?", SmallTalk.withoutOpening("Hi! how many missiles were fired?"));
        assertEquals("and in Kharkiv?", SmallTalk.withoutOpening("Thanks, and in Kharkiv?"));
        assertEquals("who is the mayor of Kyiv", SmallTalk.withoutOpening("hello who is the mayor of Kyiv"));
        assertEquals("What about Lviv?", SmallTalk.withoutOpening("OK great. What about Lviv?"));
    }

    @Test
    void wordsThatOnlyLookLikeCourtesyStay() {
        for (String m : new String[] {"No deaths in Kyiv?", "Good night in Kyiv", "So what happened?",
                "Great Britain's losses?", "Fine-tuned missiles?", "thanks", "All the people killed?"}) {
            assertEquals(m, SmallTalk.withoutOpening(m), m);
        }
    }

    @Test
    void aMessageOfAnyLengthIsRead() {
        // Read as one pattern over the whole message, 20,000 characters of courtesy overflowed the stack.
        String much = "bye bye, see you later, much appreciated ".repeat(500);
        assertEquals(Optional.of(SmallTalk.THANKS), SmallTalk.reply(much));
        assertEquals("how many died?", SmallTalk.withoutOpening("bye, " + "how many died?"));
        assertEquals(much + "how many died?", SmallTalk.withoutOpening(much + "how many died?"),
                "courtesy is looked for only at the start of a message");
    }

    @Test
    void thanksOrAGoodbyeClosingAQuestionAfterAMarkIsSetAside() {
        assertEquals("How many died?", SmallTalk.asked("How many died? thanks"));
        assertEquals("who is the mayor of Kyiv", SmallTalk.asked("who is the mayor of Kyiv, thx!"));
        assertEquals("How many died?", SmallTalk.asked("Hi! How many died? Thank you so much 🙏"));
        assertEquals("İstanbul'da kaç kişi öldü?", SmallTalk.asked("İstanbul'da kaç kişi öldü? thanks"),
                "a letter whose lower case is longer moves nothing");
        for (String m : new String[] {"Is Kyiv ok?", "Is Kyiv ok", "Did they say goodbye?", "Was the gesture appreciated",
                "What happened three days later", "how many died thanks", "thanks"}) {
            assertEquals(m, SmallTalk.asked(m), m);
        }
    }
}
