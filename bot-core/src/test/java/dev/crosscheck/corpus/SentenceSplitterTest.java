package dev.crosscheck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    /** Splits and checks the invariants every caller relies on, so each test also guards offsets and trimming. */
    private static List<String> split(String text) {
        List<Sentence> sentences = SentenceSplitter.split("doc.txt", text);
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            assertEquals("doc.txt", s.docId());
            assertEquals(i, s.ordinal());
            assertEquals(text.substring(s.start(), s.end()), s.text(), "text must be the substring at its offsets");
            assertFalse(s.text().isEmpty());
            assertFalse(SentenceSplitter.isSpace(s.text().charAt(0)), "leading whitespace in: " + s.text());
            assertFalse(SentenceSplitter.isSpace(s.text().charAt(s.text().length() - 1)),
                    "trailing whitespace in: " + s.text());
            if (i > 0) {
                assertTrue(s.start() >= sentences.get(i - 1).end(), "sentences must not overlap");
            }
        }
        return sentences.stream().map(Sentence::text).toList();
    }

    @Test
    void splitsPlainSentencesAndNumbersThemFromZero() {
        List<Sentence> sentences = SentenceSplitter.split("a.txt",
                "  Air alerts were declared throughout the country. Four people died in Lviv.  ");
        assertEquals(2, sentences.size());
        assertEquals(new Sentence("a.txt", 0, 2, 50, "Air alerts were declared throughout the country."),
                sentences.get(0));
        assertEquals(new Sentence("a.txt", 1, 51, 76, "Four people died in Lviv."), sentences.get(1));
    }

    @Test
    void textThatIsNoProseStillEndsItsSentencesNearTheLongestProseOne() {
        // Lines in lower case never open a sentence, so a file of them ran on as one "sentence" of all of it.
        String lowercase = "the train left the station at noon.\n".repeat(2_000);
        List<String> lines = split(lowercase);
        assertTrue(lines.size() > 30, lines.size() + " sentences");
        assertTrue(lines.stream().allMatch(x -> x.length() <= SentenceSplitter.MAX_SENTENCE_CHARS + 40),
                "longest " + lines.stream().mapToInt(String::length).max().orElse(0));
        assertEquals(lowercase.replaceAll("\\s+", ""), String.join("", lines).replaceAll("\\s+", ""),
                "nothing is dropped");
        String oneLine = "the train left the station at noon. ".repeat(2_000);
        assertTrue(split(oneLine).size() > 30);
        // A long list written as one sentence is still one.
        String list = "Backs: " + "Mike Blair (Edinburgh Rugby), ".repeat(50) + "and Chris Cusiter (The Borders).";
        assertEquals(List.of(list), split(list));
    }

    @Test
    void aNameWithACapitalInsideOpensASentence() {
        assertEquals(List.of("Sales of music players rose.", "iPod sales doubled.", "eBay said so too."),
                split("Sales of music players rose. iPod sales doubled. eBay said so too."));
        assertEquals(List.of("\"It's done?\" he asked."), split("\"It's done?\" he asked."));
    }

    @Test
    void returnsNothingForEmptyOrBlankText() {
        assertEquals(List.of(), split(""));
        assertEquals(List.of(), split(" \n\r\n\t \u00A0\n"));
    }

    @Test
    void keepsTitleAbbreviationsInsideSentence() {
        assertEquals(List.of(
                "Mr. Zelensky met Sen. Lindsey Graham and Rep. Adam Schiff in Kyiv on Friday.",
                "Gen. Valery Zaluzhny, Col. Yuriy Ignat, Lt. Col. Serhiy Cherevatyi and Sgt. Maj. Oleksandr Kovalenko"
                        + " were also present.",
                "Capt. Anna Kovalenko told Gov. Maxym Marchenko and Prof. Olena Petrova that Dr. Ivan Sydorenko and"
                        + " Mrs. Petrenko had left for St. Petersburg.",
                "Ms. Halyna Hutchins was not there."),
                split("Mr. Zelensky met Sen. Lindsey Graham and Rep. Adam Schiff in Kyiv on Friday. "
                        + "Gen. Valery Zaluzhny, Col. Yuriy Ignat, Lt. Col. Serhiy Cherevatyi and Sgt. Maj. Oleksandr"
                        + " Kovalenko were also present. "
                        + "Capt. Anna Kovalenko told Gov. Maxym Marchenko and Prof. Olena Petrova that Dr. Ivan"
                        + " Sydorenko and Mrs. Petrenko had left for St. Petersburg. "
                        + "Ms. Halyna Hutchins was not there."));
    }

    @Test
    void keepsSuffixAndCompanyAbbreviationsInsideSentence() {
        assertEquals(List.of(
                "Martin Luther King Jr. was born in Atlanta, and Frank Sinatra Sr. in Hoboken.",
                "Ford Motor Co. said on Tuesday that Apple Inc. and Toyota Motor Corp. had joined Samsung Electronics"
                        + " Co. Ltd. in the venture.",
                "Rolls-Royce Holdings Ltd. shares rose 4%."),
                split("Martin Luther King Jr. was born in Atlanta, and Frank Sinatra Sr. in Hoboken. "
                        + "Ford Motor Co. said on Tuesday that Apple Inc. and Toyota Motor Corp. had joined Samsung"
                        + " Electronics Co. Ltd. in the venture. "
                        + "Rolls-Royce Holdings Ltd. shares rose 4%."));
    }

    @Test
    void splitsAfterCompanyAbbreviationBeforeNewSentence() {
        assertEquals(List.of(
                "The stake was sold to Berkshire Hathaway Inc.",
                "The deal closed on Friday.",
                "Rival bidder Loews Corp.",
                "Shares of both firms rose."),
                split("The stake was sold to Berkshire Hathaway Inc. The deal closed on Friday.\n"
                        + "Rival bidder Loews Corp.\nShares of both firms rose."));
    }

    @Test
    void keepsEtcAndVsInsideSentenceOnlyBeforeLowercase() {
        assertEquals(List.of(
                "Tanks, drones, shells etc. were delivered before Arsenal vs. Chelsea kicked off.",
                "The list included fuel, food, medicine etc.",
                "Officials declined to comment."),
                split("Tanks, drones, shells etc. were delivered before Arsenal vs. Chelsea kicked off. "
                        + "The list included fuel, food, medicine etc. Officials declined to comment."));
    }

    @Test
    void keepsNoBeforeDigitInsideSentence() {
        assertEquals(List.of(
                "A spokesman for No. 10 said the prime minister would not resign.",
                "The answer was no.",
                "Nobody asked again."),
                split("A spokesman for No. 10 said the prime minister would not resign. The answer was no. "
                        + "Nobody asked again."));
    }

    @Test
    void keepsMonthAbbreviationsInsideSentence() {
        assertEquals(List.of(
                "The ceasefire was agreed on Jan. 15 and broken on Feb. 2, then renewed between Aug. 3 and Sept. 1.",
                "Talks resume in Oct. or Nov. 2023 at the latest."),
                split("The ceasefire was agreed on Jan. 15 and broken on Feb. 2, then renewed between Aug. 3 and"
                        + " Sept. 1. Talks resume in Oct. or Nov. 2023 at the latest."));
    }

    @Test
    void keepsDottedAcronymsInsideSentence() {
        assertEquals(List.of(
                "The U.S. and U.K. governments, along with the U.N. and the E.U., condemned the strike.",
                "U.S. President Joe Biden called it barbaric.",
                "Sanctions were also imposed by the U.S.",
                "The Kremlin dismissed them."),
                split("The U.S. and U.K. governments, along with the U.N. and the E.U., condemned the strike. "
                        + "U.S. President Joe Biden called it barbaric. Sanctions were also imposed by the U.S. "
                        + "The Kremlin dismissed them."));
    }

    @Test
    void keepsEgAndIeInsideSentence() {
        assertEquals(List.of(
                "Some neighbours, e.g. Poland and Hungary, objected, i.e. Warsaw and Budapest voted no.",
                "Others abstained."),
                split("Some neighbours, e.g. Poland and Hungary, objected, i.e. Warsaw and Budapest voted no. "
                        + "Others abstained."));
    }

    @Test
    void keepsTimesInsideSentence() {
        assertEquals(List.of(
                "The alarm sounded at 8 a.m. Thursday and again at 10.30pm, lifting just before 8am.",
                "Sirens fell silent at 5 p.m. local time, or 3 p.m. GMT, and rang again at 6 a.m. Kyiv time.",
                "The curfew began at 11 p.m.",
                "Residents stayed indoors."),
                split("The alarm sounded at 8 a.m. Thursday and again at 10.30pm, lifting just before 8am. "
                        + "Sirens fell silent at 5 p.m. local time, or 3 p.m. GMT, and rang again at 6 a.m. Kyiv time."
                        + " The curfew began at 11 p.m. Residents stayed indoors."));
    }

    @Test
    void keepsSingleInitialsInsideSentence() {
        assertEquals(List.of(
                "J. K. Rowling's new book sold 2 million copies, and George W. Bush praised it.",
                "John F. Kennedy Airport was closed."),
                split("J. K. Rowling's new book sold 2 million copies, and George W. Bush praised it. "
                        + "John F. Kennedy Airport was closed."));
    }

    @Test
    void splitsAfterWordsThatOnlyLookLikeAbbreviations() {
        assertEquals(List.of(
                "Operators are rolling out 3G.",
                "HSDPA comes next, says industry.biz.",
                "David Smith agreed with Jay-Z.",
                "Soul music sales fell at AT&T.",
                "Consolidation continues."),
                split("Operators are rolling out 3G. HSDPA comes next, says industry.biz. David Smith agreed with"
                        + " Jay-Z. Soul music sales fell at AT&T. Consolidation continues."));
    }

    @Test
    void splitsAfterInitialWhenQuoteMarksSurroundTheGap() {
        assertEquals(List.of(
                "\"The worst acting I have seen since Prisoner Cell Block H.\"",
                "Labour had broken promises, wrote Mr P.",
                "\"Never known such a fuss.\""),
                split("\"The worst acting I have seen since Prisoner Cell Block H.\" Labour had broken promises,"
                        + " wrote Mr P. \"Never known such a fuss.\""));
    }

    @Test
    void keepsDecimalsThousandsAndVersionsInsideSentence() {
        assertEquals(List.of(
                "Quarterly profits jumped 76% to $1.13bn (£600m), and 150,000 households lost 3.5% of their income.",
                "The firm shipped version 2.0.1 of its app to 1.2 billion users.",
                "Shares rose 0.5."),
                split("Quarterly profits jumped 76% to $1.13bn (£600m), and 150,000 households lost 3.5% of their"
                        + " income. The firm shipped version 2.0.1 of its app to 1.2 billion users. Shares rose 0.5."));
    }

    @Test
    void keepsEllipsisInsideSentenceBeforeLowercase() {
        assertEquals(List.of(
                "\"Before a final decision is made on surgery... medical teams have decided he should see a second"
                        + " specialist.\"",
                "He wrote that the plan was dead… and buried.",
                "Exports fell...",
                "Imports rose…",
                "Nobody knew why."),
                split("\"Before a final decision is made on surgery... medical teams have decided he should see a"
                        + " second specialist.\" He wrote that the plan was dead… and buried. Exports fell... "
                        + "Imports rose… Nobody knew why."));
    }

    @Test
    void keepsQuotedSpeechWithAttributionAsOneSentence() {
        assertEquals(List.of(
                "\"It won't help,\" he said.",
                "\"Is this the end?\" he asked.",
                "\"We won!\" the coach shouted.",
                "“They won’t avoid responsibility,” Mr Zelenskyy said."),
                split("\"It won't help,\" he said. \"Is this the end?\" he asked. \"We won!\" the coach shouted. "
                        + "“They won’t avoid responsibility,” Mr Zelenskyy said."));
    }

    @Test
    void splitsAfterClosingQuoteWhenSentenceEndsInsideQuote() {
        assertEquals(List.of(
                "He said the work was \"done.\"",
                "Then the talks collapsed.",
                "Zelensky said: “It won’t help them.”",
                "Moscow disagreed.",
                "She called it ‘a disgrace.’",
                "Nobody replied.",
                "(The figures were later revised.)",
                "Analysts were unsurprised."),
                split("He said the work was \"done.\" Then the talks collapsed. Zelensky said: “It won’t help them.”"
                        + " Moscow disagreed. She called it ‘a disgrace.’ Nobody replied. "
                        + "(The figures were later revised.) Analysts were unsurprised."));
    }

    @Test
    void startsNewSentenceAtOpeningQuote() {
        assertEquals(List.of(
                "Chelsea believed the club's responsibility was more important than the financial considerations.",
                "\"Any player who takes drugs breaches his contract.",
                "\"The club totally supports the FA.\""),
                split("Chelsea believed the club's responsibility was more important than the financial"
                        + " considerations. \"Any player who takes drugs breaches his contract. "
                        + "\"The club totally supports the FA.\""));
    }

    @Test
    void splitsOnExclamationAndQuestionMarks() {
        assertEquals(List.of(
                "Is the long battle for Bakhmut already a victory?",
                "Analysts disagree!",
                "What happens next?!",
                "Nobody knows."),
                split("Is the long battle for Bakhmut already a victory? Analysts disagree! What happens next?! "
                        + "Nobody knows."));
    }

    @Test
    void treatsUnpunctuatedLineBeforeCapitalisedLineAsHeadline() {
        assertEquals(List.of(
                "It was not possible to independently verify the claims.",
                "Residential buildings hit in strikes",
                "The Ukrainian air force said Russia fired 81 missiles.",
                "Reuters/AP"),
                split("It was not possible to independently verify the claims.\n"
                        + "Residential buildings hit in strikes\n"
                        + "The Ukrainian air force said Russia fired 81 missiles.\n"
                        + "Reuters/AP\n"));
    }

    @Test
    void treatsTitleCaseLineBeforeLowercaseLineAsHeadline() {
        assertEquals(List.of("Power Cuts Hit Kyiv Suburbs", "residents queued for water on Friday."),
                split("Power Cuts Hit Kyiv Suburbs\nresidents queued for water on Friday."));
    }

    @Test
    void endsSentenceAtBlankLine() {
        assertEquals(List.of(
                "Chelsea sack Mutu",
                "Chelsea have sacked Adrian Mutu after he failed a drugs test",
                "and the club says it will not appeal.",
                "Reporting by Tom Balmforth; Editing by Mr.",
                "Smith"),
                split("Chelsea sack Mutu\n\nChelsea have sacked Adrian Mutu after he failed a drugs test\n  \n"
                        + "and the club says it will not appeal.\n\n\nReporting by Tom Balmforth; Editing by Mr.\n\n"
                        + "Smith"));
    }

    @Test
    void continuesHardWrappedLines() {
        // Wrapped at 60 columns, as mailing lists and plain-text archives do.
        String text = "Strikes hit Kyiv\n"
                + "Kyiv Mayor Vitali Klitschko said explosions were reported in\n"
                + "the Holosiivskyi district, and two people were wounded in\n"
                + "the Sviatoshynskyi district, where the Ukrainian President\n"
                + "Volodymyr Zelensky later visited. Zelensky said on Thursday\n"
                + "that the attacks would not break Ukraine's resolve.\n"
                + "Sanctions were imposed by the U.S.\nand its allies.\n";
        assertEquals(List.of(
                "Strikes hit Kyiv",
                "Kyiv Mayor Vitali Klitschko said explosions were reported in\nthe Holosiivskyi district, and two"
                        + " people were wounded in\nthe Sviatoshynskyi district, where the Ukrainian President\n"
                        + "Volodymyr Zelensky later visited.",
                "Zelensky said on Thursday\nthat the attacks would not break Ukraine's resolve.",
                "Sanctions were imposed by the U.S.\nand its allies."), split(text));
    }

    @Test
    void keepsInitialAtWrappedLineEndInsideSentence() {
        String text = "Henri de Bodinat, vice-president of the consultancy Arthur D.\n"
                + "Little, said free digital television could slow the growth\n"
                + "of pay-TV in France and put pressure on Canal Plus to cut\n"
                + "prices.";
        assertEquals(List.of(text), split(text));
    }

    @Test
    void treatsShortLinesInWrappedTextAsHeadlinesAndListItems() {
        String text = "The Russian defence ministry said in a statement that it hit\n"
                + "Ukrainian defence companies and other military infrastructure\n"
                + "with a range of weapons including Kinzhal hypersonic missiles.\n"
                + "Battle continues in Bakhmut\n"
                + "Fixtures\n"
                + "West Ham v Norwich\n"
                + "Portsmouth v Gillingham\n";
        assertEquals(List.of(
                "The Russian defence ministry said in a statement that it hit\nUkrainian defence companies and other"
                        + " military infrastructure\nwith a range of weapons including Kinzhal hypersonic missiles.",
                "Battle continues in Bakhmut",
                "Fixtures",
                "West Ham v Norwich",
                "Portsmouth v Gillingham"), split(text));
    }

    @Test
    void handlesWindowsLineEndings() {
        String text = "Chelsea sack Mutu\r\n\r\nChelsea have sacked Adrian Mutu after he failed a drugs test.\r\n"
                + "The 25-year-old tested positive in\r\nOctober.\r\nHeadline without stop\r\nBody text here.\r\n";
        assertEquals(List.of(
                "Chelsea sack Mutu",
                "Chelsea have sacked Adrian Mutu after he failed a drugs test.",
                "The 25-year-old tested positive in\r\nOctober.",
                "Headline without stop",
                "Body text here."), split(text));
    }

    @Test
    void handlesOldMacLineEndings() {
        assertEquals(List.of("Chelsea sack Mutu", "Chelsea have sacked Adrian Mutu."),
                split("Chelsea sack Mutu\r\rChelsea have sacked Adrian Mutu.\r"));
    }

    @Test
    void keepsDashSeparatedDatelineWithItsSentence() {
        assertEquals(List.of(
                "KYIV, Ukraine — Russia launched 81 missiles overnight.",
                "LONDON, Jan. 5 (Reuters) - British police arrested two men.",
                "WASHINGTON, D.C. — The White House said it was monitoring the situation.",
                "ODESA, Ukraine (AP) —\nPower was cut across the region."),
                split("KYIV, Ukraine — Russia launched 81 missiles overnight. "
                        + "LONDON, Jan. 5 (Reuters) - British police arrested two men. "
                        + "WASHINGTON, D.C. — The White House said it was monitoring the situation.\n"
                        + "ODESA, Ukraine (AP) —\nPower was cut across the region."));
    }

    @Test
    void splitsListItemsOntoTheirOwn() {
        assertEquals(List.of(
                "Firms resisted offshoring because:",
                "- call centres are part of their core function,",
                "- they fear damage to their brand.",
                "1. Energy prices rose.",
                "2. Demand fell."),
                split("Firms resisted offshoring because:\n- call centres are part of their core function,\n"
                        + "- they fear damage to their brand.\n1. Energy prices rose.\n2. Demand fell."));
    }

    @Test
    void dropsFragmentsWithoutLettersOrDigits() {
        assertEquals(List.of("First part ends here.", "Second part starts here."),
                split("First part ends here.\n\n* * *\n\n\"\n\nSecond part starts here."));
    }

    @Test
    void everySentenceMatchesItsOffsetsInMixedNewsText() {
        String text = "\uFEFFRussian Rocket Barrage Hits Ukrainian Cities\r\n\r\n"
                + "KYIV — A barrage of Russian rockets struck at 4 a.m. on Thursday, Mr. Synegubov said… "
                + "“It won’t help them.” The U.S. said 1.2 million people (3.5%) lost power!\u00A0\n"
                + "Is this a victory?\u00A0 Nobody in Washington, D.C. knows.\n\n   \n"
                + "Battle continues in Bakhmut\nThe enemy continued its attacks \"on all sections\", it said";
        List<String> sentences = split(text);
        assertEquals(8, sentences.size(), sentences.toString());
    }

    @Test
    void splitsFiveMegabytesQuickly() {
        StringBuilder text = new StringBuilder();
        while (text.length() < 5_000_000) {
            text.append("Mr. Zelensky said on Thursday that 1.2 million people, i.e. 3.5%, lost power at 8 a.m. "
                    + "\"It won't help,\" he said. Residential buildings hit in strikes\nThe U.S. responded.\n\n");
        }
        String big = text.toString();
        SentenceSplitter.split("warm-up", big.substring(0, 200_000));
        long started = System.nanoTime();
        List<Sentence> sentences = SentenceSplitter.split("big", big);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(sentences.size() > 100_000);
        // Generous bound: a regression to quadratic behaviour would take minutes, not seconds.
        assertTrue(millis < 5_000, "took " + millis + " ms");
    }
}
