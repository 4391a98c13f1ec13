package dev.crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosscheck.TestCores;
import dev.crosscheck.command.Commands;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingDataTest {
    private final Commands commands = TestCores.seeds().commands();

    @Test
    void aFollowUpIsTrainedOnAsTheCommandLayerReadsItAfterItsConversation() {
        QaItem followUp = new QaItem("c1#2", "And in Kharkiv?", QaItem.FACTOID, List.of("4"), List.of(), List.of(),
                List.of("How many people were killed in Lviv?"));
        assertEquals("How many people were killed in Kharkiv?", TrainingData.posed(followUp, commands).question());
    }

    @Test
    void aFollowUpIsReadWithWhatTheComposerAnsweredBeforeIt() {
        QaItem followUp = new QaItem("c1#2", "What did he say?", QaItem.FACTOID, List.of("x"), List.of(),
                List.of(), List.of("Who is the mayor of Kyiv?"));
        assertEquals("What did Vitali Klitschko say?", TrainingData.posed(followUp, commands).question());
    }

    @Test
    void aQuestionOnItsOwnIsTrainedOnAsTyped() {
        QaItem plain = new QaItem("q1", "Who runs the plant?", QaItem.FACTOID, List.of("x"), List.of(), List.of());
        assertEquals("Who runs the plant?", TrainingData.posed(plain, commands).question());
    }
}
