package dev.crosscheck.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuestionAnalysisTest {

    @Test
    void theAskedPartOfAReadingIsWhatComesBeforeItsContext() {
        assertEquals("Why? ", QuestionAnalysis.asked("Why? " + QuestionAnalysis.CONTEXT + "Who said that)"));
        assertEquals("Who said that?", QuestionAnalysis.asked("Who said that?"));
    }
}
