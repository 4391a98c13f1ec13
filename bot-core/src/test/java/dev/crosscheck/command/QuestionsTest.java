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
    void andBeforeAQuestionWordAfterAQuestionAsksASecondOne() {
        assertEquals(List.of("How many people died in Lviv?", "and how many in Kharkiv?"),
                Questions.in("How many people died in Lviv and how many in Kharkiv?"));
        assertEquals(List.of("who is the mayor of Kyiv?", "and what did he say?", "and why?"),
                Questions.in("who is the mayor of Kyiv, and what did he say and why?"));
        assertEquals(List.of("How many died?", "Who said so?", "and when?"),
                Questions.in("How many died? Who said so and when?"));
    }

    @Test
    void andBeforeAQuestionWordInWhatIsNoQuestionYetStaysInIt() {
        for (String message : new String[] {"A single line connects San Bernardino, Riverside and what other county?",
            "Southern California's distinctive regions are divided culturally, politically and what other trait?",
            "Tell me when and how it happened", "How many and which cities were hit?"}) {
            assertEquals(List.of(message), Questions.in(message), message);
        }
    }

    @Test
    void questionWordsAskedTogetherAskOneQuestionEach() {
        assertEquals(List.of("When did four people die?", "Where did four people die?"),
                Questions.in("When and where did four people die?"));
        assertEquals(List.of("who attacked?", "why attacked?", "how attacked?"),
                Questions.in("who, why, and how attacked?"));
        assertEquals(List.of("How many died?", "When did it happen?", "Where did it happen?"),
                Questions.in("How many died? When and where did it happen?"));
        assertEquals(List.of("When?", "Where?"), Questions.in("When and where?"), "each a follow-up of its own");
        for (String message : new String[] {"Howard and who else?", "Who, and?"}) {
            assertEquals(List.of(message), Questions.in(message), message);
        }
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
