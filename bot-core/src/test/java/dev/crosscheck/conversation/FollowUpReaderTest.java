package dev.crosscheck.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.answer.Answer;
import dev.crosscheck.answer.AnswerType;
import dev.crosscheck.answer.Citation;
import dev.crosscheck.answer.Composer;
import dev.crosscheck.answer.Story;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.ToDoubleBiFunction;
import org.junit.jupiter.api.Test;

class FollowUpReaderTest {
    private final FollowUpReader reader = new FollowUpReader();
    private static final Story LVIV = new Story(Set.of("lviv.txt"));
    private static final Story KHARKIV = new Story(Set.of("kharkiv.txt"));
    /** A composer as a reader sees it: what it says of stories, of likeness and of persons; it answers nothing. */
    private static Composer senses(BiPredicate<String, Story> about, ToDoubleBiFunction<String, String> like,
                                   Set<String> persons) {
        return new Composer() {
            @Override
            public Answer answer(String question, Story story) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean isAbout(String question, Story story) {
                return about.test(question, story);
            }

            @Override
            public double[] likeness(String thing, List<String> words) {
                return words.stream().mapToDouble(w -> like.applyAsDouble(thing, w)).toArray();
            }

            @Override
            public boolean isPerson(String name) {
                return persons.contains(name);
            }
        };
    }

    private static final List<Turn> KILLED = List.of(new Turn("How many people were killed in the Lviv region?",
            "How many people were killed in the Lviv region?", Answer.Given.NOTHING, LVIV));

    @Test
    void asksSourceReadsQuestionsAboutTheLastAnswersSourceOnly() {
        for (String q : new String[] {"Who said that?", "who gave those figures", "And who said so?", "Says who?",
                "According to whom?", "Who is saying that?", "Who's the source of that?", "Who made that claim?",
                "Which article says that?", "Where did you read that?", "Where does that come from?", "Source?",
                "What's the source for that?", "Where is that from?", "Who confirmed that?"}) {
            assertTrue(FollowUpReader.asksSource(q), q);
        }
        for (String q : new String[] {"Who said the plant was safe?", "Who built that bridge?", "Who is the mayor?",
                "Who said what?", "What did the governor say?", "Which article says that the plant is safe?",
                "Where did you read about the strikes?", "Sources?", "What are your sources?",
                "Who confirmed the death toll?"}) {
            assertFalse(FollowUpReader.asksSource(q), q);
        }
    }

    @Test
    void aQuestionStandsAloneWhenItAsksSomethingOfItsOwnAndPointsNowhere() {
        assertTrue(FollowUpReader.standsAlone("What was the magnitude?"));
        assertTrue(FollowUpReader.standsAlone("What did the hospital IT director say?"), "IT is initials here");
        assertTrue(FollowUpReader.standsAlone("What did the US say?"));
        assertFalse(FollowUpReader.standsAlone("WHAT DID IT SAY?"), "a message in capitals has the pronoun");
        assertFalse(FollowUpReader.standsAlone("What did it say?"));
        assertFalse(FollowUpReader.standsAlone("Why?"));
        assertFalse(FollowUpReader.standsAlone("And in Lviv?"));
    }

    @Test
    void aMessageIsAQuestionByItsMarkOrItsOpening() {
        assertTrue(FollowUpReader.isQuestion("Lviv?"));
        assertTrue(FollowUpReader.isQuestion("and why"));
        assertTrue(FollowUpReader.isQuestion("and in lviv"));
        assertTrue(FollowUpReader.isQuestion("how many were killed"));
        assertFalse(FollowUpReader.isQuestion("thanks"));
        assertFalse(FollowUpReader.isQuestion("Summarise the story."));
    }

    @Test
    void aMessageThatIsNoQuestionAndPointsNowhereIsReadAlone() {
        FollowUpReader.Reading thanks = reader.read("thanks", KILLED);
        assertEquals("thanks", thanks.question());
        assertFalse(thanks.followUp());
        assertTrue(thanks.story().isEmpty(), "not asked of the conversation's story either");
        assertTrue(reader.read("that one", KILLED).followUp(), "a pointer still points back");
    }

    @Test
    void aPronounAfterTheAuxiliaryOfAWhichQuestionPointsBack() {
        assertTrue(reader.read("Which hospital were they taken to?", KILLED).followUp(), "they are the killed's");
        assertFalse(reader.read("Which company said its profits rose?", KILLED).followUp(), "its is the company's");
    }

    @Test
    void aTopicPutBeforeItsQuestionIsWhatItsPronounStandsFor() {
        assertEquals("how much did clear channel have to pay over him?",
                FollowUpReader.topicalised("clear channel, how much did they have to pay over him?"));
        assertEquals("what was the Lib Dems' view?", FollowUpReader.topicalised("the Lib Dems, what was their view?"));
        assertEquals("how old is the captain?", FollowUpReader.topicalised("the captain, how old is he?"));
        assertEquals("what did the mayor's office say?", FollowUpReader.topicalised("the mayor, what did his office say?"));
        assertEquals("In Lviv, how many died?", FollowUpReader.topicalised("In Lviv, how many died?"),
                "nothing in the question points at the topic");
        assertEquals("According to the report, how many did they fire?",
                FollowUpReader.topicalised("According to the report, how many did they fire?"), "a source, no topic");
        assertEquals("Under the deal, how much do they pay?",
                FollowUpReader.topicalised("Under the deal, how much do they pay?"), "as the analyzer reads it: no topic");
        assertEquals("what did the Lib Dems say about it?",
                FollowUpReader.topicalised("as for the Lib Dems, what did they say about it?"));
        FollowUpReader.Reading read = reader.read("and the fire brigade, how many did it send?", KILLED);
        assertTrue(read.question().startsWith("How many did the fire brigade send?"), read.question());
    }

