package dev.crosscheck.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.TestCores;
import dev.crosscheck.answer.Answer;
import dev.crosscheck.answer.Citation;
import dev.crosscheck.answer.Composer;
import dev.crosscheck.answer.Story;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Follow-ups through the command layer, as every front end sends them. The seeds' core, and so its conversations, is
 * shared by every test: each test has conversations of its own.
 */
class ConversationRepliesTest {
    private static final ChatRef CHAT = new ChatRef("telegram", "42");

    private static Request ask(String question, String conversation) {
        return new Request(CHAT, "u1", false, "ask", question, conversation);
    }

    /** The seeds' command layer, asked in {@code conversation} how many were killed in the Lviv region. */
    private static Commands afterLvivToll(String conversation) {
        Commands commands = TestCores.seeds().commands();
        commands.handle(ask("How many people were killed in the Lviv region?", conversation));
        return commands;
    }

    private static Reply.Segment readingAs(String question) {
        return new Reply.Segment(Reply.Style.NOTE, "Reading this as: " + question);
    }

    @Test
    void aFollowUpIsAnsweredInContextAndSaysHowItWasRead() {
        Commands commands = afterLvivToll("t1");
        Reply reply = commands.handle(ask("And in Kharkiv?", "t1"));
        assertEquals(readingAs("How many people were killed in Kharkiv?"), reply.segments().get(0));
        assertTrue(reply.segments().get(1).text().contains("Kharkiv"), reply.segments().toString());
    }

    @Test
    void aReadingIsShownAsASentenceThoughTypedInLowercase() {
        Commands commands = TestCores.seeds().commands();
        commands.handle(ask("how many people were killed in the lviv region", "t11"));
        assertEquals(readingAs("How many people were killed in Kharkiv?"),
                commands.handle(ask("and in Kharkiv", "t11")).segments().get(0));
    }

    @Test
    void aNameTypedInLowercaseIsReadAsTheName() {
        Commands commands = afterLvivToll("t10");
        assertEquals(readingAs("How many people were killed in Kharkiv?"),
                commands.handle(ask("and in kharkiv", "t10")).segments().get(0));
    }

    @Test
    void whatAboutAThingChangesWhatIsCountedAndKeepsThePlace() {
        Commands commands = afterLvivToll("t6");
        assertEquals(readingAs("How many people were injured in the Lviv region?"),
                commands.handle(ask("What about the injured?", "t6")).segments().get(0),
                "the embedding model finds the word it stands for");
        Reply kyiv = commands.handle(ask("And in Kyiv?", "t6"));
        assertEquals(readingAs("How many people were injured in Kyiv?"), kyiv.segments().get(0));
        assertTrue(kyiv.segments().get(1).text().contains("two"), kyiv.segments().toString());
    }

    @Test
    void aQuestionThatFoundNothingLeavesThePassagesItShowedAsTheStory() {
        Commands commands = TestCores.seeds().commands();
        Commands.Asked builder = commands.ask("Which company built the power plant that was hit?", "t22");
        assertFalse(builder.answer().found(), builder.answer().text());
        assertFalse(builder.answer().seeAlso().isEmpty(), "it shows the nearest passages");
        assertEquals("Who runs the plant? (after: Which company built the power plant that was hit)",
                commands.ask("Who runs the plant?", "t22").readAs(), "\"the plant\" is the one they tell of");
    }

    @Test
    void aFollowUpOfPunctuationOrSymbolsIsAnsweredPlainly() {
        Commands commands = afterLvivToll("t7");
        for (String odd : new String[] {"And ?", "What about ...?", "and the", "What about 🙂?"}) {
            Reply reply = commands.handle(ask(odd, "t7"));
            assertFalse(reply.flags().contains(Reply.Flag.ERROR), odd + " → " + reply.segments());
        }
    }

