package dev.crosscheck.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityParserTest {
    private static Quantity only(String text) {
        List<Quantity> qs = QuantityParser.parse(text);
        assertEquals(1, qs.size(), () -> "expected one figure in: " + text + " got " + qs);
        return qs.get(0);
    }

    @Test
    void readsDigitsWithThousandsAndDecimals() {
        assertEquals(150_000, only("Around 150,000 households were left without power").value());
        assertEquals(1.2e9, only("damage of 1.2 billion euros").value());
        assertEquals(81, only("Russia fired 81 missiles").value());
    }

    @Test
    void aNumberWordAndAHalfIsOneFigure() {
        assertEquals(5.5, only("He was jailed for five and a half years.").value());
        assertEquals("five and a half", only("He was jailed for five and a half years.").surface());
        assertEquals(2.5e6, only("Two and a half million people voted.").value());
    }

    @Test
    void noOneIsNobodyNotAFigure() {
        assertTrue(QuantityParser.parse("No one was killed.").isEmpty());
        assertTrue(QuantityParser.parse("Officials said no one was hurt.").isEmpty());
        assertEquals(1, only("Only one was hurt.").value());
        assertEquals(1, only("Casino one was closed.").value());
    }

    @Test
    void aFigureWrittenAgainstItsUnitIsTheNumber() {
        assertEquals("10", only("He won the 10km race.").surface());
        assertEquals(5, only("The bag weighs 5kg.").value());
        assertEquals(2, only("It runs at 2Mbps.").value());
        assertEquals(5e6, only("It costs £5m.").value(), "a scale is the figure's own");
        assertEquals(410, only("Corvane is offering 410p per share.").value(), "pence written against the figure");
        assertEquals(List.of(), QuantityParser.parse("The 4G network and the PS2."), "codes and names are no figures");
    }

    @Test
    void aMeasureJoinedToItsUnitIsAFigureWhereOtherCompoundsAreNot() {
        assertEquals(List.of(500.0), values("Police set up a 500-metre cordon."));
        assertEquals(List.of(1.0), values("Officers imposed a one-kilometre cordon."));
        assertEquals(List.of(), values("a 35-nation summit and a five-month-old boy"));
        assertEquals(List.of(), values("a MiG-29 and COVID-19"));
    }

    private static List<Double> values(String text) {
        return QuantityParser.parse(text).stream().map(Quantity::value).toList();
    }

    @Test
    void aTimeOfDayWithAColonIsNoFigure() {
        assertEquals(List.of(), QuantityParser.parse("The train came off the track at 08:19 on Friday."));
        assertEquals(300, only("the 07:05 from Aldenmoor carried 300 passengers").value());
        assertEquals(2, QuantityParser.parse("Chelsea won 2:1 at home.").size(), "a score is two figures");
    }

    @Test
    void aDayOfTheMonthAndANumberAfterACodeAreNoFigures() {
        assertEquals(List.of(), QuantityParser.parse("ALDENMOOR, March 14 (CMW) - A train derailed."));
        assertEquals(List.of(), QuantityParser.parse("The last barrage was on Feb. 16."));
        assertEquals(List.of(), QuantityParser.parse("On March 14 the army attacked."));
        assertEquals(14, only("In March 14 people died.").value(), "a number before what it counts counts it");
        assertEquals(20, only("The FTSE 100 rose 20 points.").value());
        assertEquals(14, only("It passes through 14 tunnels on the RE 714 route.").value());
        assertEquals(5_000, only("In the UK 5,000 people were affected.").value(), "a figure with a comma counts");
    }

    @Test
    void aNumberAfterACapitalisedWordThatFollowsALowerCaseWordNamesSomething() {
        // A fresh user's tram collision: "an inbound Line 2 tram ran into the back of a Line 5 tram" counted trams.
        assertEquals(List.of(), QuantityParser.parse("An inbound Line 2 tram ran into the back of a Line 5 tram."));
        assertEquals(140, only("The Line 2 tram was carrying about 140 passengers.").value());
        assertEquals(13, only("Ferry Disaster Death Toll Rises To 13").value(), "a headline in title case counts");
        assertEquals(14, only("It hit in March 14 people were hurt.").value(), "a month's number is read as a date's");
        assertEquals(30, only("About 30 people were hurt on Tuesday.").value());
        assertEquals(2, QuantityParser.parse("France beat Scotland 16–9.").size(), "a result after a team is a score");
    }

    @Test
    void aNumberToCallIsNoFigure() {
        // A fresh user's hospital hack: "should still call 999" was a toll of the injured.
        assertEquals(List.of(), QuantityParser.parse("Anyone who is seriously ill or injured should still call 999."));
        assertEquals(List.of(), QuantityParser.parse("Dial 112 in an emergency."));
        assertEquals(3, only("Police received 3 calls").value());
    }

    @Test
    void readsNumbersWrittenInWords() {
        assertEquals(15, only("fifteen airstrikes").value());
        assertEquals(250_000, only("a quarter of a million households").value());
        // A fresh user's shipwreck: "the quarter of a million euros released by the council" was no sum.
        assertEquals(250_000, only("the quarter of a million euros released").value());
        assertEquals(1_000_000, only("It cost a million euros.").value());
        assertEquals(1_000, only("a thousand people marched").value());
        assertEquals(42, only("forty-two people").value());
        assertEquals(3_000_000, only("three million people").value());
        // A fresh user's school outbreak: "supplies two dozen schools" had been a 2 and a 12, against "24 schools".
        assertEquals(24, only("supplies two dozen schools").value());
        assertEquals(36, only("3 dozen eggs").value());
        assertEquals(6, only("half a dozen men").value(), "half of a dozen, not a dozen");
    }

    @Test
    void aFigureInWordsGoesOnPastItsScale() {
        // A held-out user's rocket launch: "a town of about eight thousand four hundred people" was 8,000 and 400.
        assertEquals(8_400, only("a town of about eight thousand four hundred people").value());
        assertEquals("about eight thousand four hundred", only("a town of about eight thousand four hundred people")
                .surface());
        assertEquals(250, only("two hundred and fifty people").value());
        assertEquals(2_050, only("two thousand and fifty people").value());
        assertEquals(1_425, only("one thousand four hundred and twenty-five homes").value());
        assertEquals(List.of(400.0, 500.0), values("between four hundred and five hundred people"));
        assertEquals(List.of(500.0, 200.0), values("five hundred and two hundred more"));
        assertEquals(List.of(3_000.0, 2.0), values("three thousand, two of them children"));
    }

    @Test
    void aMeasureOrHalfOfOneIsAFigureButHalfAnHourIsNot() {
        // A fresh user's election: "around half a mile away" against "two miles away" went unread; an airline
        // strike's queue "stretched for nearly a kilometre".
        assertEquals(0.5, only("the school is around half a mile away").value());
        assertEquals(1, only("the queue stretched for nearly a kilometre").value());
        assertEquals(12, only("a dozen ambulances were sent").value());
        assertTrue(QuantityParser.parse("half a dozen people and half an hour later").stream()
                .noneMatch(q -> q.value() == 0.5), "only a measure's unit makes \"half a\" a figure, or a dozen's");
    }

    @Test
    void aSumJoinedToItsCurrencyIsAFigureButAJoinedAdjectiveIsNot() {
        // Fresh users' riot and eruption: "a 500,000-crown emergency fund" and "a 15-million-euro emergency package"
        // were no figures at all, as "a 35-nation summit" is none.
        assertEquals(500_000, only("City hall announced a 500,000-crown emergency fund").value());
        assertEquals(15_000_000, only("the minister announced a 15-million-euro emergency package").value());
        assertTrue(QuantityParser.parse("a 35-nation summit and a 5-million-strong army").isEmpty());
    }

    @Test
    void keepsQualifiers() {
        assertEquals(Quantity.Qualifier.AT_LEAST, only("at least nine civilians").qualifier());
        assertEquals(Quantity.Qualifier.ABOUT, only("around 15 attacks").qualifier());
        assertEquals(Quantity.Qualifier.MORE_THAN, only("more than 2,000 kilometers").qualifier());
        assertEquals(Quantity.Qualifier.AT_MOST, only("up to 40 drones").qualifier());
        assertEquals(Quantity.Qualifier.RANGE_VAGUE, only("dozens more were killed").qualifier());
    }

    @Test
    void marksPercentagesAndOrdinals() {
        assertTrue(only("40 percent of the population").percent());
        assertTrue(only("40 per cent of consumers").percent());
        assertTrue(only("40% of homes").percent());
        Quantity sixth = only("It was the sixth time the plant was in a state of blackout");
        assertTrue(sixth.ordinal());
        assertEquals(6, sixth.value());
    }

    @Test
    void skipsYearsAndTimesOfDay() {
        assertTrue(QuantityParser.parse("Who won the world cup in 2022?").isEmpty());
        assertTrue(QuantityParser.parse("The alarm was lifted just before 8am").isEmpty());
    }

    @Test
    void surfaceIsTheVerbatimText() {
        String text = "killing at least nine civilians";
        Quantity q = only(text);
        assertEquals("at least nine", q.surface());
        assertEquals(q.surface(), text.substring(q.start(), q.end()));
    }

    @Test
    void lowerCasingKeepsEveryOffsetAndLowersEveryCapitalAsCharacterDoes() {
        String text = "ÉLISE said KYIV's İnönü Street: 40 HURT, Ωmega Z@[`{";
        String lower = QuantityParser.lowerCased(text);
        assertEquals(text.length(), lower.length());
        for (int i = 0; i < text.length(); i++) {
            assertEquals(Character.toLowerCase(text.charAt(i)), lower.charAt(i), "at " + i);
        }
    }
}
