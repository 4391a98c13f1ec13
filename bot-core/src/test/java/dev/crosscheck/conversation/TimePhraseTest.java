package dev.crosscheck.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimePhraseTest {
    @Test
    void aDayCountedFromTheLastNamedWeekdayIsThatWeekday() {
        String friday = TimePhrase.weekdayOf("What was the death toll at 11.30 on Friday morning?").orElseThrow();
        assertEquals(Optional.of("on Saturday"), TimePhrase.dayCounted("the next day", friday));
        assertEquals(Optional.of("on Saturday morning"), TimePhrase.dayCounted("the following morning", friday));
        assertEquals(Optional.of("on Sunday"), TimePhrase.dayCounted("two days later", friday));
        assertEquals(Optional.of("on Thursday"), TimePhrase.dayCounted("the previous day", friday));
        assertEquals(Optional.of("on Monday"), TimePhrase.dayCounted("a day later",
                TimePhrase.weekdayOf("Who spoke on Sunday?").orElseThrow()), "the week goes round");
    }

    @Test
    void whatAQuestionAsksNamesItsDayBeforeTheQuestionsItCarries() {
        assertEquals(Optional.of("on Wednesday"), TimePhrase.dayCounted("the next day",
                TimePhrase.weekdayOf("How many died on Tuesday? (after: What happened on Monday)").orElseThrow()));
        assertEquals(Optional.of("on Tuesday"), TimePhrase.dayCounted("the next day",
                TimePhrase.weekdayOf("How many died? (after: What happened on Monday; Who spoke on Sunday)")
                        .orElseThrow()));
    }

    @Test
    void aTimeThatCountsNoDaysOrNothingToCountFromIsLeftAsItIs() {
        assertEquals(Optional.empty(), TimePhrase.dayCounted("by the evening",
                TimePhrase.weekdayOf("Toll on Friday?").orElseThrow()));
        assertEquals(Optional.empty(), TimePhrase.weekdayOf("What was the toll?"));
    }
}
