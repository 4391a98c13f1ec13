package dev.crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingDataTest {
    @Test
    void aFollowUpIsTrainedOnAsTheCommandLayerReadsItAfterItsConversation() {
        QaItem followUp = new QaItem("c1#2", "And in Kharkiv?", QaItem.FACTOID, List.of("4"), List.of(), List.of(),
                List.of("How many people were killed in Lviv?"));
        assertEquals("How many people were killed in Kharkiv?", TrainingData.asked(followUp));
    }

    @Test
    void aQuestionOnItsOwnIsTrainedOnAsTyped() {
        QaItem plain = new QaItem("q1", "Who runs the plant?", QaItem.FACTOID, List.of("x"), List.of(), List.of());
        assertEquals("Who runs the plant?", TrainingData.asked(plain));
    }
}