    @Test
    void aFirstQuestionIsReadAsTyped() {
        assertEquals(new FollowUpReader.Reading("Who is the mayor of Kyiv?", false, Story.NONE),
                reader.read("Who is the mayor of Kyiv?", List.of()));
    }

    @Test
    void aCompleteQuestionInAConversationIsANewQuestion() {
        FollowUpReader.Reading r = reader.read("How many missiles did Russia fire?", KILLED);
        assertFalse(r.followUp());
        assertEquals("How many missiles did Russia fire?", r.question());
    }

    @Test
    void aRequestForMoreAsksTheLastQuestionAgain() {
        for (String more : new String[] {"Tell me more", "more?", "Anything else?", "What else?", "go on",
                "and more please", "More on that"}) {
            FollowUpReader.Reading r = reader.read(more, KILLED);
            assertTrue(r.more(), more);
            assertEquals("How many people were killed in the Lviv region?", r.question(), more);
        }
        assertFalse(reader.read("Tell me more about Kharkiv", KILLED).more(), "that names what it wants");
        assertFalse(reader.read("How many more were injured?", KILLED).more());
        assertFalse(reader.read("Tell me more", List.of()).more(), "nothing was asked before");
    }

    @Test
    void askingWhatTheOtherSourcesSayAsksTheLastQuestionOfTheArticlesNotQuoted() {
        for (String other : new String[] {"What does the other source say?", "what do the other reports say",
                "And the other papers?", "do the others agree?", "What about the other sources?",
                "what do other outlets say about it?"}) {
            FollowUpReader.Reading r = reader.read(other, KILLED);
            assertTrue(r.more() && r.elsewhere(), other);
            assertEquals("How many people were killed in the Lviv region?", r.question(), other);
        }
        // These name what they want of the other report: a follow-up like any other.
        assertFalse(reader.read("What speed does the other report give?", KILLED).elsewhere());
        assertFalse(reader.read("And the figure in the other paper?", KILLED).elsewhere());
        assertFalse(reader.read("Tell me more", KILLED).elsewhere());
    }

    @Test
    void aQuestionWithElseIsReadWithTheConversationAndAskedPastWhatItWasShown() {
        FollowUpReader.Reading r = reader.read("Who else was killed?", KILLED);
        assertTrue(r.followUp());
        assertTrue(r.more(), "past the passages already shown");
        assertEquals("Who else was killed? (after: How many people were killed in the Lviv region)", r.question());
        assertFalse(reader.read("Who else was killed?", List.of()).more(), "nothing was shown before");
    }

    @Test
    void ofAPlaceTakesThePlaceOfTheQuestionsOwnOf() {
        assertEquals("Who is the mayor of Kharkiv?", readAfter(reader, "And of Kharkiv?", "Who is the mayor of Kyiv?"));
        assertEquals("Who is the mayor of Kharkiv?", reader.read(
                "And of Kharkiv?", List.of(new Turn("What did he say?", "What did Vitali Klitschko say? (after: Who is "
                        + "the mayor of Kyiv)", Answer.Given.NOTHING, LVIV))).question(), "in the question it carries");
        assertEquals("of Kharkiv? (after: How many people were killed in the Lviv region)",
                reader.read("And of Kharkiv?", KILLED).question(), "\"killed of Kharkiv\" is no question");
    }

    @Test
    void aThingAfterAndIsNoVerbWithItsParticle() {
        FollowUpReader likesRuled = new FollowUpReader(senses((question, story) -> false,
                (a, b) -> b.equals("ruled") ? 0.3 : -0.1, Set.of()));
        assertEquals("What has the police ruled out?", readAfter(likesRuled, "And the police?",
                "What has Ruth Abelard ruled out?"), "\"ruled out\" stays; the subject is what changes");
    }

    @Test
    void theSameForAPlaceAsksTheLastQuestionThere() {
        assertEquals("How many people were killed in Kharkiv?", reader.read("Same for Kharkiv?", KILLED).question());
        assertEquals("How many people were killed in Kharkiv?",
                reader.read("and the same in Kharkiv", KILLED).question());
    }

    @Test
    void soClosingAMessageStandsForWhatWasSaid() {
        assertEquals("Who said so? (after: How many people were killed in the Lviv region)",
                reader.read("Who said so?", KILLED).question());
        assertTrue(reader.read("Why do they think so?", KILLED).followUp());
        assertFalse(reader.read("How many missiles have been fired so far?", KILLED).followUp(),
                "\"so far\" is an adverb");
    }

    @Test
    void aThingsPronounAfterTheQuestionsOwnSubjectIsThatSubjects() {
        FollowUpReader.Reading own = reader.read("Which nuclear power plant lost its link to the grid?", KILLED);
        assertFalse(own.followUp());
        assertEquals("Which nuclear power plant lost its link to the grid?", own.question());
        assertTrue(reader.read("Which of them was hit?", KILLED).followUp(), "\"them\" has no antecedent here");
        assertTrue(reader.read("Which region did he visit?", KILLED).followUp(), "a person is not the region");
        assertTrue(reader.read("What keeps it going?", KILLED).followUp());
    }

    @Test
    void aPossessiveAfterANameInTheSameQuestionIsThatNames() {
        String own = "How many insurance companies is Britney Spears suing over her cancelled tour?";
        assertEquals(new FollowUpReader.Reading(own, false, LVIV), reader.read(own, KILLED));
        assertFalse(reader.read("When did Grenrail publish its annual report?", KILLED).followUp());
        assertTrue(reader.read("Who does Kyiv blame for it?", KILLED).followUp(), "\"it\" cannot be Kyiv");
        assertTrue(reader.read("What did Zelensky say to her?", KILLED).followUp(), "\"her\" is no possessive here");
        assertTrue(reader.read("How many officers were lost while he ran the Home Office?", KILLED).followUp(),
                "the name comes after the pronoun");
        assertTrue(reader.read("How many hits did he count?", KILLED).followUp());
    }