    @Test
    void aFollowUpWithoutAQuestionMarkIsStillReadAsOne() {
        Commands commands = afterLvivToll("t8");
        Reply narnia = commands.handle(ask("and in Narnia", "t8"));
        assertEquals(readingAs("How many people were killed in Narnia?"), narnia.segments().get(0));
        assertTrue(narnia.segments().get(1).text().startsWith("No article mentions Narnia"),
                narnia.segments().toString());
        Reply thanks = commands.handle(ask("thanks", "t8"));
        assertEquals(SmallTalk.THANKS, thanks.body(), "no question, so no reading of one");
    }

    @Test
    void aConversationOpenedByAskingForTheNewsContinuesFromItsSummary() {
        Commands commands = TestCores.seeds().commands();
        Reply news = commands.handle(ask("What happened?", "t12"));
        assertEquals(readingAs("/summary short"), news.segments().get(0));
        Reply more = commands.handle(ask("Tell me more", "t12"));
        assertEquals(readingAs("/summary"), more.segments().get(0), "the fuller summary, not passages on \"happened\"");
        assertFalse(more.has(Reply.Flag.NOT_FOUND), more.body());
        Reply toll = commands.handle(ask("How many were killed in Lviv?", "t12"));
        assertFalse(toll.has(Reply.Flag.NOT_FOUND), toll.body());
        // Later in a conversation the same words ask about what it is about, not for the news.
        Reply after = commands.handle(ask("What happened?", "t12"));
        assertFalse(after.body().contains("/summary"), after.body());
    }

    @Test
    void aNameAloneOpeningAConversationGetsItsTopicsSummaryAndAWordNoSummaryCoversIsAsked() {
        Commands commands = TestCores.seeds().commands();
        Commands.Asked klitschko = commands.ask("Klitschko", "t21");
        assertEquals("/summary Klitschko", klitschko.readAs());
        assertTrue(klitschko.answer().found() && klitschko.answer().text().contains("Klitschko"),
                klitschko.answer().text());
        Commands.Asked great = commands.ask("Great", null);
        assertEquals(Commands.Asked.Kind.QUESTION, great.kind(), "no summary covers it: asked as typed");
        Commands.Asked kharkiv = commands.ask("Kharkiv?", "t21");
        assertEquals(Commands.Asked.Kind.QUESTION, kharkiv.kind(), "inside a conversation a name is a follow-up");
    }

    @Test
    void moreAfterATopicsSummaryIsMoreOnTheTopic() {
        Commands commands = TestCores.seeds().commands();
        List<String> summarised = commands.ask("Tell me about the Zaporizhzhia plant", "t20").answer().citations()
                .stream().map(Citation::quote).toList();
        Commands.Asked more = commands.ask("More?", "t20");
        assertEquals("more on the Zaporizhzhia plant", more.readAs(), "not more on the words \"Tell me about\"");
        assertTrue(more.answer().found(), more.answer().text());
        // Its passage is new; the sides of a known conflict it touches may repeat what the summary quoted.
        assertFalse(summarised.contains(more.answer().citations().get(0).quote()), more.answer().text());
    }

    @Test
    void aSummaryCommandIsATurnOfItsConversation() {
        Commands commands = TestCores.seeds().commands();
        Reply summary = commands.handle(new Request(CHAT, "u1", false, "summary", "short", "t16"));
        assertFalse(summary.has(Reply.Flag.NOT_FOUND), summary.body());
        Reply when = commands.handle(ask("When did it happen?", "t16"));
        assertEquals(readingAs("When did it happen? (after: What happened)"), when.segments().get(0),
                "read with the summary it replies to, not as pointing back to nothing");
        assertFalse(when.body().contains("Nothing before this message"), when.body());
        commands.handle(new Request(CHAT, "u1", false, "summary", "short", "t17"));
        Reply more = commands.handle(ask("Tell me more", "t17"));
        assertEquals(readingAs("/summary"), more.segments().get(0), "the fuller summary, as after \"What happened?\"");
    }

