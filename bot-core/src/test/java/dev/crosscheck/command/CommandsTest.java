package dev.crosscheck.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.Crosscheck;
import dev.crosscheck.TestCores;
import dev.crosscheck.alert.AlertStore;
import dev.crosscheck.answer.Composer;
import dev.crosscheck.answer.Answer;
import dev.crosscheck.answer.Citation;
import dev.crosscheck.conversation.Conversations;
import dev.crosscheck.summary.Summary;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {
    private final Commands commands = TestCores.seeds().commands();

    private Reply run(String command, String args) {
        return commands.handle(Request.console(command, args));
    }

    /** Commands over a scripted composer, with no summaries, corpus, conflicts or store. */
    private static Commands over(Composer composer) {
        return new Commands(composer, request -> new Summary(false, "", List.of()), () -> null, List::of, null,
                new Conversations(10, java.time.Clock.systemUTC()));
    }

    @Test
    void blankQuestionGetsAUsageLine() {
        Reply r = run("ask", "   \t ");
        assertTrue(r.has(Reply.Flag.USAGE));
        assertTrue(r.body().startsWith("Ask a question"));
    }

    @Test
    void aMessageOfLinksAloneIsToldLinksAreNotRead() {
        Reply r = run("ask", "https://www.bbc.co.uk/news/world-europe-123 <https://example.org/a>");
        assertTrue(r.has(Reply.Flag.USAGE));
        assertEquals(Commands.LINK_ONLY, r.body());
        assertFalse(run("ask", "How many died? https://example.org/a").has(Reply.Flag.USAGE), "a question beside one");
    }

    @Test
    void hugeQuestionIsRefusedWithItsLength() {
        Reply r = run("ask", "why ".repeat(25_000));
        assertTrue(r.has(Reply.Flag.USAGE));
        assertTrue(r.body().contains("99,999") || r.body().contains("100,000"), r.body());
    }

    @Test
    void controlCharactersAreDroppedNotFatal() {
        Reply r = run("ask", "Who is the\u0000 mayor\u0007 of Kyiv?\u001b[31m");
        assertFalse(r.has(Reply.Flag.ERROR));
        assertTrue(r.body().contains("Klitschko"), r.body());
    }

    @Test
    void mentionsInAQuestionAreTreatedAsText() {
        Reply r = run("ask", "@everyone @here <@&123> who is the mayor of Kyiv?");
        assertFalse(r.has(Reply.Flag.ERROR));
        assertTrue(r.body().contains("Klitschko"), r.body());
    }

    @Test
    void questionsInOtherScriptsGetANormalReply() {
        for (String q : new String[] {"Кто мэр Киева?", "基辅市长是谁？", "مَن هو عمدة كييف؟", "🙂🙂🙂"}) {
            Reply r = run("ask", q);
            assertFalse(r.has(Reply.Flag.ERROR), q);
            assertFalse(r.body().isBlank(), q);
        }
    }

    @Test
    void aQuestionInAnotherScriptThatFindsNothingIsToldToAskInEnglish() {
        for (String q : new String[] {"Кто мэр Киева?", "基辅市长是谁？"}) {
            Reply r = run("ask", q);
            assertTrue(r.has(Reply.Flag.NOT_FOUND), q);
            assertTrue(r.body().endsWith(Commands.ENGLISH), r.body());
        }
        assertFalse(run("ask", "Who is the mayor of Paris?").body().contains(Commands.ENGLISH));
    }

    @Test
    void aMessageThatIsNoQuestionAndFindsNothingIsToldWhatTheBotIsFor() {
        for (String chat : new String[] {"🙂🙂🙂", "???", "?!", "lol"}) {
            Reply r = run("ask", chat);
            assertTrue(r.has(Reply.Flag.NOT_FOUND), chat);
            assertEquals(Commands.NOT_A_QUESTION, r.body(), chat);
            assertTrue(r.seeAlso().isEmpty(), chat);
        }
        Reply thanks = run("ask", "Thanks!");
        assertEquals(SmallTalk.THANKS, thanks.body(), "courtesy is answered in kind, not searched for");
        assertTrue(thanks.seeAlso().isEmpty());
        Reply question = run("ask", "How many penguins live in Antarctica?");
        assertTrue(question.has(Reply.Flag.NOT_FOUND));
        assertTrue(question.body().contains("The sources do not answer"), question.body());
        Reply found = run("ask", "Kyiv mayor");
        assertFalse(found.has(Reply.Flag.NOT_FOUND), "no question, but found: answered");
    }

    @Test
    void aFailureWhileAnsweringIsAnErrorReplyNotAnExceptionInTheChat() {
        for (Throwable failure : new Throwable[] {new IllegalStateException("broken"), new StackOverflowError()}) {
            Composer failing = (question, story) -> {
                if (failure instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) failure;
            };
            Commands commands = over(failing);
            Reply r = commands.handle(Request.console("ask", "How many missiles were fired?"));
            assertTrue(r.has(Reply.Flag.ERROR), failure.toString());
            assertEquals(Commands.FAILED, r.body());
        }
    }

    /** A composer answering as {@code answers} does, for which every question is about the one story told. */
    private static Composer ofOneStory(Composer answers) {
        return new Composer() {
            @Override
            public Answer answer(String question, dev.crosscheck.answer.Story story) {
                return answers.answer(question, story);
            }

            @Override
            public boolean isAbout(String question, dev.crosscheck.answer.Story story) {
                return true;
            }
        };
    }

    @Test
    void theLastPassageAgainAnswersAQuestionWhoseOwnWordsItHolds() {
        // "What was hit?" after Odesa's governor said nobody was hurt: the passage around that answer says what was
        // hit there; asked alone, the question found Kyiv's strikes instead.
        Citation odesa = new Citation(1, "a.txt", "Strikes", "A missile attack hit an energy facility in the coastal "
                + "city. Residential areas were also affected, but no reports of casualties have emerged.");
        Citation kyiv = new Citation(1, "b.txt", "Strikes", "Strikes hit western and central Ukraine.");
        Composer composer = ofOneStory((question, story) -> question.contains("after:") || question.contains("hurt")
                ? new Answer(question, true, odesa.quote() + " [1]", List.of(odesa), List.of(), 1)
                : new Answer(question, true, kyiv.quote() + " [1]", List.of(kyiv), List.of(), 1));
        Commands commands = over(composer);
        commands.handle(Request.console("ask", "How many people were hurt in Odesa?").inConversation("c1"));
        Reply r = commands.handle(Request.console("ask", "What was hit?").inConversation("c1"));
        assertTrue(r.body().contains("energy facility"), r.segments().toString());
    }

    @Test
    void aQuestionOfItsOwnThatItsCarriedWordsDrawBackToTheLastPassageIsAskedAlone() {
        Citation dam = new Citation(1, "b.txt", "Quake", "The dam is intact, the ministry said.");
        Citation magnitude = new Citation(1, "a.txt", "Quake", "The institute measured its magnitude at 6.1.");
        // Every question is about the one story told; read with "Is the dam safe?", the question's words find the
        // dam again, alone the magnitude.
        Composer composer = ofOneStory((question, story) -> question.contains("dam")
                ? new Answer(question, true, dam.quote() + " [1]", List.of(dam), List.of(), 1)
                : new Answer(question, true, magnitude.quote() + " [1]", List.of(magnitude), List.of(), 1));
        Commands commands = over(composer);
        commands.handle(Request.console("ask", "Is the dam safe?").inConversation("c1"));
        Reply r = commands.handle(Request.console("ask", "What was the magnitude?").inConversation("c1"));
        assertTrue(r.body().contains("6.1"), r.segments().toString());
        Reply why = commands.handle(Request.console("ask", "Why?").inConversation("c1"));
        assertTrue(why.body().contains("6.1"), "\"Why?\" asks nothing alone: it stays with the question before it");
    }

    @Test
    void aTurnToAThingWithNoLikeInTheLastQuestionThatQuotesTheLastPassageAgainIsAskedAlone() {
        // A fresh user's formula recall: "what about the factory?" after "how many babies are in hospital?" was read
        // with the hospital question and quoted its count again.
        Citation ward = new Citation(1, "a.txt", "Recall", "Eight babies are in hospital, the authority said.");
        Citation plant = new Citation(1, "b.txt", "Recall", "Production at the Dunmere factory has been halted.");
        Composer composer = (question, story) -> question.contains("hospital")
                ? new Answer(question, true, ward.quote() + " [1]", List.of(ward), List.of(), 1)
                : new Answer(question, true, plant.quote() + " [1]", List.of(plant), List.of(), 1);
        Commands commands = over(composer);
        commands.handle(Request.console("ask", "how many babies are in hospital?").inConversation("c1"));
        Reply r = commands.handle(Request.console("ask", "what about the factory?").inConversation("c1"));
        assertTrue(r.body().contains("Dunmere factory"), r.segments().toString());
    }

    @Test
    void aTurnToAnotherThingThatQuotesTheLastPassageAgainIsAnsweredByAnotherPassage() {
        // "And the band from Scotland?" after "How many did they win?" about Scissor Sisters quoted their hat-trick
        // again, and asked alone found nothing; the passage the last reply did not quote answers it.
        Citation sisters = new Citation(1, "a.txt", "Brits", "US band Scissor Sisters won three prizes.");
        Citation franz = new Citation(1, "b.txt", "Brits", "Glasgow group Franz Ferdinand won two prizes.");
        Composer composer = new Composer() {
            @Override
            public Answer answer(String question, dev.crosscheck.answer.Story story) {
                return question.contains("Brit Awards") || question.contains("after:")
                        ? new Answer(question, true, sisters.quote() + " [1]", List.of(sisters), List.of(), 1)
                        : new Answer(question, false, "The sources do not answer this question.", List.of(),
                        List.of(), 1);
            }

            @Override
            public Answer more(String question, dev.crosscheck.answer.Story story, List<Citation> shown) {
                return shown.stream().anyMatch(c -> c.source().equals("a.txt"))
                        ? new Answer(question, true, franz.quote() + " [1]", List.of(franz), List.of(), 1)
                        : Composer.super.more(question, story, shown);
            }
        };
        Commands commands = over(composer);
        commands.handle(Request.console("ask", "Which band led the winners at the Brit Awards?").inConversation("c1"));
        commands.handle(Request.console("ask", "How many did they win?").inConversation("c1"));
        Reply r = commands.handle(Request.console("ask", "And the band from Scotland?").inConversation("c1"));
        assertTrue(r.body().contains("Franz Ferdinand"), r.segments().toString());
        Reply when = commands.handle(Request.console("ask", "And when?").inConversation("c1"));
        assertFalse(when.body().contains("Franz Ferdinand") && when.body().contains("Scissor"),
                "\"And when?\" asks a question word, no thing: " + when.segments());
    }

    @Test
    void aQuestionOfItsOwnThatFindsNothingInTheConversationsStoryIsAskedAlone() {
        Citation strike = new Citation(1, "strike.txt", "Strike", "180 drivers stopped work in Ashby Vale.");
        Citation breach = new Citation(1, "breach.txt", "Breach", "The Health Data Commission is investigating.");
        // Within the strike's story the breach question finds nothing; across the folder it does.
        Composer composer = (question, story) -> question.contains("drivers")
                ? new Answer(question, true, strike.quote() + " [1]", List.of(strike), List.of(), 1)
                : story.isEmpty() ? new Answer(question, true, breach.quote() + " [1]", List.of(breach), List.of(), 1)
                : new Answer(question, false, "The sources do not answer this question.", List.of(), List.of(), 1);
        Commands commands = over(composer);
        commands.handle(Request.console("ask", "How many drivers stopped work?").inConversation("c1"));
        Reply r = commands.handle(Request.console("ask", "Who is investigating the St Aldric's breach?")
                .inConversation("c1"));
        assertTrue(r.body().contains("Health Data Commission"), r.segments().toString());
    }

    @Test
    void aGreetingBeforeQuestionsIsNoPartOfThem() {
        Reply r = run("ask", "Hi! How many missiles were fired and how many were shot down?");
        List<Reply.Segment> headings = r.segments().stream().filter(s -> s.style() == Reply.Style.HEADING).toList();
        assertEquals(List.of(new Reply.Segment(Reply.Style.HEADING, "How many missiles were fired?"),
                new Reply.Segment(Reply.Style.HEADING, "and how many were shot down?")), headings,
                "two questions, the greeting in neither");
    }

    @Test
    void aTypoIsReadAsTheWordTheArticlesHaveAndTheReplySaysSo() {
        Reply r = run("ask", "How many missles did Russia fire?");
        assertEquals(new Reply.Segment(Reply.Style.NOTE, "Reading this as: How many missiles did Russia fire?"),
                r.segments().get(0));
        assertTrue(r.body().contains("81"), r.body());
        assertFalse(run("ask", "How many missiles did Russia fire?").body().contains("Reading this as"),
                "nothing to say when the words are read as typed");
    }

    @Test
    void aQuestionTypedWithoutItsQuestionMarkIsAnsweredAsWithOne() {
        // The embedding reads the words without their mark further from the answer: not found, before.
        Reply bare = run("ask", "How many people were killed in the Dnipro region");
        assertFalse(bare.body().startsWith("The sources do not answer"), bare.body());
        assertEquals(run("ask", "How many people were killed in the Dnipro region?").segments(), bare.segments(),
                "the same reply, and no note on how it was read");
    }

    @Test
    void aLinkPastedWithAQuestionIsAnsweredAsTheQuestionAlone() {
        Reply linked = run("ask", "https://www.bbc.co.uk/news/world-europe-64904133 who is the mayor of Kyiv?");
        assertFalse(linked.body().startsWith("The sources do not answer"), linked.body());
        assertEquals(run("ask", "who is the mayor of Kyiv?").segments(), linked.segments());
    }

    @Test
    void aQuestionOpeningWithWhatsIsAQuestionWithoutItsQuestionMark() {
        // 'what's the death toll' had got the "not a question" reply.
        String asked = run("ask", "what is the death toll?").body();
        for (String q : new String[] {"what's the death toll", "whats the death toll"}) {
            assertEquals(asked, run("ask", q).body(), q);
        }
    }

    @Test
    void aChatPassiveWithGetIsAnsweredAsTheWrittenOne() {
        // No article writes "got"; as a word of the question it made the question look unanswerable.
        Reply chat = run("ask", "which cities got hit");
        assertFalse(chat.body().startsWith("The sources do not answer"), chat.body());
        assertEquals(run("ask", "which cities were hit").body(), chat.body());
    }

    @Test
    void aCommandAskedForInWordsIsThatCommandAndTheReplySaysSo() {
        Reply help = run("ask", "help");
        assertEquals(new Reply.Segment(Reply.Style.NOTE, "Reading this as: /help"), help.segments().get(0));
        assertEquals(run("help", "").segments(), help.segments().subList(1, help.segments().size()));
        Reply disagree = run("ask", "Do the sources disagree?");
        assertEquals(run("conflicts", "").segments(), disagree.segments().subList(1, disagree.segments().size()));
        Reply sources = run("ask", "Which sources do you have?");
        assertEquals(run("sources", "").segments(), sources.segments().subList(1, sources.segments().size()));
    }

    @Test
    void aMessageAskingForTheNewsIsAnsweredWithAShortSummary() {
        Reply news = run("ask", "What happened?");
        assertEquals(new Reply.Segment(Reply.Style.NOTE, "Reading this as: /summary short"), news.segments().get(0));
        assertEquals(run("summary", "short").segments(), news.segments().subList(1, news.segments().size()));
        assertTrue(news.has(Reply.Flag.BRIEF_SOURCES), "a summary's source list, short enough for a chat");
        Reply topic = run("ask", "Summarise the Zaporizhzhia nuclear plant");
        assertEquals(run("summary", "the Zaporizhzhia nuclear plant").segments(),
                topic.segments().subList(1, topic.segments().size()));
        Reply nothing = run("ask", "Summarise the penguins of Antarctica");
        assertTrue(nothing.has(Reply.Flag.NOT_FOUND));
        assertFalse(nothing.body().contains(Commands.NOT_A_QUESTION), "the summary says why there is none");
    }

    @Test
    void aNameNoArticleMentionsIsSaidAboveTheAnswer() {
        Reply paris = run("ask", "How many people were killed in Paris?");
        assertEquals(new Reply.Segment(Reply.Style.NOTE,
                paris.has(Reply.Flag.NOT_FOUND) ? "No article mentions Paris."
                        : "No article mentions Paris, so this may be about something else."), paris.segments().get(0));
        Reply lviv = run("ask", "How many people were killed in Lviv?");
        assertTrue(lviv.segments().stream().noneMatch(s -> s.style() == Reply.Style.NOTE), lviv.segments().toString());
        for (String other : new String[] {"What did Zelensky say?", "What fighter jets did Poland offer to Ukraine?",
            "What did EU defence ministers agree to do?"}) {
            Reply r = run("ask", other);
            assertTrue(r.segments().stream().noneMatch(s -> s.style() == Reply.Style.NOTE),
                    other + ": Zelenskyy, Polish and the European Union are the same names in other forms");
        }
    }

    @Test
    void alertsListWhatTheChatIsSubscribedTo(@TempDir Path tmp) {
        Crosscheck core = TestCores.seeds();
        try (AlertStore store = AlertStore.open("jdbc:sqlite:" + tmp.resolve("alerts.db"), null, null)) {
            Commands withStore = new Commands(core.composer(), core.summarizer(), core::corpus, core::conflicts, store,
                    new Conversations(4, Clock.systemUTC()));
            Reply none = withStore.handle(Request.console("alerts", ""));
            assertTrue(none.body().contains("no alerts"), none.body());
            Reply subscribed = withStore.handle(Request.console("subscribe", "Lviv"));
            assertTrue(subscribed.body().startsWith("Subscribed"), subscribed.body());
            Reply again = withStore.handle(Request.console("subscribe", "lviv"));
            assertTrue(again.body().startsWith("This chat is already alerted"), "no second row, and it says so: "
                    + again.body());
            withStore.handle(Request.console("subscribe", ""));
            Reply two = withStore.handle(Request.console("alerts", ""));
            assertTrue(two.body().contains("\"lviv\"") && two.body().contains("anything"), two.body());
            Reply unknown = withStore.handle(Request.console("unsubscribe", "Kharkiv"));
            assertTrue(unknown.body().contains("/alerts"), "a wrong topic points to the list: " + unknown.body());
            withStore.handle(Request.console("unsubscribe", "Lviv"));
            Reply one = withStore.handle(Request.console("alerts", ""));
            assertFalse(one.body().contains("lviv"), one.body());
            assertTrue(run("alerts", "").has(Reply.Flag.USAGE), "no store, no alerts");
        }
    }

    @Test
    void aDatabaseThatRefusesASubscriptionIsSaidToNotRetry(@TempDir Path tmp) {
        // A read-only database file had got "please try again", which could not help, and a stack trace in the log.
        Crosscheck core = TestCores.seeds();
        AlertStore store = AlertStore.open("jdbc:sqlite:" + tmp.resolve("alerts.db"), null, null);
        Commands withStore = new Commands(core.composer(), core.summarizer(), core::corpus, core::conflicts, store,
                new Conversations(4, Clock.systemUTC()));
        store.close();
        Reply refused = withStore.handle(Request.console("subscribe", "Lviv"));
        assertEquals(Commands.NOT_STORED, refused.body());
        assertTrue(refused.has(Reply.Flag.ERROR), refused.flags().toString());
    }

    @Test
    void theCommandLinesSummaryOptionsMeanTheSameInAChat() {
        assertEquals(run("summary", "short Kinzhal").body(), run("summary", "--length short --topic Kinzhal").body());
        assertEquals(run("summary", "short Kinzhal").body(), run("summary", "--topic=Kinzhal --length=short").body());
        assertEquals(run("summary", "003_214ac054cd4d5203.txt").body(),
                run("summary", "--source 003_214ac054cd4d5203.txt").body());
        assertFalse(run("summary", "--length short").body().contains("Nothing in the sources covers"));
    }

    @Test
    void anOptionAChatCommandDoesNotKnowIsNamedNotSearchedFor() {
        Reply length = run("summary", "--length huge");
        assertTrue(length.has(Reply.Flag.USAGE), length.body());
        assertTrue(length.body().contains("short or normal"), length.body());
        Reply unknown = run("summary", "--topic Kinzhal --since Monday");
        assertTrue(unknown.has(Reply.Flag.USAGE) && unknown.body().contains("--since"), unknown.body());
        Reply conflicts = run("conflicts", "--bogus");
        assertTrue(conflicts.has(Reply.Flag.USAGE) && conflicts.body().contains("--bogus"), conflicts.body());
        // "/sources --json" had been a search for the word "--json".
        Reply sources = run("sources", "--json");
        assertTrue(sources.has(Reply.Flag.USAGE) && sources.body().contains("no options such as --json"),
                sources.body());
        assertFalse(run("conflicts", "Lviv").has(Reply.Flag.USAGE), "a topic's words are no option");
        assertFalse(run("summary", "Kinzhal-class missiles").has(Reply.Flag.USAGE), "a hyphen inside words is none");
    }

    @Test
    void tooLongWordsAreRefusedWithTheLimitWrittenOut() {
        String words = "y".repeat(2_500);
        for (String command : new String[] {"sources", "summary"}) {
            Reply r = run(command, words);
            assertTrue(r.has(Reply.Flag.USAGE) && r.body().contains("2,000"), command + ": " + r.body());
        }
    }

    @Test
    void anOptionWithoutItsValueSaysWhatItTakes() {
        for (String args : new String[] {"--topic", "--length", "--source", "--topic --length short"}) {
            Reply r = run("summary", args);
            assertTrue(r.has(Reply.Flag.USAGE), args + ": " + r.body());
            assertTrue(r.body().contains("needs"), r.body());
        }
    }

    @Test
    void subscriptionsNeedARunningBot() {
        Reply r = run("subscribe", "Kyiv");
        assertTrue(r.has(Reply.Flag.USAGE));
        assertTrue(r.body().contains("chat or serve"), r.body());
    }

    @Test
    void conflictsListsEachSideWithACitation() {
        Reply r = run("conflicts", "");
        assertTrue(r.body().contains("Sources give different figures for people killed"), r.body());
        assertTrue(r.body().contains("A later report updates"), r.body());
        assertTrue(r.citations().size() >= 4);
    }

    @Test
    void conflictsAboutATopicListOnlyThoseAboutIt() {
        Reply lviv = run("conflicts", "Lviv");
        assertTrue(lviv.body().contains("people killed in Lviv"), lviv.body());
        assertFalse(lviv.body().contains("A later report updates"), "the power plant is no Lviv dispute: " + lviv.body());
        Reply narnia = run("conflicts", "Narnia");
        assertEquals("The sources do not disagree about \"Narnia\" on anything I can check." + Commands.CHECKED,
                narnia.body());
        assertFalse(lviv.body().contains("itself"), lviv.body());
    }

    @Test
    void conflictsWhoseQuotesAloneMentionTheTopicAreSaidToBeNoneAboutIt() {
        // A fresh user took the tolls listed for "/conflicts magnitude" (a toll's sentence names the quake's
        // magnitude) for disagreements about the magnitude.
        Reply thursday = run("conflicts", "Thursday");
        assertTrue(thursday.body().startsWith("None of these is about \"Thursday\" itself; their quotes mention it."),
                thursday.body());
    }

    @Test
    void unknownCommandPointsToHelp() {
        Reply r = run("frobnicate", "");
        assertTrue(r.has(Reply.Flag.USAGE));
        assertTrue(r.body().contains("/help"));
    }

    @Test
    void helpListsEveryCommand() {
        String help = run("help", "").body();
        for (Command c : Command.values()) {
            assertTrue(help.contains("/" + c.word()), help);
        }
        assertTrue(help.contains("Tell me more"), "and how to follow up: " + help);
        assertTrue(help.contains("What happened?"), "and how to ask for the news: " + help);
    }

    @Test
    void sourcesListsEveryArticle() {
        Reply r = run("sources", "");
        long items = r.segments().stream().filter(s -> s.style() == Reply.Style.ITEM).count();
        assertEquals(5, items);
        assertTrue(r.body().contains("003_214ac054cd4d5203.txt"));
    }

    @Test
    void plainTextShowsNumberedSourcesWithQuotes() {
        String text = PlainText.render(run("ask", "Who leads the Wagner group?"));
        assertTrue(text.contains("[1]") && text.contains("Sources:") && text.contains("Prigozhin"), text);
    }

    @Test
    void eachQuestionOfAMessageIsAnsweredUnderItsQuestion() {
        Reply r = run("ask", "How many people died in Solochiv? Who is the mayor of Kyiv?");
        List<Reply.Segment> headings = r.segments().stream().filter(s -> s.style() == Reply.Style.HEADING).toList();
        assertEquals(List.of(new Reply.Segment(Reply.Style.HEADING, "How many people died in Solochiv?"),
                new Reply.Segment(Reply.Style.HEADING, "Who is the mayor of Kyiv?")), headings);
        String body = r.body();
        assertTrue(body.indexOf("four people died") < body.indexOf("Klitschko")
                && body.contains("four people died"), body);
        assertFalse(r.has(Reply.Flag.NOT_FOUND));
    }

    @Test
    void aLaterQuestionOfTheSameMessageFollowsUpTheOneBefore() {
        Reply r = run("ask", "How many people were killed in the Lviv region? And in Kharkiv?");
        assertTrue(r.segments().contains(new Reply.Segment(Reply.Style.NOTE,
                "Reading this as: How many people were killed in Kharkiv?")), r.segments().toString());
    }

    @Test
    void questionsBeyondTheFewAnsweredInOneMessageAreNamedNotDropped() {
        Reply r = run("ask", "Who is the mayor of Kyiv? How many died? Which cities were hit? Who fired the missiles?");
        assertEquals(Commands.MAX_QUESTIONS,
                r.segments().stream().filter(s -> s.style() == Reply.Style.HEADING).count());
        assertEquals(new Reply.Segment(Reply.Style.NOTE,
                "I answered the first 3 of your 4 questions; ask the others in another message."),
                r.segments().get(r.segments().size() - 1));
    }
}