    @Test
    void aQuestionThatNamesNothingIsReadWithTheConversationWhenItIsAboutTheStory() {
        List<Turn> spam = List.of(new Turn("Who are the two men Texas is suing over spam?",
                "Who are the two men Texas is suing over spam?", Answer.Given.NOTHING, LVIV));
        FollowUpReader about = new FollowUpReader(senses((question, story) -> story.equals(LVIV), (a, b) -> 0,
                Set.of()));
        FollowUpReader elsewhere = new FollowUpReader(senses((question, story) -> false, (a, b) -> 0, Set.of()));
        FollowUpReader.Reading r = about.read("Who is bringing the case?", spam);
        assertTrue(r.followUp());
        assertEquals("Who is bringing the case? (after: Who are the two men Texas is suing over spam)", r.question());
        assertFalse(elsewhere.read("Who is bringing the case?", spam).followUp(), "a new topic is read as typed");
        assertFalse(about.read("Who won the Brit award for best album?", spam).followUp(),
                "a question that names what it asks about is complete");
        assertFalse(about.read("How many people were killed in 2022?", spam).followUp(), "nor one with a figure");
        assertFalse(about.read("Who is bringing a case?", spam).followUp(), "nothing refers back without \"the\"");
    }

    @Test
    void afterWhoSaidThatAFollowUpContinuesTheQuestionAnsweredBefore() {
        // "how many were evacuated?" had been read "(after: who said that)" in a fresh user's conversation.
        String missing = "How many are still missing? (after: How many people died in the flood)";
        List<Turn> said = List.of(new Turn("and how many are still missing?", missing, Answer.Given.NOTHING,
                Story.NONE), new Turn("who said that?", "Who said that? (after: " + "How many are still missing; "
                + "How many people died in the flood)", Answer.Given.NOTHING, Story.NONE, List.of(), List.of(),
                missing));
        String read = reader.read("how many were evacuated?", said).question();
        assertTrue(read.startsWith("how many were evacuated? (after: How many are still missing"), read);
    }

    @Test
    void aTimeAfterWhoSaidThatIsTheTimeOfTheQuestionAnswered() {
        // A fresh user's "what about on Thursday?" after "Is the plant still open?" and "Who said that?" had been
        // read "Who said that on Thursday?".
        String open = "Is the Dunmere plant still open?";
        List<Turn> said = List.of(new Turn(open, open, Answer.Given.NOTHING, Story.NONE),
                new Turn("who said that?", "Who said that? (after: Is the Dunmere plant still open)",
                        Answer.Given.NOTHING, Story.NONE, List.of(), List.of(), open));
        assertEquals("Is the Dunmere plant still open on Thursday?",
                reader.read("what about on Thursday?", said).question());
    }

    @Test
    void thereAsAPlaceIsThePlaceTheLatestQuestionNamed() {
        assertEquals("How many died in the Lviv region?", reader.read("How many died there?", KILLED).question());
        List<Turn> governor = List.of(new Turn("Who is the governor of Kharkiv?", "Who is the governor of Kharkiv?",
                Answer.Given.NOTHING, Story.NONE), new Turn("What was hit?", "What was hit? (after: Who is the "
                + "governor of Kharkiv)", Answer.Given.NOTHING, Story.NONE));
        assertEquals("How long did the outage last in Kharkiv?",
                reader.read("How long did the outage last there?", governor).question(),
                "the latest question to name one");
        assertTrue(reader.read("How many were there?", KILLED).question().startsWith("How many were there? "),
                "\"were there\" is no place");
        assertTrue(reader.read("Were there any deaths?", KILLED).question().startsWith("Were there any deaths? "));
    }

    @Test
    void thereIsNoPersonTheConversationNamed() {
        FollowUpReader knowsAdriano = new FollowUpReader(senses((question, story) -> false, (a, b) -> 0,
                Set.of("Adriano")));
        List<Turn> price = List.of(new Turn("What price have Inter put on Adriano?",
                "What price have Inter put on Adriano?", Answer.Given.NOTHING, Story.NONE));
        String reading = knowsAdriano.read("When does his contract there run out?", price).question();
        assertFalse(reading.contains(" in Adriano"), "\"on Adriano\" named whom the price is on: " + reading);
    }

    @Test
    void aPlaceAloneSwapsThePlaceAFollowUpAskedAndKeepsWhatItCarried() {
        List<Turn> cost = List.of(new Turn("How much will it cost in the UK?", "How much will it cost in the UK? "
                + "(after: When will the DS go on sale in Europe)", Answer.Given.NOTHING, Story.NONE));
        assertEquals("How much will it cost in the US? (after: When will the DS go on sale in Europe)",
                reader.read("And in the US?", cost).question());
    }

    /** A reader whose likeness is as an embedding model's might be: these pairs are near, nothing else is. */
    private static final FollowUpReader LIKENESS = new FollowUpReader(senses((question, story) -> false,
            (a, b) -> Set.of("injured/killed", "mayor/governor", "drones/missiles").contains(a + "/" + b) ? 0.2 : -0.1,
            Set.of()));

    private static List<Turn> after(String question) {
        return List.of(new Turn(question, question, Answer.Given.NOTHING, Story.NONE));
    }

    /** How {@code reader} reads {@code typed} after {@code question} alone. */
    private static String readAfter(FollowUpReader reader, String typed, String question) {
        return reader.read(typed, after(question)).question();
    }