    @Test
    void aFollowUpToAFullSummaryWarnsOfNoWordItCarries() {
        Commands commands = TestCores.seeds().commands();
        commands.handle(new Request(CHAT, "u1", false, "summary", "", "t18"));
        Reply plant = commands.handle(ask("what about the nuclear plant", "t18"));
        assertFalse(plant.body().contains("No article mentions"),
                "\"Summarise\" opens the question carried, so it is no name: " + plant.body());
        assertFalse(plant.has(Reply.Flag.NOT_FOUND), plant.body());
    }

    @Test
    void askingAboutANamedTopicInAConversationGetsItsSummary() {
        Commands commands = afterLvivToll("t15");
        Reply kinzhal = commands.handle(ask("Tell me about the Kinzhal", "t15"));
        assertEquals(readingAs("/summary the Kinzhal"), kinzhal.segments().get(0));
        assertFalse(kinzhal.has(Reply.Flag.NOT_FOUND), kinzhal.body());
        assertTrue(kinzhal.body().contains("Kinzhal"), kinzhal.body());
    }

    @Test
    void aThanksInAConversationIsNoQuestionAndNoTurn() {
        Commands commands = afterLvivToll("t9");
        Reply thanks = commands.handle(ask("thanks", "t9"));
        assertEquals(SmallTalk.THANKS, thanks.body(), "not answered from the conversation's story");
        assertEquals(readingAs("How many people were killed in Kharkiv?"),
                commands.handle(ask("And in Kharkiv?", "t9")).segments().get(0), "the question before it continues");
    }

    @Test
    void theSameWordsOutsideTheConversationAreReadAsTyped() {
        Commands commands = afterLvivToll("t2");
        Reply elsewhere = commands.handle(ask("And in Kharkiv?", "t3"));
        assertTrue(elsewhere.segments().stream().noneMatch(s -> s.style() == Reply.Style.NOTE),
                elsewhere.segments().toString());
        Reply alone = commands.handle(ask("And in Kharkiv?", null));
        assertTrue(alone.segments().stream().noneMatch(s -> s.style() == Reply.Style.NOTE));
    }

    @Test
    void heInAFollowUpIsThePersonTheLastAnswerNamed() {
        Commands commands = TestCores.seeds().commands();
        commands.handle(ask("Who is the head of the UN nuclear watchdog?", "t4"));
        Reply reply = commands.handle(ask("What is he calling for?", "t4"));
        assertTrue(reply.segments().get(0).text().startsWith("Reading this as: What is Rafael Grossi calling for?"),
                reply.segments().toString());
    }

    @Test
    void theReadingIsShownInOneShortLineWithTheLatestQuestionItContinues() {
        Commands commands = TestCores.seeds().commands();
        commands.handle(ask("In which districts of Kyiv were explosions reported?", "t14"));
        commands.handle(ask("How many were hurt?", "t14"));
        Reply reply = commands.handle(ask("Why?", "t14"));
        assertEquals(readingAs("Why? (after: How many were hurt)"), reply.segments().get(0),
                "the older question the reading also carries is left out of the line");
    }

    @Test
    void aLongQuestionBeforeAFollowUpIsCutInTheReadingLine() {
        Commands commands = TestCores.seeds().commands();
        String rambling = "Why was there a " + "very ".repeat(300) + "loud explosion in Kyiv?";
        commands.handle(ask(rambling, "t13"));
        String line = commands.handle(ask("How many were hurt?", "t13")).segments().get(0).text();
        assertTrue(line.startsWith("Reading this as: How many were hurt? (after: Why was there a very very"), line);
        assertTrue(line.endsWith("…)") && line.length() < 200, line.length() + " characters: " + line);
    }

    @Test
    void questionWordsAskedTogetherEachFollowTheQuestionBefore() {
        Commands commands = afterLvivToll("t16");
        Reply reply = commands.handle(ask("When and where?", "t16"));
        List<Reply.Segment> headings = reply.segments().stream().filter(x -> x.style() == Reply.Style.HEADING)
                .toList();
        assertEquals(List.of(new Reply.Segment(Reply.Style.HEADING, "When?"),
                new Reply.Segment(Reply.Style.HEADING, "Where?")), headings);
        assertTrue(reply.segments().contains(readingAs(
                "Where? (after: How many people were killed in the Lviv region)")), reply.segments().toString());
        assertTrue(reply.body().contains("Lviv"), reply.body());
    }

