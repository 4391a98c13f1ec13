package dev.crosscheck.telegram;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.TestBot;
import dev.crosscheck.alert.OutboxEntry;
import dev.crosscheck.command.ChatRef;
import java.nio.file.Files;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Conflict alerts: an article lands in the watched folder and subscribed chats get a message, whatever Telegram says. */
@Timeout(60)
class AlertsEndToEndTest {
    /** Contradicts the seeds' 15 strikes on the Kharkiv region, in a report naming the same people and places. */
    static final String CONFLICTING_ARTICLE = """
            Kharkiv hit again (%1$d)

            Kharkiv Governor Oleh Synehubov said the city and region had been hit by %1$d strikes overnight.
            President Volodymyr Zelensky condemned the attacks, and Mayor Vitali Klitschko said Kyiv was spared.
            Energoatom said the Zaporizhzhia plant and the Ukrenergo grid were working, while fighting in Bakhmut went on.
            """;
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static TelegramFixture fixture;
    private static FakeBotApi telegram;

    @BeforeAll
    static void start() throws Exception {
        fixture = TelegramFixture.start();
        telegram = fixture.telegram;
    }

    @AfterAll
    static void stop() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    private static void subscribe(long chat) throws InterruptedException {
        long id = telegram.say(chat, chat, "/subscribe strikes Kharkiv");
        String answer = telegram.awaitReply(id, Duration.ofSeconds(10)).text();
        // Tests share the bot: a chat an earlier test subscribed is told it already is.
        assertTrue(answer.startsWith("Subscribed") || answer.startsWith("This chat is already alerted"), answer);
    }

    private static void land(String file, int strikes) throws Exception {
        Files.writeString(fixture.seeds.resolve(file), CONFLICTING_ARTICLE.formatted(strikes));
    }

    private static Sent awaitAlert(long chat, int strikes) throws InterruptedException {
        return telegram.await(s -> s.method().equals("sendmessage") && s.chatId().equals(Long.toString(chat))
                && s.replyTo() == 0 && s.text().contains(strikes + " strikes"), WAIT);
    }

    @Test
    void aSubscribedChatGetsAnAlertWhenAConflictingArticleLandsAndA429IsWaitedOut() throws Exception {
        long reader = 7001;
        long throttled = 7002;
        long blocked = 7003;
        subscribe(reader);
        subscribe(throttled);
        subscribe(blocked);
        telegram.throttleOnce.put(Long.toString(throttled), 2);
        telegram.blocked.add(Long.toString(blocked));
        land("005_kharkiv.txt", 25);

        Sent alert = awaitAlert(reader, 25);
        assertTrue(alert.body().path("parse_mode").asText().equals("HTML"));
        assertTrue(alert.text().contains("Crosscheck alert") && alert.text().contains("<b>[1]</b>"), alert.text());

        awaitAlert(throttled, 25);
        long waited = System.nanoTime() - telegram.throttledAt.get(0);
        assertTrue(waited >= Duration.ofMillis(1_900).toNanos(), "retry_after honoured: waited " + waited / 1_000_000 + " ms");
        ChatRef chat = new ChatRef("telegram", Long.toString(throttled));
        // Marked delivered once Telegram's ok is back, which is just after the fake records the message.
        assertTrue(waitFor(() -> fixture.bot.store().alerts(chat).stream()
                .allMatch(e -> e.status() == OutboxEntry.Status.DELIVERED)), "" + fixture.bot.store().alerts(chat));

        // A chat that blocked the bot is unsubscribed rather than retried forever.
        ChatRef gone = new ChatRef("telegram", Long.toString(blocked));
        assertTrue(waitFor(() -> fixture.bot.store().subscriptions(gone).isEmpty()), "the blocked chat is unsubscribed");
    }

    @Test
    void alertsListsTheChatsSubscriptions() throws Exception {
        long reader = 7005;
        long none = telegram.say(reader, reader, "/alerts");
        assertTrue(telegram.awaitReply(none, Duration.ofSeconds(10)).text().contains("no alerts"));
        subscribe(reader);
        long listed = telegram.say(reader, reader, "/alerts");
        String text = telegram.awaitReply(listed, Duration.ofSeconds(10)).text();
        assertTrue(text.contains("strikes kharkiv"), text);
    }

    @Test
    void anAlertLinksAFetchedArticlesTitleToItsPageAndShowsItsOutletAndDate() throws Exception {
        long reader = 7004;
        subscribe(reader);
        fixture.base.land("feeds/example-news/2023-03-10-kharkiv.md", TestBot.frontMatter("Kharkiv <hit> again",
                "https://example.org/news/kharkiv?strikes=60&region=1", "Example & Co", "2023-03-10T09:30:00Z")
                + CONFLICTING_ARTICLE.formatted(60));
        Sent alert = awaitAlert(reader, 60);
        assertTrue(alert.text().contains("<a href=\"https://example.org/news/kharkiv?strikes=60&amp;region=1\">"
                + "Kharkiv &lt;hit&gt; again</a> (Example &amp; Co, 10 Mar 2023) — “Kharkiv Governor"), alert.text());
    }

    private static boolean waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }
}
