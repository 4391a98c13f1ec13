package dev.crosscheck.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.lexicon.RelatedWords;
import dev.crosscheck.quantity.Quantity;
import dev.crosscheck.quantity.QuantityParser;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DimensionTest {
    /** The dimension of the figure written as {@code figure} in {@code sentence}. */
    private static Dimension of(String sentence, String figure) {
        return of(sentence, figure, RelatedWords.none());
    }

    private static Dimension of(String sentence, String figure, RelatedWords lexicon) {
        List<Quantity> all = QuantityParser.parse(sentence);
        Quantity q = all.stream().filter(x -> x.surface().endsWith(figure)).findFirst()
                .orElseThrow(() -> new AssertionError(figure + " not among " + all));
        return Dimension.of(sentence, q, lexicon);
    }

    @Test
    void howBigAGroupIsAsksHowManyAreInIt() {
        RelatedWords wordNet = RelatedWords.wordNet();
        assertTrue(Dimension.asked("how big was the crowd at Norman Cook's beach party?", wordNet).contains(Dimension.COUNT),
                "a crowd of 360,000");
        assertTrue(Dimension.asked("How large is the army?", wordNet).contains(Dimension.COUNT));
        assertFalse(Dimension.asked("How big is the house?", wordNet).contains(Dimension.COUNT),
                "a house's size is no count of it");
        assertFalse(Dimension.asked("How big was the deficit?", wordNet).contains(Dimension.COUNT));
    }

    @Test
    void howMuchSomethingWentForOrIsWorthAsksASum() {
        RelatedWords wordNet = RelatedWords.wordNet();
        // A fresh user's rocket launch: the satellite's weight, "the 1,200 kg weather satellite", had answered it.
        assertEquals(Set.of(Dimension.MONEY), Dimension.asked("how much was the satellite insured for", wordNet));
        assertEquals(Set.of(Dimension.MONEY), Dimension.asked("How much did they sell the club for?", wordNet));
        assertEquals(Set.of(Dimension.MONEY), Dimension.asked("How much is the cleaning contract worth?", wordNet));
        assertTrue(Dimension.asked("How much did the river rise?", wordNet).contains(Dimension.DISTANCE));
    }

    @Test
    void howLongSomethingGoesOnAsksADurationAndHowLongAThingIsALengthToo() {
        RelatedWords wordNet = RelatedWords.wordNet();
        // A fresh user's viaduct: "how long will the M47 be shut for" had been answered with a 12-mile queue.
        assertEquals(Set.of(Dimension.DURATION), Dimension.asked("how long will the M47 be shut for", wordNet));
        assertEquals(Set.of(Dimension.DURATION), Dimension.asked("How long did the outage last?", wordNet));
        assertEquals(Set.of(Dimension.DURATION), Dimension.asked("How long was the road closed?", wordNet));
        assertEquals(Set.of(Dimension.DURATION), Dimension.asked("How long is Kerrow banned for?", wordNet));
        assertEquals(Set.of(Dimension.DURATION, Dimension.DISTANCE),
                Dimension.asked("How long is the Veltmark Canal?", wordNet));
        assertEquals(Set.of(Dimension.DURATION, Dimension.DISTANCE), Dimension.asked("how long is the diversion", wordNet));
    }

    @Test
    void aPersonsAgeIsNoDurationWhileAThingsMayBe() {
        RelatedWords wordNet = RelatedWords.wordNet();
        assertEquals(Set.of(Dimension.AGE), Dimension.asked("How old is Priya Halloran?", wordNet),
                "not her sentence of four years, eight months");
        assertEquals(Set.of(Dimension.AGE), Dimension.asked("How old was the pilot?", wordNet));
        assertEquals(Set.of(Dimension.AGE), Dimension.asked("how old is the captain", wordNet),
                "a person many steps below \"person\" in WordNet");
        assertEquals(Set.of(Dimension.AGE), Dimension.asked("how old is he", wordNet));
        assertEquals(Set.of(Dimension.AGE, Dimension.DURATION), Dimension.asked("How old was the water main?", wordNet),
                "a main laid 120 years ago");
        assertEquals(Set.of(Dimension.AGE), Dimension.asked("How old is the man who was charged?", wordNet),
                "a relative clause is no part of the noun, and WHO is a noun to WordNet");
        assertTrue(Dimension.asked("how big was the crowd that gathered", wordNet).contains(Dimension.COUNT));
    }

    @Test
    void aFigureInAUnitWordNetKnowsMeasuresAndAnyOtherCounts() {
        RelatedWords wordNet = RelatedWords.wordNet();
        assertEquals(Dimension.MEASURE, of("A film takes up 100 gigabytes of disk.", "100", wordNet));
        assertEquals(Dimension.MEASURE, of("The plant gives 500 megawatts.", "500", wordNet));
        assertEquals(Dimension.COUNT, of("It sold 300 phones.", "300", wordNet));
        assertEquals(Dimension.COUNT, of("There are up to 15,000 a year.", "15,000", wordNet),
                "\"a\" is an ampere only to WordNet");
        assertEquals(Dimension.COUNT, of("They scored 20 points.", "20", wordNet), "a point is first of all no unit");
        assertTrue(Dimension.asked("how many gigabytes does it hold?", wordNet).contains(Dimension.MEASURE));
        assertTrue(Dimension.asked("How much storage does it have?", wordNet).contains(Dimension.MEASURE));
    }

    @Test
    void aUnitWordNetFilesUnderTimeOrLengthIsADurationOrADistance() {
        RelatedWords wordNet = RelatedWords.wordNet();
        assertEquals(Dimension.DURATION, of("With IPTV, the speed is 15 milliseconds.", "15", wordNet));
        assertEquals(Dimension.DISTANCE, of("The horse won by six furlongs.", "six", wordNet));
        assertEquals(Dimension.DISTANCE, of("He won the 10km race.", "10", wordNet), "a unit against its figure");
        // A question asks in the same unit the figure is read in.
        assertTrue(Dimension.asked("How many milliseconds does it take?", wordNet).contains(Dimension.DURATION));
    }

    @Test
    void aFigureMeasuresWhatItsUnitSays() {
        assertEquals(Dimension.MONEY, of("The service will be priced at £4.50 for an hour.", "4.50"));
        assertEquals(Dimension.MONEY, of("Sky bid £4.2bn for the rights.", "4.2bn"));
        assertEquals(Dimension.MONEY, of("It raised 12 million euros.", "12 million"));
        assertEquals(Dimension.DISTANCE, of("It has a range of more than 2,000 kilometers.", "2,000"));
        assertEquals(Dimension.DURATION, of("The generators can run for 10 days.", "10"));
        assertEquals(Dimension.AGE, of("Mr Boateng, 53, is to step down.", "53"));
        assertEquals(Dimension.AGE, of("He died aged 92.", "92"));
        assertEquals(Dimension.SPEED, of("Winds reached 120 mph.", "120"));
        assertEquals(Dimension.PERCENT, of("Shares fell 14.87% on the news.", "14.87%"));
        assertEquals(Dimension.PERCENT, of("One in ten e-mail users bought something.", "One"));
        assertEquals(Dimension.MULTIPLE, of("The discs hold six times more data.", "six"));
        assertEquals(Dimension.COUNT, of("Russia fired 81 missiles.", "81"));
    }

    @Test
    void degreesAreATemperatureThatHowHotAsksFor() {
        // A fresh heatwave story's "how hot did it get in Kelmar on Monday?" found no answer: "41.3C" was no figure.
        assertEquals(Dimension.TEMPERATURE, of("The temperature at Kelmar reached 41.3C on Monday.", "41.3"));
        assertEquals(Dimension.TEMPERATURE, of("It was 104F in Phoenix.", "104"));
        assertEquals(Dimension.TEMPERATURE, of("Highs of 39 degrees Celsius are forecast.", "39"));
        assertEquals(Dimension.TEMPERATURE, of("It hit 42 °C in the shade.", "42"));
        assertEquals(Set.of(Dimension.TEMPERATURE), Dimension.asked("how hot did it get in Kelmar?",
                RelatedWords.wordNet()));
        assertEquals(Set.of(Dimension.TEMPERATURE), Dimension.asked("what temperature was recorded?",
                RelatedWords.wordNet()));
        assertEquals(List.of(), QuantityParser.parse("Group C and Form C met."), "a letter alone is no figure");
    }

    @Test
    void aResultInSportIsAScoreButARangeOfSharesIsNot() {
        assertEquals(Dimension.SCORE, of("Agassi lost 6-3 6-1 to Melzer.", "6"));
        assertEquals(Dimension.SCORE, of("France beat Scotland 16–9.", "16"));
        assertEquals(Dimension.PERCENT, of("Earnings will grow by 20-25% this year.", "25%"));
        assertEquals(Dimension.COUNT, of("Earnings will grow by 20-25% this year.", "20"));
        assertEquals(Dimension.SCORE, of("Owen inspired a 3-1 win over Real Betis.", "1"),
                "the second half of a result is no count");
        assertEquals(Set.of(Dimension.SCORE), Dimension.asked("What was the score when Melzer beat Agassi?"));
        assertEquals(Set.of(Dimension.SCORE), Dimension.asked("What was the final scoreline?"));
        assertEquals(AnswerType.QUANTITY, QuestionAnalyzer.type("What was the score in the final?"));
    }

    @Test
    void aQuestionNamesItsMeasureWithTheWordAfterHowOrWhat() {
        assertEquals(java.util.Optional.of("fast"), Dimension.measuringWord("How fast was the train going?"));
        assertEquals(java.util.Optional.of("share"), Dimension.measuringWord("What share of Colombians are poor?"));
        assertEquals(java.util.Optional.empty(), Dimension.measuringWord("How much did it cost?"));
        assertEquals(java.util.Optional.empty(), Dimension.measuringWord("How many people died?"));
        assertEquals(java.util.Optional.of("toll"), Dimension.measuringWord("What was the death toll in Lviv?"));
        // "19-13" is the score asked for: it answers the word, as a speed answers "fast".
        assertEquals(java.util.Optional.of("score"),
                Dimension.measuringWord("What was the score when Ireland beat England in Dublin?"));
        assertEquals(java.util.Optional.of("scoreline"), Dimension.measuringWord("What was the final scoreline?"));
        assertEquals(java.util.Optional.of("score"), Dimension.measuringWord("By what score did they lose?"));
        RelatedWords wordNet = RelatedWords.wordNet();
        assertEquals(java.util.Optional.of("money"), Dimension.measuringWord("How much money did they want?", wordNet),
                "a sum answers \"how much money\" without naming money");
        assertEquals(java.util.Optional.empty(), Dimension.measuringWord("How much profit did BA make?", wordNet),
                "a sum is a profit only where the report says so");
        assertEquals(java.util.Optional.empty(), Dimension.measuringWord("How much did it cost?", wordNet));
        assertEquals(java.util.Optional.of("size"), Dimension.measuringWord("What is the size of the budget gap?",
                wordNet), "a \"£36.8m gap\" answers the size without naming it");
        assertEquals(java.util.Optional.empty(), Dimension.measuringWord("What is the cause of the gap?", wordNet));
        assertEquals(java.util.Optional.of("number"), Dimension.measuringWord("number of complaints so far?", wordNet),
                "\"11,500 complaints\" answers the number without naming it");
    }

    @Test
    void aQuestionAsksForTheDimensionItsHowWordsName() {
        assertEquals(Set.of(Dimension.DISTANCE), Dimension.asked("How far can it fly?"));
        assertTrue(Dimension.asked("How far ahead at the top are Chelsea?").contains(Dimension.COUNT),
                "a lead is counted in points");
        assertEquals(Set.of(Dimension.PERCENT), Dimension.asked("What proportion of users bought something?"));
        assertTrue(Dimension.asked("How long did the outage last?").contains(Dimension.DURATION));
        assertTrue(Dimension.asked("How old is he?").contains(Dimension.AGE));
        // The adjective asks as the adverb does: a speed or the time something takes.
        assertEquals(Set.of(Dimension.SPEED, Dimension.DURATION), Dimension.asked("How quick is changing channel?"));
        assertEquals(Set.of(Dimension.SPEED, Dimension.DURATION), Dimension.asked("What speeds do people get?"),
                "the plural asks as the singular");
        Set<Dimension> much = Dimension.asked("How much did Everton pay for him?");
        assertTrue(much.containsAll(Set.of(Dimension.MONEY, Dimension.PERCENT, Dimension.MULTIPLE)), much.toString());
        assertFalse(much.contains(Dimension.COUNT), "a bare count answers no \"how much\"");
        assertFalse(much.contains(Dimension.SCORE), "nor does a result (\"they lost 1-0\")");
    }

    @Test
    void howMuchOfAPossessionAsksForMoney() {
        RelatedWords wordNet = RelatedWords.wordNet();
        assertEquals(Set.of(Dimension.MONEY), Dimension.asked("How much net profit did Absa make?", wordNet));
        assertEquals(Set.of(Dimension.MONEY), Dimension.asked("How much compensation did they get?", wordNet));
        assertEquals(Set.of(Dimension.MONEY), Dimension.asked("What salary will he get?", wordNet));
        assertTrue(Dimension.asked("How much land do farms cover?", wordNet).contains(Dimension.AREA));
        assertTrue(Dimension.asked("How much did sales rise?", wordNet).contains(Dimension.PERCENT));
    }

    @Test
    void howMuchOfASubstanceAsksForAWeightOrAVolume() {
        // A fresh user's oil spill: "How much oil has been spilled?" was answered with 45 kilometres of shoreline.
        RelatedWords wordNet = RelatedWords.wordNet();
        Set<Dimension> oil = Dimension.asked("How much oil has been spilled?", wordNet);
        assertTrue(oil.contains(Dimension.MASS) && oil.contains(Dimension.MEASURE), oil.toString());
        assertFalse(oil.contains(Dimension.DISTANCE), oil.toString());
    }

    @Test
    void howMuchClosingWithTheVerbOfASumAsksForMoney() {
        RelatedWords wordNet = RelatedWords.wordNet();
        assertEquals(Set.of(Dimension.MONEY), Dimension.asked("How much did it cost?", wordNet));
        assertEquals(Set.of(Dimension.MONEY), Dimension.asked("How much will the repairs cost?", wordNet));
        assertEquals(Set.of(Dimension.MONEY), Dimension.asked("How much did Everton pay?", wordNet));
        assertTrue(Dimension.asked("How much did the river rise?", wordNet).contains(Dimension.DISTANCE),
                "a rise is no sum");
    }

    @Test
    void aFollowUpWithoutAQuestionWordMeasuresWhatTheQuestionItContinuesMeasured() {
        assertEquals(Set.of(Dimension.COUNT, Dimension.PERCENT),
                Dimension.asked("the injured? (after: How many were killed in Lviv)"));
    }

    @Test
    void howManyAsksForACountOrAShareUnlessItNamesAUnit() {
        assertEquals(Set.of(Dimension.COUNT, Dimension.PERCENT), Dimension.asked("How many people were killed?"));
        assertEquals(Set.of(Dimension.DURATION, Dimension.AGE), Dimension.asked("How many years old was he?"),
                "years are counted in a time and in an age (\"just 36 years old\")");
        assertEquals(Set.of(Dimension.DISTANCE), Dimension.asked("How many miles is the line?"));
        assertEquals(Set.of(Dimension.COUNT, Dimension.PERCENT), Dimension.asked("how many are in hospital now",
                RelatedWords.wordNet()), "a verb after \"how many\" is no unit, though WordNet's \"are\" is one of "
                + "area");
    }

    @Test
    void anOpenQuestionAsksForNoDimension() {
        assertEquals(Set.of(), Dimension.asked("Who is the mayor of Kyiv?"));
        assertEquals(Set.of(), Dimension.asked("When did the strikes begin?"));
        // Only what this message asks counts, not the question it follows.
        assertEquals(Set.of(), Dimension.asked("Why? (after: How far can it fly)"));
    }
}