    @Test
    void aThingAfterWhatAboutTakesThePlaceOfItsLikeAndTheQuestionKeepsItsPlace() {
        FollowUpReader.Reading injured = LIKENESS.read("What about the injured?", KILLED);
        assertTrue(injured.followUp());
        assertEquals("How many people were injured in the Lviv region?", injured.question());
        assertEquals("How many people were injured in the Lviv region?",
                LIKENESS.read("And what about the injured?", KILLED).question(), "not \"and\" alone");
        assertEquals("Who is the mayor of Kharkiv?", readAfter(LIKENESS, "And the mayor?",
                "Who is the governor of Kharkiv?"));
        assertEquals("Where did the drones hit?", readAfter(LIKENESS, "And the drones?",
                "Where did the missiles hit?"));
        List<Turn> chain = List.of(KILLED.get(0), new Turn("What about the injured?", injured.question(),
                Answer.Given.NOTHING, LVIV));
        assertEquals("How many people were injured in Kyiv?", LIKENESS.read("And in Kyiv?", chain).question(),
                "the place changes next, the thing stays");
    }

    @Test
    void heStandsForThePersonTheLastQuestionAskedAboutByRole() {
        FollowUpReader roles = new FollowUpReader(new Composer() {
            @Override
            public Answer answer(String question, Story story) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean isPerson(String name) {
                return name.equals("Vitali Klitschko");
            }

            @Override
            public boolean isRole(String word) {
                return Set.of("governor", "minister", "mayor", "officials").contains(word);
            }
        });
        List<Turn> turns = List.of(
                new Turn("Who is the mayor of Kyiv?", "Who is the mayor of Kyiv?",
                        new Answer.Given("Vitali Klitschko", AnswerType.PERSON), Story.NONE),
                new Turn("and the governor of kharkiv?", "What did the governor of Kharkiv say?",
                        Answer.Given.NOTHING, Story.NONE));
        assertEquals("What did the governor of Kharkiv say?", roles.read("What did he say?", turns).question());
        List<Turn> minister = List.of(new Turn("What did the transport minister promise?",
                "What did the transport minister promise?", Answer.Given.NOTHING, Story.NONE));
        assertEquals("When did the transport minister visit?", roles.read("When did she visit?", minister).question());
        List<Turn> officials = List.of(turns.get(0), new Turn("What did the officials say?",
                "What did the officials say?", Answer.Given.NOTHING, Story.NONE));
        assertEquals("What did Vitali Klitschko say?", roles.read("What did he say?", officials).question(),
                "\"he\" is no plural: the person before stands");
        List<Turn> investigator = List.of(new Turn("Who is the chief investigator?", "Who is the chief investigator?",
                new Answer.Given("Ruth Abelard", AnswerType.PERSON), Story.NONE));
        assertEquals("When does Ruth Abelard expect findings?",
                roles.read("When does she expect findings?", investigator).question(), "the answer's name first");
    }

    @Test
    void aPhraseOpenedByAPrepositionTakesNoThingsPlace() {
        FollowUpReader alike = new FollowUpReader(senses((question, story) -> false, (a, b) -> 0.3, Set.of()));
        String cost = "How much does it cost? (after: What is new with the iPod)";
        String uk = alike.read("and in the uk?", List.of(new Turn("how much does it cost", cost,
                Answer.Given.NOTHING, Story.NONE))).question();
        assertTrue(uk.startsWith("in the uk? (after: How much does it cost"), uk);
    }

    @Test
    void aThingWithAPlaceOfItsOwnBringsItAndTheQuestionsPlaceGoes() {
        assertEquals("Who is the mayor of Odesa?", readAfter(LIKENESS, "And the mayor of Odesa?",
                "Who is the governor of Kharkiv?"));
        assertEquals("How many people were injured in Kyiv?", LIKENESS.read("What about the injured in Kyiv?",
                KILLED).question());
    }

    /** A reader that finds names of one kind alike ("google/yahoo", "klitschko/zelensky") and "film/actress". */
    private static final FollowUpReader NAMES = new FollowUpReader(senses((question, story) -> false,
            (a, b) -> Set.of("yahoo/google", "zelensky/klitschko", "actress/film").contains(a + "/" + b) ? 0.2 : -0.1,
            Set.of()));

    @Test
    void aNameTakesThePlaceOfANameLikeItWithTheRestOfThatName() {
        assertEquals("How much did Yahoo earn last year?", readAfter(NAMES, "And Yahoo?",
                "How much did Google earn last year?"));
        assertEquals("What did Zelensky say?", readAfter(NAMES, "What about Zelensky?",
                "What did Vitali Klitschko say?"));
        assertEquals("What are Yahoo's profits?", readAfter(NAMES, "And Yahoo?",
                "What are Google's profits?"), "a possessive stays one");
        assertEquals("Who is the mayor of Lviv?", readAfter(NAMES, "What about Lviv?",
                "Who is the mayor of Kyiv?"), "a name like none takes the place");
        assertEquals("Lviv? (after: How many were killed)", readAfter(NAMES, "And Lviv?",
                "How many were killed?"), "a name is no count");
    }

    @Test
    void aThingTakesThePlaceOfItsLikeWithTheWordsItRepeats() {
        assertEquals("Who won best actress at the Oscars?", readAfter(NAMES, "And best actress?",
                "Who won best film at the Oscars?"));
    }

    @Test
    void aThingLikeNoWordOfAQuestionAboutWhatItsSubjectDidIsItsSubject() {
        assertEquals("What did the fire commander say?", readAfter(LIKENESS, "And the fire commander?",
                "What did their spokesperson say?"));
        assertEquals("What did Klitschko say?", readAfter(NAMES, "And Klitschko?",
                "What did the regional governor say?"));
        assertEquals("What did the mayor say?", readAfter(LIKENESS, "And the mayor?",
                "What did the governor say?"), "a like word first");
        // A fresh user's "and the mayor?" after "what did the police chief say?" had been read "…the police mayor…".
        assertEquals("What did the mayor say?", readAfter(LIKENESS, "And the mayor?",
                "What did the regional governor say?"), "the word describing the word replaced goes with it");
    }

