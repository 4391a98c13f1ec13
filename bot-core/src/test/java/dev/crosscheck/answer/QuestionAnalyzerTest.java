package dev.crosscheck.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.TestCores;
import dev.crosscheck.lexicon.RelatedWords;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionAnalyzerTest {
    /** The answer type as the analyzer reads a question or a follow-up's reading: written out, by its own words. */
    private static AnswerType typeAsRead(String question) {
        return QuestionAnalyzer.type(QuestionAnalyzer.typedBy(QuestionAnalyzer.uncontracted(question)));
    }

    @Test
    void theMarkerOfAReadingsCarriedQuestionsIsNoTopicWord() {
        QuestionAnalyzer analyzer = new QuestionAnalyzer(TestCores.seeds().retriever());
        List<String> words = analyzer.analyze("How many were hurt? (after: How many missiles were fired)").terms()
                .stream().map(QuestionAnalysis.Term::word).toList();
        assertTrue(words.contains("missiles"), words.toString());
        assertFalse(words.contains("after"), "\"after\" opens what the reading carries: " + words);
    }

    @Test
    void aWordForAKindAsksForAKindOfTheNounAfterIt() {
        // A fresh user's runway accident: "What type of aircraft was involved?" asked for a type, which WordNet files
        // under cognition, so no name could answer it.
        RelatedWords wordNet = RelatedWords.wordNet();
        assertEquals(java.util.Optional.of("aircraft"),
                QuestionAnalyzer.askedNoun("What type of aircraft was involved?", wordNet));
        assertEquals(AnswerType.ENTITY, QuestionAnalyzer.type("What type of aircraft was involved?", wordNet));
        assertEquals(java.util.Optional.of("weapons"),
                QuestionAnalyzer.askedNoun("which kind of weapons were used?", wordNet));
        assertEquals(java.util.Optional.of("part"),
                QuestionAnalyzer.askedNoun("which part of the city was hit?", wordNet), "a part is no kind");
    }

    @Test
    void aTrailingNowIsNoNounTheQuestionAsksFor() {
        // A fresh election story's "what's Hartwell's lead now?" was typed as asking for a time, "now" its noun.
        RelatedWords wordNet = RelatedWords.wordNet();
        assertEquals(java.util.Optional.of("lead"),
                QuestionAnalyzer.askedNoun("what is Hartwell's lead now?", wordNet));
        assertNotEquals(AnswerType.TIME, QuestionAnalyzer.type("what is Hartwell's lead now?", wordNet));
        assertEquals(AnswerType.PLACE, QuestionAnalyzer.type("which home was hit?", wordNet),
                "a noun used more as a noun than as an adverb stays one");
    }

    @Test
    void soFarAsksUpToNowNotADistance() {
        QuestionAnalyzer analyzer = new QuestionAnalyzer(TestCores.seeds().retriever());
        List<String> words = analyzer.analyze("How many missiles have been fired so far?").terms().stream()
                .map(QuestionAnalysis.Term::word).toList();
        assertTrue(words.contains("missiles") && !words.contains("far"), words.toString());
        assertTrue(analyzer.analyze("How far is Lviv from the front line?").terms().stream()
                .anyMatch(t -> t.word().equals("far")), "how far asks a distance");
    }

    @Test
    void nowAsksTheLatestNotForTheWord() {
        // A fresh user's "how many people are ill now?" was answered with the hospital count's "have now needed".
        QuestionAnalyzer analyzer = new QuestionAnalyzer(TestCores.seeds().retriever());
        for (String q : List.of("How many people are ill now?", "How many people are currently ill?",
                "How many people are ill, by the latest count?")) {
            List<String> words = analyzer.analyze(q).terms().stream().map(QuestionAnalysis.Term::word).toList();
            assertTrue(words.contains("ill") && !words.contains("now") && !words.contains("currently")
                    && !words.contains("latest"), words.toString());
        }
    }

    @Test
    void aTollWithAWordBeforeItIsStillAFigure() {
        // A fresh user's "What is the latest death toll?" was typed as asking for a thing, and came back not found.
        assertEquals(AnswerType.QUANTITY, QuestionAnalyzer.type("What is the latest death toll?"));
        assertEquals(AnswerType.QUANTITY, QuestionAnalyzer.type("What was the final total?"));
    }

    @Test
    void whatIsSomethingLikeAsksAboutItNotAboutLiking() {
        // A fresh user's "what was turnout like?" came back not found beside "Turnout was 34.2 per cent.": the
        // closing "like" was a topic word no answer had.
        QuestionAnalyzer analyzer = new QuestionAnalyzer(TestCores.seeds().retriever());
        List<String> words = analyzer.analyze("What was the damage like in Lviv?").terms().stream()
                .map(QuestionAnalysis.Term::word).toList();
        assertTrue(words.contains("damage") && words.contains("Lviv") && !words.contains("like"), words.toString());
        assertTrue(analyzer.analyze("What did residents like about the plan?").terms().stream()
                .anyMatch(t -> t.word().equals("like")), "a verb \"like\" is the question's own word");
    }

    @Test
    void aRelativePronounEndsTheNounPhraseAWhichQuestionAsksFor() {
        RelatedWords wordNet = RelatedWords.wordNet();
        assertEquals(java.util.Optional.of("mp"),
                QuestionAnalyzer.askedNoun("which tory mp who raised the budget leak", wordNet),
                "WordNet has a WHO, the health organisation; here it begins a clause");
    }

    @Test
    void whatSomeoneDidSomethingByAsksAFigure() {
        assertEquals(AnswerType.QUANTITY, QuestionAnalyzer.type("what did chelsea beat fulham by"));
        assertEquals(AnswerType.QUANTITY, QuestionAnalyzer.type("What did shares fall by?"));
        assertNotEquals(AnswerType.QUANTITY, QuestionAnalyzer.type("What was the attack carried out by?"),
                "a passive's \"by\" asks who did it");
    }

    @Test
    void aPrepositionBeforeWhichOrWhatLeavesTheNounItAsksFor() {
        RelatedWords wordNet = RelatedWords.wordNet();
        assertEquals(AnswerType.ENTITY, QuestionAnalyzer.type("On what console does Battlefront look worse?", wordNet));
        assertEquals(AnswerType.ENTITY, QuestionAnalyzer.type("From which company did they buy it?", wordNet));
    }

    @Test
    void aPhraseBeforeTheQuestionWordLeavesItsType() {
        assertEquals(AnswerType.TIME,
                typeAsRead("in that preview of games coming in 2005, when's world of warcraft supposed to come out?"));
        assertEquals(AnswerType.PERSON, typeAsRead("According to the report, who is to blame?"));
        assertNotEquals(AnswerType.PERSON, typeAsRead("In Kyiv, what did Klitschko, who is the mayor, say?"),
                "a clause inside the question is no phrase before it");
    }

    @Test
    void theWhWordDecidesTheAnswerType() {
        assertEquals(AnswerType.QUANTITY, QuestionAnalyzer.type("How many missiles were fired?"));
        assertEquals(AnswerType.QUANTITY, QuestionAnalyzer.type("What share of Kyiv was left without heating?"));
        assertEquals(AnswerType.QUANTITY, QuestionAnalyzer.type("How long did the alarm last?"));
        assertEquals(AnswerType.PERSON, QuestionAnalyzer.type("Who is the mayor of Kyiv?"));
        assertEquals(AnswerType.TIME, QuestionAnalyzer.type("When was the last barrage?"));
        assertEquals(AnswerType.PLACE, QuestionAnalyzer.type("Where did four people die?"));
        assertEquals(AnswerType.PLACE, QuestionAnalyzer.type("Which city was hit hardest?"));
        assertEquals(AnswerType.ENTITY, QuestionAnalyzer.type("Which company reported damage?"));
        assertEquals(AnswerType.DESCRIPTION, QuestionAnalyzer.type("What did the White House say?"));
    }

    @Test
    void aFollowUpWithAQuestionWordOfItsOwnAsksWhatThatWordAsks() {
        String when = "When did he say it? " + QuestionAnalysis.CONTEXT + "How many regions were hit overnight)";
        assertEquals(AnswerType.TIME, typeAsRead(when));
        String injured = "the injured? " + QuestionAnalysis.CONTEXT + "How many people were killed in Lviv)";
        assertEquals(AnswerType.QUANTITY, typeAsRead(injured),
                "a fragment carries the type of the question it continues");
        assertEquals(AnswerType.PERSON, typeAsRead("Who is the mayor of Kyiv?"));
        // It had carried "how much" and answered with the ransom's amount, in a fresh user's conversation.
        assertEquals(AnswerType.DESCRIPTION, typeAsRead("Will they pay it? " + QuestionAnalysis.CONTEXT
                + "How much ransom did the hackers demand)"), "a yes-or-no question asks its own");
    }

    @Test
    void aWordWithACapitalInsideIsANameAsOneOpenedByACapitalIs() {
        for (String name : new String[] {"iPod", "eBay", "Kyiv"}) {
            assertTrue(QuestionAnalyzer.isName(name), name);
        }
        assertFalse(QuestionAnalyzer.isName("ipod"));
        assertFalse(QuestionAnalyzer.isName("Who"), "grammar, capitalised to open the question");
    }

    @Test
    void aMeasureAskedByItsNounAsksAFigure() {
        RelatedWords wordNet = RelatedWords.wordNet();
        // WordNet files speed first under time and distance under attributes: the question asks a figure all the same.
        assertEquals(AnswerType.QUANTITY, QuestionAnalyzer.type("what speeds do people get in France?", wordNet));
        assertEquals(AnswerType.QUANTITY, QuestionAnalyzer.type("What distance did the train cover?", wordNet));
    }

    @Test
    void aMagnitudeAskedByItsNounAsksAFigure() {
        RelatedWords wordNet = RelatedWords.wordNet();
        assertEquals(AnswerType.QUANTITY, QuestionAnalyzer.type(QuestionAnalyzer.uncontracted(
                "what's the size of the budget gap"), wordNet));
        assertEquals(AnswerType.QUANTITY, QuestionAnalyzer.type("What is the length of the new bridge?", wordNet));
        assertEquals(AnswerType.QUANTITY, QuestionAnalyzer.type("What was the government's majority?", wordNet));
        assertEquals(AnswerType.DESCRIPTION, QuestionAnalyzer.type("What is the status of the talks?", wordNet),
                "a state is no magnitude");
        assertEquals(AnswerType.QUANTITY, QuestionAnalyzer.type("What inflation rate is the bank forecasting?",
                wordNet), "a rate is a relation between magnitudes, though WordNet files it under time");
    }

    @Test
    void aWordThatMayBeANounOrAVerbIsTheNounWhenAnAuxiliaryFollowsIt() {
        RelatedWords wordNet = RelatedWords.wordNet();
        assertEquals(AnswerType.ENTITY, QuestionAnalyzer.type("Which security firm is Microsoft acquiring?", wordNet),
                "a firm, not security");
        assertEquals(AnswerType.ENTITY, QuestionAnalyzer.type("Which peer-to-peer network has been carrying adverts?",
                wordNet), "a network, not a peer");
        assertEquals(AnswerType.QUANTITY, QuestionAnalyzer.type("what shirt number will he wear", wordNet));
        assertEquals(AnswerType.QUANTITY, QuestionAnalyzer.type("What pay rise has the union asked for?", wordNet),
                "a sum before it stays what is asked");
        assertEquals(AnswerType.ENTITY, QuestionAnalyzer.type("Which French club made him an offer?", wordNet),
                "a verb with no auxiliary after it still ends the phrase");
    }

    @Test
    void aContractedQuestionWordIsReadAsWrittenOut() {
        assertEquals("What is the death toll?", QuestionAnalyzer.uncontracted("What's the death toll?"));
        assertEquals("who is the mayor of Kyiv", QuestionAnalyzer.uncontracted("who’s the mayor of Kyiv"));
        assertEquals(AnswerType.QUANTITY, typeAsRead("What's the death toll?"));
        assertEquals("Kyiv's mayor", QuestionAnalyzer.uncontracted("Kyiv's mayor"), "a name's 's is its own");
    }

    @Test
    void aTollAsksForAFigureWhateverTheTense() {
        for (String q : new String[] {"What is the death toll?", "What was the death toll on Saturday?",
                "What were the total losses?", "What will be the number of seats?"}) {
            assertEquals(AnswerType.QUANTITY, QuestionAnalyzer.type(q), q);
        }
    }

    @Test
    void whyAndWhatCausedAskForAReason() {
        assertEquals(AnswerType.REASON, QuestionAnalyzer.type("Why did the Bank of England raise rates?"));
        assertEquals(AnswerType.REASON, QuestionAnalyzer.type("What caused the derailment?"));
        assertEquals(AnswerType.REASON, QuestionAnalyzer.type("What was the reason for the delay?"));
    }

    @Test
    void whichNounQuestionsAreTypedByWhatKindOfThingTheNounIs() {
        RelatedWords wordNet = RelatedWords.wordNet();
        assertEquals(AnswerType.ENTITY, QuestionAnalyzer.type("Which film won the prize for best cast?", wordNet));
        assertEquals(AnswerType.ENTITY, QuestionAnalyzer.type("Which is Ireland's largest company?", wordNet));
        assertEquals(AnswerType.PERSON, QuestionAnalyzer.type("Which conductor led the orchestra?", wordNet));
        assertEquals(AnswerType.PLACE, QuestionAnalyzer.type("Which Birmingham suburb was flooded?", wordNet));
        assertEquals(AnswerType.DESCRIPTION, QuestionAnalyzer.type("What is the top priority according to Zelensky?",
                wordNet), "the head of the noun phrase is its last noun: a priority, not a top");
        assertEquals(AnswerType.ENTITY, QuestionAnalyzer.type("Which French club made him an offer?", wordNet),
                "a verb after the noun ends the phrase");
        assertEquals(AnswerType.ENTITY, QuestionAnalyzer.type("What is the third largest airport in the country?",
                wordNet), "ordinals and adjectives sit inside the phrase: an airport, not a third");
        assertEquals(AnswerType.DESCRIPTION, QuestionAnalyzer.type("What did Russia say about the strikes?",
                wordNet), "an action is asked about, whatever nouns follow");
        assertEquals(AnswerType.DESCRIPTION, QuestionAnalyzer.type("What is he earning a week?", wordNet),
                "a subject after the verb makes it ask about what the subject does, not for a week");
        assertEquals(AnswerType.ENTITY, QuestionAnalyzer.type("What is BT's 3D engine called?", wordNet),
                "a word of letters and digits sits inside the phrase too");
        assertEquals(AnswerType.DESCRIPTION, QuestionAnalyzer.type("Which film won?", RelatedWords.none()),
                "without WordNet the wording alone decides");
    }

    @Test
    void aQuestionForASumOfMoneyAsksForAFigure() {
        RelatedWords wordNet = RelatedWords.wordNet();
        assertEquals(AnswerType.QUANTITY, QuestionAnalyzer.type("What salary will he get?", wordNet));
        assertEquals(AnswerType.QUANTITY, QuestionAnalyzer.type("What fine did the club receive?", wordNet));
        assertEquals(AnswerType.DESCRIPTION, QuestionAnalyzer.type("What is the new discount scheme?", wordNet),
                "a discount is not, first of all, a charge");
        assertEquals(AnswerType.QUANTITY, QuestionAnalyzer.type("what's the recovery going to cost?", wordNet),
                "the verb of a sum closing the question asks for the sum");
        assertEquals(AnswerType.QUANTITY, QuestionAnalyzer.type("What will the council pay?", wordNet));
        assertEquals(AnswerType.DESCRIPTION, QuestionAnalyzer.type("What did the council say?", wordNet));
        assertEquals(AnswerType.TIME, QuestionAnalyzer.type("What is the deadline for Liverpool and Millwall to "
                + "answer the FA charges?", wordNet), "a closing noun asks for no sum");
    }

    @Test
    void theVerbClosingWhatIsXCalledAsksForANameAndIsNoTopicWord() {
        assertEquals("called", QuestionAnalyzer.namingWord("What is BT's 3D engine called?"));
        assertEquals("known", QuestionAnalyzer.namingWord("What are free-to-air encrypted broadcasts known as?"));
        assertEquals("called", QuestionAnalyzer.namingWord("what's the phone worm called that jumps between handsets"),
                "a clause after the name's verb says which thing is meant");
        assertEquals("mean", QuestionAnalyzer.namingWord("What does Kinzhal mean in Russian?"),
                "a gloss, \"(Russian for “dagger”)\", holds no \"mean\"");
        assertEquals("stand", QuestionAnalyzer.namingWord("What does CBD stand for?"));
        assertEquals("", QuestionAnalyzer.namingWord("Which senior EU politician called the government naive?"),
                "a calling that is the question's action is its topic");
        assertEquals("", QuestionAnalyzer.namingWord("Who called the meeting?"));
    }

    @Test
    void theFocusIsWhatTheQuestionAsksAbout() {
        assertEquals(Set.of("population"), QuestionAnalyzer.focusWords("What is the population of Bakhmut?"));
        assertEquals(Set.of("diesel", "generators"),
                QuestionAnalyzer.focusWords("How many diesel generators does the plant rely on?"));
        assertEquals(Set.of("mayor"), QuestionAnalyzer.focusWords("Who is the mayor of Kyiv?"));
        assertEquals(Set.of(), QuestionAnalyzer.focusWords("What did Rafael Grossi call for?"));
    }

    @Test
    void relatedWordsAreMatchedInTheirInflections() {
        assertTrue(QuestionAnalyzer.inflections("die").containsAll(java.util.List.of("died", "dies", "dying")));
        assertTrue(QuestionAnalyzer.inflections("evacuate").containsAll(java.util.List.of("evacuated", "evacuates")));
        assertTrue(QuestionAnalyzer.inflections("carry").contains("carried"));
        assertEquals(java.util.List.of("be"), QuestionAnalyzer.inflections("be"),
                "a word of two letters takes no regular ending: \"be\" made \"bed\", \"bee\" and \"bing\"");
    }
}
