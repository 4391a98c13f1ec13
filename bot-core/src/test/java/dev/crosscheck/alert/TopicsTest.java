package dev.crosscheck.alert;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.command.ChatRef;
import dev.crosscheck.conflict.Conflict;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicsTest {
    private static final Conflict KHARKIV = new Conflict("c1", "strikes in Kharkiv", Conflict.Kind.CONTRADICTION,
            List.of(new Conflict.Statement("a.txt", "Kharkiv was hit by 15 strikes.", "15 strikes"),
                    new Conflict.Statement("b.txt", "The Kyiv mayor said Kharkiv saw 25 strikes.", "25 strikes")),
            "r1");

    private static Subscription on(String topic) {
        return new Subscription(1, ChatRef.CONSOLE, Subscription.normalizeTopic(topic), Instant.EPOCH);
    }

    @Test
    void everyTopicWordMustBeAboutTheConflict() {
        assertTrue(Topics.matches(on(""), KHARKIV));
        assertTrue(Topics.matches(on("Kharkiv strikes"), KHARKIV));
        assertTrue(Topics.matches(on("strike"), KHARKIV), "singular finds plural");
        assertFalse(Topics.matches(on("Kharkiv deaths"), KHARKIV));
    }

    @Test
    void aTopicAloneIsMatchedAsASubscriptionsIs() {
        assertTrue(Topics.about("Kharkiv strikes", KHARKIV));
        assertTrue(Topics.about("", KHARKIV), "no topic is everything");
        assertFalse(Topics.about("Kharkiv deaths", KHARKIV));
    }

    @Test
    void wholeWordsAndNameVariantsOnly() {
        assertTrue(Topics.matches(on("Kiev"), KHARKIV), "Kiev finds Kyiv");
        assertFalse(Topics.matches(on("kyi"), KHARKIV), "a fragment is not a word");
        assertFalse(Topics.matches(on("Odesa"), KHARKIV));
    }
}