    @Test
    void aThingLikeNoWordFillsTheCountAQuestionLeftOut() {
        assertEquals("How many drones were shot down?", readAfter(LIKENESS, "And drones?",
                "How many were shot down?"));
        assertEquals("How many people were injured in the Lviv region?",
                LIKENESS.read("What about the injured?", after("How many people were killed in the Lviv region?"))
                        .question(), "a like word first");
        assertEquals("How many were injured?", readAfter(LIKENESS, "What about the injured?",
                "How many were killed?"), "a like word first, though the count is left out");
    }

    @Test
    void aPhrasalVerbsParticleNamesNothing() {
        assertEquals("How many were shot down? (after: How many missiles were fired)",
                readAfter(reader, "How many were shot down?", "How many missiles were fired?"));
    }

    @Test
    void aThingAfterWhatAboutLooksBackPastAQuestionWithoutItsLike() {
        List<Turn> why = List.of(KILLED.get(0), new Turn("Why?",
                "Why? (after: Who said that; How many people were killed in the Lviv region)", Answer.Given.NOTHING,
                LVIV));
        assertEquals("How many people were injured in the Lviv region?",
                LIKENESS.read("What about the injured?", why).question());
    }

    @Test
    void aThingAfterWhatAboutTakesThePlaceOfTheLastQuestionsSubjectPronoun() {
        assertEquals("How many did the band from Scotland win?", readAfter(LIKENESS, "And the band from Scotland?",
                "How many did they win?"));
    }

    @Test
    void aThingLikeNoWordOfTheLastQuestionIsReadWithIt() {
        assertEquals("the weather? (after: How many people were killed in the Lviv region)",
                LIKENESS.read("What about the weather?", KILLED).question());
        assertEquals("the injured? (after: How many people were killed in the Lviv region)",
                reader.read("What about the injured?", KILLED).question(), "grammar alone cannot tell its like");
        FollowUpReader likesAll = new FollowUpReader(senses((question, story) -> false, (a, b) -> 1, Set.of()));
        assertEquals("Who is the weather of Kharkiv?", readAfter(likesAll, "What about the weather?",
                "Who is the governor of Kharkiv?"),
                "never a question word, a grammatical word or the place");
    }

    @Test
    void aContinuationWithoutAWordIsReadWithTheQuestionItContinues() {
        FollowUpReader likesAll = new FollowUpReader(senses((question, story) -> false, (a, b) -> {
            if (a.isBlank() || b.isBlank()) {
                throw new AssertionError("nothing to compare");
            }
            return 1;
        }, Set.of()));
        assertEquals("? (after: How many people were killed in the Lviv region)",
                likesAll.read("And ?", KILLED).question());
        assertEquals("the the? (after: How many people were killed in the Lviv region)",
                likesAll.read("What about the the?", KILLED).question(), "grammar alone names nothing");
        assertEquals("'? (after: How many people were killed in the Lviv region)",
                likesAll.read("And '?", KILLED).question(), "nor does punctuation");
        assertTrue(likesAll.read("What about ...?", KILLED).followUp());
        List<Turn> blank = List.of(KILLED.get(0), new Turn("And ?", likesAll.read("And ?", KILLED).question(),
                Answer.Given.NOTHING, LVIV));
        assertEquals("Who said that? (after: How many people were killed in the Lviv region)",
                likesAll.read("Who said that?", blank).question(), "it carries nothing of its own");
        assertEquals("How many people were killed in Kyiv?", likesAll.read("And in Kyiv?", blank).question());
    }

    @Test
    void aPlaceAloneTakesThePlaceOfTheLastQuestions() {
        FollowUpReader.Reading r = reader.read("And in Kharkiv?", KILLED);
        assertTrue(r.followUp());
        assertEquals("How many people were killed in Kharkiv?", r.question());
    }

    @Test
    void aPlaceAloneIsAddedToAChainThatNamesNone() {
        assertEquals("How many people were killed in Lviv?",
                readAfter(reader, "And in Lviv?", "How many people were killed?"));
        List<Turn> said = List.of(new Turn("Who said that?", "Who said that? (after: How many people were killed)",
                Answer.Given.NOTHING, Story.NONE));
        assertEquals("How many people were killed in Lviv?", reader.read("And in Lviv?", said).question(),
                "the question the chain is about, not the one about its answer");
        List<Turn> fragment = List.of(new Turn("And the weather?", "the weather? (after: Who fired the missiles)",
                Answer.Given.NOTHING, Story.NONE));
        assertEquals("Who fired the missiles in Lviv?", reader.read("And in Lviv?", fragment).question(),
                "a fragment is no question to add a place to");
        List<Turn> hurt = List.of(new Turn("How many were hurt?", "How many were hurt? (after: Who gave that account)",
                Answer.Given.NOTHING, Story.NONE));
        assertEquals("How many were hurt in Lviv?", reader.read("And in Lviv?", hurt).question(),
                "a question of its own that points nowhere takes the place, not the one it was read after");
        List<Turn> hurtAfterKharkiv = List.of(new Turn("How many were hurt?",
                "How many were hurt? (after: Who gave that account; How many were killed in Kharkiv)",
                Answer.Given.NOTHING, Story.NONE));
        assertEquals("How many were hurt in Lviv?", reader.read("And in Lviv?", hurtAfterKharkiv).question(),
                "the latest question of its own, not an earlier one that named a place");
    }

    @Test
    void aNameAfterAndOrWhatAboutTakesThePlaceBehindTheLastQuestionsOwnPreposition() {
        List<Turn> mayor = List.of(new Turn("Who is the mayor of Kyiv?", "Who is the mayor of Kyiv?",
                Answer.Given.NOTHING, Story.NONE));
        assertEquals("Who is the mayor of Lviv?", reader.read("What about Lviv?", mayor).question());
        assertEquals("How many people were killed in Dnipro?", reader.read("And Dnipro?", KILLED).question());
        assertEquals("How many people were killed in the Kharkiv region?",
                reader.read("How about the Kharkiv region?", KILLED).question());
        assertEquals("Who is the mayor in Odesa?", reader.read("And in Odesa?", mayor).question());
        List<Turn> afterFragment = List.of(new Turn("And in the west?",
                "in the west? (after: How many people were killed in the Dnipro region)", Answer.Given.NOTHING,
                Story.NONE));
        assertEquals("How many people were killed in Kharkiv?",
                reader.read("What about Kharkiv?", afterFragment).question(), "the question a fragment continued");
        assertEquals("How many people were killed in Kharkiv?",
                reader.read("And in Kharkiv?", afterFragment).question());
    }

