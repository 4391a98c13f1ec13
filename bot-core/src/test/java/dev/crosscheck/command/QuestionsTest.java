package dev.crosscheck.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionsTest {
    @Test
    void aMessageOfSeveralQuestionsIsSplitAfterEachQuestionMark() {
        assertEquals(List.of("How many died?", "Who is the mayor of Kyiv?"),
                Questions.in("How many died? Who is the mayor of Kyiv?"));
        assertEquals(List.of("how many died?!", "and in Kharkiv??", "who said so?"),
                Questions.in("  how many died?!  and in Kharkiv??\nwho said so?"));
    }

    @Test
    void aMessageStaysWholeUnlessEveryPieceIsAQuestionOfItsOwn() {
        for (String message : new String[] {"How many died?", "Really? How many died?",
            "How many died? I mean in Kyiv", "Which album topped Kerrang! readers' poll?", "Who? What?",
            "Did he say \"Why now?\" to reporters?", "What happened in Kyiv"}) {
            assertEquals(List.of(message), Questions.in(message), message);
        }
    }
}