    @Test
    void aNameTypedInAFollowUpSetsAsideTheNamesOfTheQuestionBefore() {
        Commands commands = TestCores.seeds().commands();
        commands.handle(ask("What did Zelensky say?", "t17"));
        Reply reply = commands.handle(ask("And what did Klitschko say?", "t17"));
        assertEquals(readingAs("What did Klitschko say? (after: What did … say)"), reply.segments().get(0));
        assertTrue(reply.body().contains("Klitschko said"), reply.body());
    }

    @Test
    void aQuestionInAConversationIsAskedInTheStoryTheLastAnswerCited() {
        Commands commands = TestCores.seeds().commands();
        Commands.Asked first = commands.ask("Which nuclear power plant lost its link to the Ukrainian grid?", "t5");
        Commands.Asked next = commands.ask("What keeps it going meanwhile?", "t5");
        assertFalse(next.story().isEmpty());
        assertEquals(Story.of(first.answer().citations()), next.story());
        Commands.Asked alone = commands.ask("How many missiles did Russia fire in total?", "t5");
        assertNull(alone.readAs(), "a complete question is read as typed");
        assertFalse(alone.story().isEmpty(), "but in the conversation's story");
        assertEquals(Story.NONE, commands.ask("How many missiles did Russia fire in total?", null).story());
    }

    @Test
    void whoSaidThatNamesTheSpeakerOfEachPassageTheAnswerQuoted() {
        Commands commands = TestCores.seeds().commands();
        commands.ask("How many people were killed in the Lviv region?", "w1");
        Commands.Asked who = commands.ask("Who said that?", "w1");
        String text = who.answer().text();
        assertTrue(who.answer().found(), text);
        assertTrue(text.contains("The governor: “In the city of Solochiv"), text);
        assertTrue(text.contains("Emergency services: “At least five people"), text);
        assertEquals("where it comes from, in the answer to “How many people were killed in the Lviv region?”",
                who.readAs());
        // A turn read with the question it continues: a place after it replaces the toll question's.
        Commands.Asked kharkiv = commands.ask("And in Kharkiv?", "w1");
        assertEquals("How many people were killed in Kharkiv?", kharkiv.readAs());
        // Its reading names the question the answer was to, not the ones that question carried.
        assertEquals("where it comes from, in the answer to “How many people were killed in Kharkiv?”",
                commands.ask("Who said that?", "w1").readAs());
        // And what comes after it is still about that question.
        assertEquals("other sources on How many people were killed in Kharkiv?",
                commands.ask("Are you sure?", "w1").readAs());
        commands.ask("Who said that?", "w1");
        assertEquals("/summary short --topic How many people were killed in Kharkiv",
                commands.ask("tl;dr", "w1").readAs());
        commands.ask("How many people were killed in the Lviv region?", "w5");
        commands.ask("And in Kharkiv?", "w5");
        assertTrue(commands.ask("When?", "w5").answer().found());
        assertEquals("where it comes from, in the answer to “When?”, which followed “How many people were killed in "
                + "Kharkiv”", commands.ask("Who said that?", "w5").readAs(), "a bare \"When?\" says nothing alone");
    }

    @Test
    void whoSaidThatAfterAnAnswerThatQuotedNothingNamesTheSpeakersOfTheAnswerBefore() {
        // A fresh user's "who said that?" after a question that found nothing was told there was no one to name.
        Commands commands = TestCores.seeds().commands();
        commands.ask("How many people were killed in the Lviv region?", "w4");
        Commands.Asked nothing = commands.ask("Who won the cup final?", "w4");
        assertTrue(nothing.answer().citations().isEmpty(), nothing.answer().text());
        Commands.Asked who = commands.ask("Who said that?", "w4");
        assertTrue(who.answer().found(), who.answer().text());
        assertTrue(who.answer().text().contains("The governor: “In the city of Solochiv"), who.answer().text());
        assertEquals("where it comes from, in the answer to “How many people were killed in the Lviv region?”",
                who.readAs());
    }