    @Test
    void aMessageInAnotherScriptContinuesNoEnglishQuestion() {
        FollowUpReader.Reading hebrew = reader.read("מה קרה?", KILLED);
        assertFalse(hebrew.followUp(), hebrew.question());
        assertEquals("מה קרה?", hebrew.question());
        assertTrue(reader.read("2022?", KILLED).followUp(), "a year alone has no letters and continues");
    }

    @Test
    void aDayCountedWhenNoQuestionNamedOneCountsFromTheDayOfTheReportTheAnswerQuoted() {
        // A fresh user's "and the day before?" after Thursday's count of the ill was read as "…ill now the day
        // before?", which no article answers.
        Composer dated = new Composer() {
            @Override
            public Answer answer(String question, Story story) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<java.time.DayOfWeek> reportDay(String source) {
                return source.equals("courier.txt") ? Optional.of(java.time.DayOfWeek.THURSDAY) : Optional.empty();
            }
        };
        List<Turn> ill = List.of(new Turn("how many people are ill now?", "How many people are ill now?",
                new Answer.Given("31", AnswerType.QUANTITY), new Story(Set.of("courier.txt")),
                List.of(new Citation(1, "courier.txt", "Houmous recall",
                        "The number of people made ill has risen to 31."))));
        assertEquals("How many people are ill on Wednesday?",
                new FollowUpReader(dated).read("and the day before?", ill).question());
        assertEquals("How many people are ill the day before?", reader.read("and the day before?", ill).question(),
                "no day known to count from; \"now\" is a time the new one takes the place of");
    }

    @Test
    void howManyOfThoseCountsWhatTheLastAnswerCountedWhenItsQuestionNamedNothing() {
        List<Turn> kept = List.of(new Turn("What keeps it going meanwhile?", "What keeps it going meanwhile?",
                Answer.Given.NOTHING, Story.NONE, List.of(
                        new Citation(1, "a.txt", "Plant", "It was the sixth blackout, forcing it to rely on 18 diesel "
                                + "generators that can run the station for 10 days, Energoatom said."),
                        new Citation(2, "b.txt", "Plant", "The plant runs with the help of diesel generators."))));
        FollowUpReader.Reading generators = reader.read("How many of those does it have?", kept);
        assertTrue(generators.followUp());
        assertTrue(generators.question().startsWith("How many diesel generators does it have?"),
                generators.question());

        List<Turn> seen = List.of(new Turn("How many has it seen in total?", "How many has it seen in total?",
                new Answer.Given("43", AnswerType.QUANTITY), Story.NONE, List.of(new Citation(1, "a.txt", "Crash",
                        "More than 70 people were hurt. The hospital said it had treated 43 injured since Friday."))));
        FollowUpReader.Reading injured = reader.read("How many of those haven't gone home yet?", seen);
        assertTrue(injured.followUp(), "it still continues the question before");
        assertTrue(injured.question().startsWith("How many injured haven't gone home yet?"), injured.question());

        List<Turn> named = List.of(new Turn("How many patients has it seen?", "How many patients has it seen?",
                new Answer.Given("43", AnswerType.QUANTITY), Story.NONE, List.of(new Citation(1, "a.txt", "Crash",
                        "It had treated 43 injured since Friday."))));
        assertTrue(reader.read("How many of those went home?", named).question().startsWith(
                "How many of those went home?"), "the question before named what it counted, which it carries");
    }

    @Test
    void aTimeAloneTakesTheTimeOfTheLastQuestionsOrIsAddedToIt() {
        List<Turn> toll = List.of(new Turn("What was the death toll at 11.30 on Friday morning?",
                "What was the death toll at 11.30 on Friday morning?", Answer.Given.NOTHING, Story.NONE));
        FollowUpReader.Reading evening = reader.read("And by the evening?", toll);
        assertTrue(evening.followUp());
        assertEquals("What was the death toll by the evening?", evening.question());
        List<Turn> told = List.of(new Turn(toll.get(0).typed(), toll.get(0).question(), Answer.Given.NOTHING,
                new Story(java.util.Set.of("301_capital_morning_wire.txt"))));
        assertEquals(Story.NONE, reader.read("And by the evening?", told).story(),
                "another time is asked of every report, not of the one that told the morning's toll");
        List<Turn> then = List.of(toll.get(0), new Turn("And by the evening?", evening.question(),
                Answer.Given.NOTHING, Story.NONE));
        // A day counted from the one asked about is named, as reports name it.
        FollowUpReader.Reading next = reader.read("And the next day?", then);
        assertEquals("What was the death toll on Saturday?", next.question());
        List<Turn> saturday = List.of(then.get(0), then.get(1), new Turn("And the next day?", next.question(),
                Answer.Given.NOTHING, Story.NONE));
        assertEquals("What was the death toll on Sunday?", reader.read("a day later still?", saturday).question());
        assertEquals("What was the death toll on Thursday?", reader.read("And the day before?", then).question());
        List<Turn> undated = List.of(new Turn("What was the death toll?", "What was the death toll?",
                Answer.Given.NOTHING, Story.NONE));
        assertEquals("What was the death toll the next day?", reader.read("And the next day?", undated).question(),
                "no day named before, so none to count from");
        assertEquals("How many people were killed in the Lviv region on Friday?",
                reader.read("And on Friday?", KILLED).question(), "a day is a time, not a place");
        List<Turn> placed = List.of(new Turn("How many were killed on Friday in the Lviv region?",
                "How many were killed on Friday in the Lviv region?", Answer.Given.NOTHING, Story.NONE));
        assertEquals("How many were killed in 2004 in the Lviv region?",
                reader.read("And in 2004?", placed).question(), "the time phrase ends at its time");
        List<Turn> carried = List.of(new Turn("Who said that?",
                "Who said that? (after: How many people were killed in the Lviv region)", Answer.Given.NOTHING,
                Story.NONE));
        assertEquals("Who said that on Saturday? (after: How many people were killed in the Lviv region)",
                reader.read("And on Saturday?", carried).question(), "the questions a reading carries stay whole");
        List<Turn> carriedTime = List.of(new Turn("Who said that?",
                "Who said that? (after: How many people were killed on Friday)", Answer.Given.NOTHING, Story.NONE));
        assertEquals("Who said that? (after: How many people were killed on Saturday)",
                reader.read("And on Saturday?", carriedTime).question());
    }

