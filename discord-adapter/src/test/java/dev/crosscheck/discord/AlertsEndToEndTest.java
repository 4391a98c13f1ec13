package dev.crosscheck.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosscheck.TestBot;
import dev.crosscheck.alert.OutboxEntry;
import dev.crosscheck.command.ChatRef;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Conflict alerts: an article lands in the watched folder and subscribed channels get an embed. */
@Timeout(60)
class AlertsEndToEndTest {
    /** Contradicts the seeds' 15 strikes on the Kharkiv region, in a report naming the same people and places. */
    static final String CONFLICTING_ARTICLE = """
            Kharkiv hit again

            Kharkiv Governor Oleh Synehubov said the city and region had been hit by %d strikes overnight.
            President Volodymyr Zelensky condemned the attacks, and Mayor Vitali Klitschko said Kyiv was spared.
            Energoatom said the Zaporizhzhia plant and the Ukrenergo grid were working, while fighting in Bakhmut went on.
            """;

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

    private static void subscribe(long channel, String topic) throws InterruptedException {
        String id = discord.slash(FakeDiscord.MODERATOR, channel, "subscribe", Map.of("topic", topic));
        Sent answer = discord.awaitAnswer(id, Duration.ofSeconds(10));
        // Tests share the bot: a channel an earlier test subscribed is told it already is.
        assertTrue(answer.content().startsWith("Subscribed")
                || answer.content().startsWith("This chat is already alerted"), answer.content());
    }

    private static void land(String file, int strikes) throws Exception {
        Files.writeString(fixture.seeds.resolve(file), CONFLICTING_ARTICLE.formatted(strikes).replace("again",
                "again (" + strikes + ")"));
    }

    private static OutboxEntry await(ChatRef chat, Predicate<OutboxEntry> test) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            for (OutboxEntry e : fixture.bot.store().alerts(chat)) {
                if (test.test(e)) {
                    return e;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no such alert for " + chat + ": " + fixture.bot.store().alerts(chat));
    }

    @Test
    void aSubscribedChannelGetsAnAlertEmbedWhenAConflictingArticleLands() throws Exception {
        subscribe(FakeDiscord.NEWS, "strikes Kharkiv");
        land("005_kharkiv.txt", 25);
        Sent alert = discord.await(s -> s.kind().equals("channel") && s.target().equals(Long.toString(FakeDiscord.NEWS))
                && s.text().contains("25 strikes"), Duration.ofSeconds(20));
        JsonNode embed = alert.data().path("embeds").get(0);
        assertTrue(embed.path("title").asText().contains("strikes"), embed.toString());
        String description = embed.path("description").asText();
        assertTrue(description.contains("[1]") && description.contains("**[2]**"), description);
        assertTrue(alert.content().isEmpty(), "the alert is the embed");
        assertTrue(alert.mentionsNobody());
    }

    @Test
    void anAlertLinksAFetchedArticlesTitleToItsPageAndShowsItsOutletAndDate() throws Exception {
        subscribe(FakeDiscord.NEWS, "strikes Kharkiv");
        fixture.base.land("feeds/example-news/2023-03-10-kharkiv.md", TestBot.frontMatter("Kharkiv hit again (60)",
                "https://example.org/news/kharkiv-(60)", "Example News", "2023-03-10T09:30:00Z")
                + CONFLICTING_ARTICLE.formatted(60));
        Sent alert = discord.await(s -> s.kind().equals("channel") && s.target().equals(Long.toString(FakeDiscord.NEWS))
                && s.text().contains("60 strikes"), Duration.ofSeconds(20));
        String description = alert.data().path("embeds").get(0).path("description").asText();
        assertTrue(description.contains("[Kharkiv hit again (60)](https://example.org/news/kharkiv-%2860%29)"
                + " (Example News, 10 Mar 2023) — “Kharkiv Governor"), description);
        assertTrue(description.contains("** Russia says a missile strike"),
                "the seeds' side is a plain file, its title not a link: " + description);
    }

    @Test
    void aReaderSubscribedInADirectMessageGetsAlertsThereToo() throws Exception {
        // In a DM the reader owns the chat: no Manage Channels needed.
        String id = discord.slashInDm(FakeDiscord.READER, "subscribe", Map.of("topic", "strikes Kharkiv"));
        Sent answer = discord.awaitAnswer(id, Duration.ofSeconds(10));
        assertTrue(answer.content().startsWith("Subscribed"), answer.content());
        land("007_kharkiv.txt", 50);
        // JDA has no cached channel for a DM: the adapter posts to it by id.
        Sent alert = discord.await(s -> s.kind().equals("channel") && s.target().equals(Long.toString(FakeDiscord.DM))
                && s.text().contains("50 strikes"), Duration.ofSeconds(20));
        assertTrue(alert.mentionsNobody());
    }

    @Test
    void aChannelTheBotCannotPostToKeepsItsAlertsAndGetsThemOnceItCan() throws Exception {
        String locked = Long.toString(FakeDiscord.LOCKED);
        discord.refusing.add(locked);
        subscribe(FakeDiscord.LOCKED, "strikes Kharkiv");
        land("006_kharkiv.txt", 40);
        ChatRef chat = new ChatRef("discord", locked);
        // Refused, and kept in the outbox with the reason, not dropped.
        OutboxEntry kept = await(chat, e -> e.status() == OutboxEntry.Status.PENDING && e.lastError() != null);
        assertTrue(discord.rest.refusedPosts.contains(locked));
        assertTrue(kept.lastError().contains("Missing Permissions"), kept.lastError());

        discord.refusing.remove(locked);
        Sent alert = discord.await(s -> s.kind().equals("channel") && s.target().equals(locked), Duration.ofSeconds(15));
        assertTrue(alert.text().contains("40 strikes"), alert.text());
        assertEquals(kept.id(), await(chat, e -> e.status() == OutboxEntry.Status.DELIVERED).id());
    }
}
