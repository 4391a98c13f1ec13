package dev.crosscheck.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.answer.Answer;
import dev.crosscheck.answer.AnswerType;
import dev.crosscheck.answer.Citation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpeakersTest {
    private static final Answer.Given FOUR = new Answer.Given("four people", AnswerType.QUANTITY);

    @Test
    void theSentenceHoldingTheAnswerIsTheOneWhoseSpeakerIsNamed() {
        Citation passage = new Citation(1, "a.txt", "A", "Rockets hit Rivne, according to authorities. In Solochiv,"
                + " four people died, according to the governor there. The plant is cut off.");
        Answer a = Speakers.of("Who said that?", "", List.of(passage), FOUR);
        assertTrue(a.found());
        assertEquals("The governor: “In Solochiv, four people died, according to the governor there.” [1]",
                a.text());
        assertEquals("In Solochiv, four people died, according to the governor there.", a.citations().get(0).quote());
    }

    @Test
    void withNoWordsGivenTheSpeakerIsThatOfTheSentenceNearestWhatWasAsked() {
        Citation passage = new Citation(1, "a.txt", "A", "The Health and Safety Executive (HSE) and Wendshire Police "
                + "said they had opened a joint investigation into Tuesday's leak. HSE inspector Graham Tull said it "
                + "was too early to say what caused the tank to fail.");
        Answer a = Speakers.of("who says so?", "why did the tank fail?", List.of(passage), Answer.Given.NOTHING);
        assertTrue(a.text().startsWith("Graham Tull: "), "the inspector answered why, not the police: " + a.text());
    }

    @Test
    void aSentenceQuotedTwiceIsNamedOnceAndOneNamingNoSourceIsQuotedAlone() {
        Citation passage = new Citation(1, "a.txt", "A", "Four people died in Solochiv, the governor said.");
        Citation note = new Citation(2, "a.txt", "A", "Four people died in Solochiv, the governor said.");
        Citation plain = new Citation(3, "b.txt", "B", "At least five people were killed in the region.");
        Answer a = Speakers.of("Who said that?", "", List.of(passage, note, plain), Answer.Given.NOTHING);
        assertEquals("The governor: “Four people died in Solochiv, the governor said.” [1] The report itself: "
                + "“At least five people were killed in the region.” [2]", a.text());
        assertEquals(List.of("a.txt", "b.txt"), a.citations().stream().map(Citation::source).toList());
    }

    @Test
    void longSentencesAreCutInTheReplyAndQuotedWholeInTheirCitation() {
        String longOne = "Officials said " + "the repairs will take many more weeks ".repeat(10).strip() + ".";
        List<Citation> cited = List.of(new Citation(1, "a.txt", "A", longOne), new Citation(2, "b.txt", "B",
                longOne.replace("Officials", "Engineers")), new Citation(3, "c.txt", "C", "Police said so."));
        Answer a = Speakers.of("Who said that?", "", cited, Answer.Given.NOTHING);
        assertTrue(a.text().length() <= 600 + 3 * 40, a.text());
        assertTrue(a.text().contains("…”"), a.text());
        assertEquals(longOne, a.citations().get(0).quote());
    }

    @Test
    void aSpeakerIsNamedWholeAndWithoutTheConjunctionOpeningItsClause() {
        Map<String, String> speakers = Map.of(
                "Kharkiv's mayor Ihor Terekhov said the city was left without running water, according to the Ukrainian "
                        + "public broadcaster.", "The Ukrainian public broadcaster: “",
                "Officials met in Kyiv on Thursday, while the mayor told residents to stay indoors.", "The mayor: “");
        speakers.forEach((sentence, named) -> {
            String text = Speakers.of("Who said that?", "", List.of(new Citation(1, "a.txt", "A", sentence)),
                    Answer.Given.NOTHING).text();
            assertTrue(text.startsWith(named), text);
        });
    }

    @Test
    void whoeverASentenceSaysItsWordsAreAccordingToIsTheSpeaker() {
        Citation c = new Citation(1, "a.txt", "A", "According to a person familiar with the first download of the"
                + " data recorder, the train was travelling at roughly 140 kilometres per hour.");
        assertTrue(Speakers.of("Who gave that figure?", "", List.of(c), Answer.Given.NOTHING).text()
                .startsWith("A person familiar with the first download of the data recorder: “According to"));
    }

    @Test
    void aSummaryOfManyPassagesIsNamedAsFarAsOneReplyGoes() {
        List<Citation> many = new java.util.ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            many.add(new Citation(i, i + ".txt", "T", "Officials in town " + i + " said the roads were shut."));
        }
        Answer a = Speakers.of("Who said that?", "", many, Answer.Given.NOTHING);
        assertEquals(5, a.citations().size());
        assertTrue(a.text().endsWith("The answer quoted more passages than one reply names."), a.text());
    }

    @Test
    void withNothingCitedBeforeItSaysSo() {
        Answer a = Speakers.of("Who said that?", "", List.of(), Answer.Given.NOTHING);
        assertFalse(a.found());
        assertEquals(Speakers.NOTHING_SHOWN, a.text());
    }
}