    @Test
    void aSpanOfTimeCountedByItsOrdinalIsATime() {
        List<Turn> grew = List.of(new Turn("How fast did the US economy grow in the third quarter?",
                "How fast did the US economy grow in the third quarter?", Answer.Given.NOTHING, Story.NONE));
        assertEquals("How fast did the US economy grow the quarter before that?",
                reader.read("And the quarter before that?", grew).question());
        assertEquals("How fast did the US economy grow in the last decade?",
                reader.read("and in the last decade?", grew).question());
    }

    @Test
    void aCapitalisedWordAloneIsNotTakenForAPlace() {
        assertEquals("Thanks? (after: How many people were killed in the Lviv region)",
                reader.read("Thanks?", KILLED).question());
        List<Turn> noPlace = List.of(new Turn("Who fired the missiles?", "Who fired the missiles?",
                Answer.Given.NOTHING, Story.NONE));
        assertEquals("Lviv? (after: Who fired the missiles)", reader.read("And Lviv?", noPlace).question());
    }

    @Test
    void aQuestionThatPointsBackIsReadWithTheOneItContinues() {
        FollowUpReader.Reading r = reader.read("Who said that?", KILLED);
        assertTrue(r.followUp());
        assertEquals("Who said that? (after: How many people were killed in the Lviv region)", r.question());
        FollowUpReader.Reading shortOne = reader.read("What about the injured?", KILLED);
        assertEquals("the injured? (after: How many people were killed in the Lviv region)", shortOne.question());
    }

    @Test
    void askingWhatANameIsIsACompleteQuestion() {
        for (String q : new String[] {"What is a Kinzhal?", "Who is Klitschko?", "who is Vitali Klitschko?"}) {
            FollowUpReader.Reading r = reader.read(q, KILLED);
            assertFalse(r.followUp(), q + " read as " + r.question());
        }
        assertTrue(reader.read("And Klitschko?", KILLED).followUp(), "a name after \"and\" still continues");
    }

    @Test
    void oneAfterWhichStandsForTheThingTheLastQuestionAskedAbout() {
        List<Turn> plant = after("What's going on with the nuclear plant?");
        FollowUpReader.Reading r = reader.read("Which one?", plant);
        assertTrue(r.followUp());
        assertEquals("Which nuclear plant?", r.question());
        List<Turn> missiles = after("How many missiles did Russia launch?");
        assertEquals("which missiles were shot down?", reader.read("which ones were shot down?", missiles).question());
        assertFalse(reader.read("Which one of them was hit?", missiles).question().startsWith("Which missiles"),
                "\"one of them\" is no thing");
    }

    @Test
    void aChainOfFollowUpsKeepsTheQuestionTheyAllContinue() {
        List<Turn> two = List.of(KILLED.get(0), new Turn("Who said that?",
                "Who said that? (after: How many people were killed in the Lviv region)", Answer.Given.NOTHING,
                Story.NONE));
        assertEquals("Why? (after: Who said that; How many people were killed in the Lviv region)",
                reader.read("Why?", two).question());
    }

    private static final Turn GOVERNOR = new Turn("Who is the governor of Kharkiv?", "Who is the governor of Kharkiv?",
            new Answer.Given("Oleh Synehubov", AnswerType.PERSON), KHARKIV);

    @Test
    void aPersonalPronounStandsForThePersonTheLastAnswerNamed() {
        assertEquals("How many hits did Oleh Synehubov count?",
                reader.read("How many hits did he count?", List.of(GOVERNOR)).question());
        assertEquals("What did Oleh Synehubov's office say?",
                reader.read("What did his office say?", List.of(GOVERNOR)).question());
        Turn minister = new Turn("Who is the transport minister?", "Who is the transport minister?",
                new Answer.Given("Anna Berg", AnswerType.PERSON), Story.NONE);
        assertEquals("Who spoke to Anna Berg?", reader.read("Who spoke to her?", List.of(minister)).question());
        assertEquals("When did Anna Berg's visit end?",
                reader.read("When did her visit end?", List.of(minister)).question());
    }

    @Test
    void aQuestionAfterAndReadsAsAQuestionOfItsOwn() {
        assertEquals("When did it begin? (after: How many people were killed in the Lviv region)",
                reader.read("And when did it begin?", KILLED).question());
    }

    @Test
    void aQuestionWordAfterAPrepositionAsksAboutTheQuestionBefore() {
        FollowUpReader.Reading much = reader.read("for how much", KILLED);
        assertTrue(much.followUp(), "typed without its question mark, still a question");
        assertEquals("for how much? (after: How many people were killed in the Lviv region)", much.question());
    }