    @Test
    void whoSaidThatAfterTellMeMoreNamesTheSpeakersOfThatReplyOnly() {
        Commands commands = TestCores.seeds().commands();
        commands.ask("What happened to the nuclear plant?", "w3");
        Commands.Asked more = commands.ask("Tell me more", "w3");
        Set<String> shownLast = new java.util.HashSet<>();
        more.answer().citations().forEach(c -> shownLast.add(c.source() + c.quote()));
        Commands.Asked who = commands.ask("Who said that?", "w3");
        assertTrue(who.answer().found(), who.answer().text());
        for (Citation c : who.answer().citations()) {
            assertTrue(shownLast.stream().anyMatch(s -> s.startsWith(c.source()) && s.contains(c.quote())),
                    "not of the last reply: " + c.quote());
        }
    }

    @Test
    void whoSaidThatWithNothingAskedBeforeIsAnsweredAsAQuestion() {
        Commands.Asked who = TestCores.seeds().commands().ask("Who said that?", "w2");
        assertFalse(who.answer().text().startsWith("The governor"), who.answer().text());
    }

    @Test
    void tellMeMoreAnswersTheLastQuestionFromPassagesNotShownYet() {
        Commands commands = TestCores.seeds().commands();
        Commands.Asked first = commands.ask("What happened to the nuclear plant?", "m1");
        java.util.Set<String> shown = new java.util.HashSet<>();
        first.answer().citations().forEach(c -> shown.add(c.quote()));
        Commands.Asked more = commands.ask("Tell me more", "m1");
        assertEquals("more on What happened to the nuclear plant?", more.readAs());
        assertTrue(more.answer().found(), more.answer().text());
        more.answer().citations().forEach(c -> assertFalse(shown.contains(c.quote()), "shown before: " + c.quote()));
        // Each further "more" passes over everything shown so far, until nothing is left that answers.
        String last = "";
        for (int i = 0; i < 30 && !last.equals(dev.crosscheck.answer.Composer.NOTHING_MORE); i++) {
            more.answer().citations().forEach(c -> shown.add(c.quote()));
            more = commands.ask("More?", "m1");
            more.answer().citations().forEach(c -> assertFalse(shown.contains(c.quote()), "again: " + c.quote()));
            last = more.answer().text();
        }
        assertEquals(dev.crosscheck.answer.Composer.NOTHING_MORE, last);
    }

    @Test
    void nothingMoreIsSaidAsSuchAndNotTakenForAMessageThatAsksNothing() {
        Commands commands = TestCores.seeds().commands();
        commands.handle(ask("How many people were killed in Lviv?", "m3"));
        Reply reply = commands.handle(ask("anything else?", "m3"));
        for (int i = 0; i < 30 && reply.segments().stream()
                .noneMatch(s -> s.text().equals(dev.crosscheck.answer.Composer.NOTHING_MORE)); i++) {
            reply = commands.handle(ask("anything else?", "m3"));
        }
        assertEquals(List.of(readingAs("More on How many people were killed in Lviv?"),
                new Reply.Segment(Reply.Style.TEXT, dev.crosscheck.answer.Composer.NOTHING_MORE)),
                reply.segments());
    }

    @Test
    void theOtherSourcesAreAskedTheLastQuestionAndQuotedAlone() {
        Commands commands = TestCores.seeds().commands();
        Commands.Asked first = commands.ask("How many people were killed in Lviv?", "o1");
        Commands.Asked others = commands.ask("what do the other sources say?", "o1");
        assertEquals("other sources on How many people were killed in Lviv?", others.readAs());
        assertTrue(others.answer().found(), others.answer().text());
        Set<String> quoted = Story.of(first.answer().citations()).articles();
        others.answer().citations().forEach(c -> assertFalse(quoted.contains(c.source()), c.source()));
    }

