package dev.crosscheck.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimePhraseTest {
    @Test
    void aDayCountedFromTheLastNamedWeekdayIsThatWeekday() {
        List<String> friday = List.of("What was the death toll by the evening?",
                "What was the death toll at 11.30 on Friday morning?");
        assertEquals(Optional.of("on Saturday"), TimePhrase.dayCounted("the next day", friday));
        assertEquals(Optional.of("on Saturday morning"), TimePhrase.dayCounted("the following morning", friday));
        assertEquals(Optional.of("on Sunday"), TimePhrase.dayCounted("two days later", friday));
        assertEquals(Optional.of("on Thursday"), TimePhrase.dayCounted("the previous day", friday));
        assertEquals(Optional.of("on Monday"), TimePhrase.dayCounted("a day later", List.of("Who spoke on Sunday?")),
                "the week goes round");
    }

    @Test
    void whatAQuestionAsksNamesItsDayBeforeTheQuestionsItCarries() {
        assertEquals(Optional.of("on Wednesday"), TimePhrase.dayCounted("the next day",
                List.of("How many died on Tuesday? (after: What happened on Monday)")));
        assertEquals(Optional.of("on Tuesday"), TimePhrase.dayCounted("the next day",
                List.of("How many died? (after: What happened on Monday; Who spoke on Sunday)")));
    }

    @Test
    void aTimeThatCountsNoDaysOrNothingToCountFromIsLeftAsItIs() {
        assertEquals(Optional.empty(), TimePhrase.dayCounted("by the evening", List.of("Toll on Friday?")));
        assertEquals(Optional.empty(), TimePhrase.dayCounted("the next day", List.of("What was the toll?")));
    }
}
