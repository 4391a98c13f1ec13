package dev.crosscheck.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuestionAnalysisTest {

    @Test
    void theAskedPartOfAReadingIsWhatComesBeforeItsContext() {
        assertEquals("Why? ", QuestionAnalysis.asked("Why? " + QuestionAnalysis.CONTEXT + "Who said that)"));
        assertEquals("Who said that?", QuestionAnalysis.asked("Who said that?"));
    }

    @Test
    void aQuestionWithoutAClosingMarkIsClosedWithAQuestionMark() {
        assertEquals("who is the mayor of marrevik?", QuestionAnalysis.closed("who is the mayor of marrevik  "));
        assertEquals("Who is the mayor?", QuestionAnalysis.closed("Who is the mayor?"));
        assertEquals("Tell me about the plant.", QuestionAnalysis.closed("Tell me about the plant."));
        assertEquals("Really!", QuestionAnalysis.closed("Really!"));
        assertEquals("", QuestionAnalysis.closed(""));
    }

    @Test
    void anyAndANounIsAskedInFull() {
        assertEquals("Were there any deaths?", QuestionAnalysis.closed("any deaths?"));
        assertEquals("Were there any arrests so far?", QuestionAnalysis.closed("Any arrests so far"));
        String context = QuestionAnalysis.CONTEXT + "How many were killed)";
        assertEquals("Were there any injuries? " + context, QuestionAnalysis.closed("any injuries? " + context));
        assertEquals("Any idea who owns the company that runs the coaches?",
                QuestionAnalysis.closed("Any idea who owns the company that runs the coaches?"), "more than a noun");
        assertEquals("anyone hurt?", QuestionAnalysis.closed("anyone hurt?"));
    }

    @Test
    void aReadingIsClosedWhereItsOwnWordsEnd() {
        String context = QuestionAnalysis.CONTEXT + "How many were killed)";
        assertEquals("And in Lviv? " + context, QuestionAnalysis.closed("And in Lviv " + context));
        assertEquals("And in Lviv? " + context, QuestionAnalysis.closed("And in Lviv? " + context));
    }
}
