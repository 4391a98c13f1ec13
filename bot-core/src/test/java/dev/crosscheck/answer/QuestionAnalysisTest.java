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
    void aReadingIsClosedWhereItsOwnWordsEnd() {
        String context = QuestionAnalysis.CONTEXT + "How many were killed)";
        assertEquals("And in Lviv? " + context, QuestionAnalysis.closed("And in Lviv " + context));
        assertEquals("And in Lviv? " + context, QuestionAnalysis.closed("And in Lviv? " + context));
    }
}