    @Test
    void aFollowUpWithEveryPointerResolvedIsAskedOnItsOwn() {
        // The earlier questions' words would find sentences about what the governor did, not about him.
        FollowUpReader.Reading old = reader.read("How old is he?", List.of(GOVERNOR));
        assertEquals("How old is Oleh Synehubov?", old.question());
        assertTrue(old.followUp(), "read otherwise than typed, so the reply says how");
        assertEquals("When did Oleh Synehubov say that? (after: Who is the governor of Kharkiv)",
                reader.read("When did he say that?", List.of(GOVERNOR)).question(), "\"that\" still points back");
    }

    @Test
    void aCorrectionIsReadAsWhatItCorrectsTo() {
        assertEquals("what did the union say about the package?",
                FollowUpReader.corrected("no, I meant the union. what did the union say about the package?"));
        assertEquals("what about the union", FollowUpReader.corrected("No, I meant the union"));
        assertEquals("how many were hurt?", FollowUpReader.corrected("sorry i meant to ask how many were hurt?"));
        assertEquals("I meant", FollowUpReader.corrected("I meant"), "nothing after it: read as typed");
        assertEquals("What does the mayor mean?", FollowUpReader.corrected("What does the mayor mean?"));
        assertEquals("What did the union say?",
                reader.read("no, I meant the union", List.of(new Turn("What did the minister say?",
                        "What did the minister say?", Answer.Given.NOTHING, Story.NONE))).question());
    }

    @Test
    void aPronounAfterANameSetBeforeTheQuestionIsThatName() {
        // The conversation is about the governor; "he" here is the one the message names first, and the question,
        // naming someone of its own, sets aside the names of the one it continues, as "And what did Klitschko say?"
        // does.
        assertEquals("What did Klitschko say? (after: Who is the governor of …)",
                reader.read("what about Klitschko, what did he say?", List.of(GOVERNOR)).question());
    }

    @Test
    void aPronounLooksBackToTheLatestAnswerThatNamedAPersonAndNoFurther() {
        Turn hits = new Turn("How many hits did he count?",
                "How many hits did Oleh Synehubov count? (after: Who is the governor of Kharkiv)",
                new Answer.Given("15", AnswerType.QUANTITY), KHARKIV);
        assertTrue(reader.read("When did he say so?", List.of(GOVERNOR, hits)).question()
                .startsWith("When did Oleh Synehubov say so?"));
        assertEquals("Who runs it? (after: How many people were killed in the Lviv region)",
                reader.read("Who runs it?", KILLED).question(), "a thing's pronoun is left as typed");
        assertEquals("What did he say? (after: How many people were killed in the Lviv region)",
                reader.read("What did he say?", KILLED).question(), "no answer named a person");
    }

    @Test
    void aPronounStandsForAPersonTheLatestQuestionNamedWhenItsAnswerNamedNone() {
        FollowUpReader people = new FollowUpReader(senses((question, story) -> false, (a, b) -> 0,
                Set.of("Zelensky")));
        Turn regions = after("How many regions did Zelensky say were hit overnight?").get(0);
        assertEquals("When did Zelensky say it? (after: How many regions did Zelensky say were hit overnight)",
                people.read("When did he say it?", List.of(regions)).question());
        assertTrue(people.read("When did he say it?", List.of(regions, GOVERNOR)).question()
                .startsWith("When did Oleh Synehubov say it?"), "the latest turn's person");
        assertTrue(people.read("When did he say it?", List.of(GOVERNOR, regions)).question()
                .startsWith("When did Zelensky say it?"), "the latest turn's person");
        assertTrue(people.read("When did he say it?", after("How many regions did Kyiv say were hit overnight?"))
                .question().startsWith("When did he say it? "), "a name the folder does not write as a person's");
    }

    @Test
    void aPersonTheQuestionNamesOutranksAnAnswersNameNotKnownAsAPersons() {
        FollowUpReader people = new FollowUpReader(senses((question, story) -> false, (a, b) -> 0,
                Set.of("Michael Howard", "Oleh Synehubov")));
        Turn who = new Turn("Who is Michael Howard?", "Who is Michael Howard?",
                new Answer.Given("Tory", AnswerType.PERSON), Story.NONE);
        assertTrue(people.read("What did he promise?", List.of(who)).question()
                .startsWith("What did Michael Howard promise?"), "\"Tory\" is no person the folder knows");
        Turn governor = new Turn("Who is the governor of Kharkiv?", "Who is the governor of Kharkiv?",
                new Answer.Given("Oleh Synehubov", AnswerType.PERSON), KHARKIV);
        assertTrue(people.read("What did he say?", List.of(governor)).question()
                .startsWith("What did Oleh Synehubov say?"), "the question names no person");
    }

    @Test
    void aConversationsStoryIsTheOneTheLatestAnswerToCiteAnythingTold() {
        assertEquals(LVIV, reader.read("Who said that?", KILLED).story());
        Turn notFound = new Turn("Who said that?", "Who said that? (after: …)", Answer.Given.NOTHING, Story.NONE);
        assertEquals(LVIV, reader.read("Why?", List.of(KILLED.get(0), notFound)).story(),
                "an answer that cited nothing does not end the story");
        assertEquals(LVIV, reader.read("How many missiles did Russia fire?", KILLED).story(),
                "a complete question is read as typed, but in the conversation's story");
        assertEquals(Story.NONE, reader.read("Who said that?", List.of()).story(), "no conversation, no story");
    }

    @Test
    void aMessageThatNamesNothingButPointsBackSaysWithWhichWord() {
        assertEquals(java.util.Optional.of("it"), FollowUpReader.pointer("where did it happen"));
        assertEquals(java.util.Optional.of("he"), FollowUpReader.pointer("How old is he?"));
        assertEquals(java.util.Optional.of("that"), FollowUpReader.pointer("Who said that?"));
        for (String named : new String[] {"How long will it take to restore power in Kyiv?",
            "Which plant lost its power?", "Who is the mayor of Kyiv?", "That is all?"}) {
            assertEquals(java.util.Optional.empty(), FollowUpReader.pointer(named), named);
        }
    }
}