    @Test
    void summariseThatOrTldrSummarisesWhatTheConversationLastAskedAbout() {
        Commands commands = TestCores.seeds().commands();
        commands.ask("How many people were killed in the Lviv region?", "s1");
        Commands.Asked that = commands.ask("Summarise that", "s1");
        assertEquals(Commands.Asked.Kind.SUMMARY, that.kind());
        assertEquals("/summary --topic How many people were killed in the Lviv region", that.readAs());
        assertTrue(that.answer().found() && that.answer().text().contains("Lviv"), that.answer().text());
        assertEquals("/summary short --topic How many people were killed in the Lviv region",
                commands.ask("tl;dr", "s1").readAs());
        assertEquals("/summary --topic How many people were killed in the Lviv region",
                commands.ask("Sum it up", "s1").readAs(), "a summary's topic carries over to the next");

        // A question read with the one before is summarised as read.
        Commands carried = TestCores.seeds().commands();
        carried.ask("What happened to the nuclear plant?", "s3");
        carried.ask("How is it powered now?", "s3");
        assertEquals("/summary short --topic How is it powered now (after: What happened to the nuclear plant)",
                carried.ask("tl;dr", "s3").readAs());

        // What a reading carried may bury its topic: then the question it asks is summarised on its own.
        Commands buried = TestCores.seeds().commands();
        buried.ask("What did the chef of the Lviv opera cook for the ballet dancers on Tuesday?", "s4");
        buried.ask("and what about the Zaporizhzhia nuclear plant?", "s4");
        Commands.Asked plant = buried.ask("tl;dr", "s4");
        assertTrue(plant.answer().found(), plant.readAs() + " → " + plant.answer().text());

        Commands after = TestCores.seeds().commands();
        after.ask("What happened?", "s2");
        assertEquals("/summary short", after.ask("In a nutshell?", "s2").readAs());
        assertEquals("/summary short", TestCores.seeds().commands().ask("tl;dr", null).readAs());
    }

    @Test
    void isThatTrueIsCheckedAgainstTheSourcesTheAnswerDidNotQuote() {
        for (String check : new String[] {"Is that true?", "Are you sure?", "Really?", "Can anyone confirm that?"}) {
            Commands commands = TestCores.seeds().commands();
            Commands.Asked first = commands.ask("How many people were killed in Lviv?", "v-" + check);
            Commands.Asked checked = commands.ask(check, "v-" + check);
            assertEquals("other sources on How many people were killed in Lviv?", checked.readAs(), check);
            Set<String> quoted = Story.of(first.answer().citations()).articles();
            checked.answer().citations().forEach(c -> assertFalse(quoted.contains(c.source()), c.source()));
        }
        Commands commands = TestCores.seeds().commands();
        commands.ask("How many people were killed in Lviv?", "v2");
        assertEquals("How many people were killed in Kharkiv?", commands.ask("And in Kharkiv?", "v2").readAs());
    }

    @Test
    void aCheckThatNoOtherSourceAnswersPlainlyPointsToTheirNearestPassages() {
        Commands commands = TestCores.seeds().commands();
        commands.ask("Who is the governor of the Odesa region?", "w1");
        Answer checked = commands.ask("Are you sure?", "w1").answer();
        assertFalse(checked.found(), checked.text());
        assertFalse(checked.seeAlso().isEmpty());
        // A bare "No other source answers that" above the others' nearest passages would read as unchallenged.
        assertFalse(checked.text().equals(Composer.NOTHING_ELSEWHERE), checked.text());
        assertTrue(checked.text().contains("passages below"), checked.text());
    }

    @Test
    void aFollowUpThePatternsMissIsReadByTheExamplesNearestInMeaning() {
        Commands commands = TestCores.seeds().commands();
        commands.ask("How many people were killed in Lviv?", "n1");
        assertEquals("other sources on How many people were killed in Lviv?",
                commands.ask("is that reliable?", "n1").readAs());
        assertEquals(Commands.Asked.Kind.SOURCE, commands.ask("which website was that on", "n1").kind());
        assertEquals("/summary short --topic How many people were killed in Lviv",
                commands.ask("recap pls", "n1").readAs());
        Commands.Asked question = commands.ask("who runs the plant?", "n1");
        assertEquals(Commands.Asked.Kind.QUESTION, question.kind(), "a question about the story stays one");
        assertTrue(question.answer().question().startsWith("who runs the plant?"), question.answer().question());
    }

    @Test
    void whereElseIsAnsweredFromPassagesNotShownYet() {
        Commands commands = TestCores.seeds().commands();
        Commands.Asked first = commands.ask("In which districts of Kyiv were explosions reported?", "m4");
        Commands.Asked elsewhere = commands.ask("Where else were explosions reported?", "m4");
        assertEquals("Where else were explosions reported? (after: In which districts of Kyiv were explosions "
                + "reported)", elsewhere.readAs());
        assertTrue(elsewhere.answer().found(), elsewhere.answer().text());
        List<String> before = first.answer().citations().stream().map(c -> c.quote()).toList();
        elsewhere.answer().citations().forEach(c -> assertFalse(before.contains(c.quote()), c.quote()));
    }

    @Test
    void tellMeMoreOutsideAConversationAsksNothing() {
        Commands commands = TestCores.seeds().commands();
        assertEquals(Commands.NOT_A_QUESTION, commands.handle(ask("Tell me more", "m2")).body());
    }

    @Test
    void whoSaidThatOpeningAConversationIsToldThereIsNoAnswerYet() {
        // It had been answered with a passage found for its words alone: a quote of Zelenskyy's, for no "that".
        Commands commands = TestCores.seeds().commands();
        Reply first = commands.handle(ask("Who said that?", "source-1"));
        assertTrue(first.has(Reply.Flag.NOT_FOUND));
        assertEquals(Commands.NO_EARLIER_ANSWER, first.body());
        assertTrue(first.citations().isEmpty(), first.citations().toString());
        assertEquals(Commands.NO_EARLIER_ANSWER, commands.handle(new Request(CHAT, "u1", false, "ask",
                "Which article says that?", null)).body(), "nor outside a conversation");
    }

    @Test
    void aFirstMessageThatPointsBackToNothingIsToldSo() {
        Commands commands = TestCores.seeds().commands();
        assertToldNothingBefore(commands.handle(ask("where did it happen", "pointer-1")),
                Commands.UNRESOLVED.formatted("it"));
        commands.handle(ask("Who is the mayor of Kyiv?", "pointer-2"));
        Reply followUp = commands.handle(ask("How old is he?", "pointer-2"));
        assertTrue(followUp.has(Reply.Flag.NOT_FOUND), "no article gives his age");
        assertNotToldNothingBefore(followUp);
    }

    @Test
    void aQuestionWordAloneOpeningAConversationIsToldItAsksNothingYet() {
        Commands commands = TestCores.seeds().commands();
        assertToldNothingBefore(commands.handle(ask("Why?", "bare-1")), Commands.UNASKED.formatted("Why?"));
        commands.handle(ask("What did Russia's defence ministry call the strikes?", "bare-2"));
        assertNotToldNothingBefore(commands.handle(ask("Why?", "bare-2")));
    }

    /** The reply found nothing and closes with the note that nothing before the message says what it means. */
    private static void assertToldNothingBefore(Reply reply, String note) {
        assertTrue(reply.has(Reply.Flag.NOT_FOUND));
        assertEquals(new Reply.Segment(Reply.Style.NOTE, note), reply.segments().get(reply.segments().size() - 1));
    }

    /** Inside a conversation, the earlier turns say what a follow-up means. */
    private static void assertNotToldNothingBefore(Reply reply) {
        assertFalse(reply.segments().stream().anyMatch(s -> s.text().startsWith("Nothing before")),
                "the conversation says what it means: " + reply.segments());
    }
}
